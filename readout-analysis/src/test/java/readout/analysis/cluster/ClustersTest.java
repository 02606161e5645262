package readout.analysis.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClustersTest {
    private static Clusters.Mention m(String id, String story, String article, String outlet, String day, String src,
                                      String tgt, String cameo, String... topics) {
        return new Clusters.Mention(id, story, article, outlet, LocalDate.parse(day), src, tgt, cameo, true, Set.of(topics),
                "evidence " + id);
    }

    @Test
    void one_call_reported_by_both_sides_over_two_days_is_one_cluster_with_copies_counted_once() {
        List<Clusters.Cluster> cs = Clusters.of(List.of(
                m("e1", "a1", "a1", "Han River Herald", "2025-06-10", "KOR", "CHN", "041", "denuclearization"),
                m("e2", "a2", "a2", "Beijing Evening Wire", "2025-06-10", "CHN", "KOR", "040", "peace_stability"),
                m("e3", "a3", "a3", "Pacific Dispatch", "2025-06-11", "KOR", "CHN", "041"),
                m("e4", "a3", "a4", "Global Affairs Daily", "2025-06-11", "KOR", "CHN", "041"), // syndicated copy of a3
                m("e5", "a5", "a5", "Han River Herald", "2025-06-20", "KOR", "CHN", "041")));   // another call
        assertEquals(2, cs.size());
        Clusters.Cluster call = cs.get(0);
        assertEquals(4, call.mentions());
        assertEquals(3, call.articles());
        assertEquals(4, call.outlets());
        assertEquals(LocalDate.parse("2025-06-10"), call.first());
        assertEquals(LocalDate.parse("2025-06-11"), call.last());
        assertEquals("041", call.cameo());
        assertEquals("e1", call.best().eventId());
    }

    @Test
    void directed_events_do_not_merge_across_directions_or_roots() {
        List<Clusters.Cluster> cs = Clusters.of(List.of(
                m("e1", "a1", "a1", "X", "2025-06-10", "KOR", "PRK", "111"),
                m("e2", "a2", "a2", "Y", "2025-06-10", "PRK", "KOR", "111"),
                m("e3", "a3", "a3", "Z", "2025-06-10", "KOR", "PRK", "130")));
        assertEquals(3, cs.size());
    }

    @Test
    void same_dyad_and_day_with_unrelated_topics_are_two_events_unless_they_are_one_consultation() {
        List<Clusters.Cluster> cs = Clusters.of(List.of(
                m("e1", "a1", "a1", "X", "2025-10-30", "CHN", "USA", "111", "trade"),
                m("e2", "a2", "a2", "Y", "2025-10-30", "CHN", "USA", "111", "taiwan"),
                m("e3", "a3", "a3", "X", "2025-10-30", "USA", "CHN", "040", "trade"),
                m("e4", "a4", "a4", "Y", "2025-10-30", "CHN", "USA", "040", "taiwan")));
        assertEquals(3, cs.size());
        assertEquals(1, cs.stream().filter(c -> c.root().equals("04")).count());
    }
}
