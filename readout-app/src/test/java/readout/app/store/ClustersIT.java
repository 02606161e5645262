package readout.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.analysis.cluster.Clusters;
import readout.app.ExampleStore;
import readout.app.cli.Main;
import readout.store.EventStore;
import readout.store.Queries;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example corpus reports the Lee–Xi call of 2025-06-10 in five articles from five outlets (kor-005 to
 * kor-009, kor-008 a syndicated copy of kor-007), plus web-page and archive copies: one cluster.
 */
class ClustersIT {
    @Test
    void the_lee_xi_call_is_one_event_reported_by_several_stories_and_outlets(@TempDir Path dir) throws Exception {
        Path db = ExampleStore.copyInto(dir);
        List<Clusters.Cluster> clusters;
        try (EventStore s = EventStore.open(db)) {
            clusters = Clusters.of(new Queries(s).mentions().stream().map(m -> new Clusters.Mention(m.eventId(), m.story(),
                    m.articleId(), m.outlet(), m.day(), m.source(), m.target(), m.cameo(), m.asserted(), Set.copyOf(m.topics()),
                    m.evidence())).toList());
        }
        List<Clusters.Cluster> call = clusters.stream()
                .filter(c -> c.root().equals("04") && Set.of(c.source(), c.target()).equals(Set.of("KOR", "CHN"))
                        && !c.first().isAfter(LocalDate.parse("2025-06-10")) && !c.last().isBefore(LocalDate.parse("2025-06-10")))
                .toList();
        assertEquals(1, call.size(), "the call should be one cluster: " + call);
        Clusters.Cluster c = call.get(0);
        assertTrue(c.articles() >= 4, "stories: " + c.articles());
        assertTrue(c.outlets() >= 5, "outlets: " + c.outlets());
        assertTrue(c.mentions() > c.articles(), "syndicated copies add mentions, not stories");
        assertTrue(c.last().isBefore(LocalDate.parse("2025-06-13")));
    }
}
