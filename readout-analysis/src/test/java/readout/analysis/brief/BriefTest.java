package readout.analysis.brief;

import org.junit.jupiter.api.Test;
import readout.analysis.cluster.Clusters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefTest {
    private static Clusters.Mention m(String id, String story, String day, String src, String tgt, String cameo) {
        return new Clusters.Mention(id, story, story, "Outlet " + story, LocalDate.parse(day), src, tgt, cameo, true, Set.of(),
                "Evidence for " + id + ".");
    }

    @Test
    void every_point_cites_numbered_sources_and_uncitable_events_are_left_out() {
        List<Clusters.Cluster> clusters = Clusters.of(List.of(
                m("e1", "a1", "2025-06-10", "KOR", "CHN", "041"), m("e2", "a2", "2025-06-10", "CHN", "KOR", "041"),
                m("e3", "ghost", "2025-07-01", "PRK", "KOR", "111")));
        Map<String, Brief.Source> known = Map.of(
                "a1", new Brief.Source("a1", "Han River Herald", "Lee calls Xi", "https://h.example/1", LocalDate.parse("2025-06-10")),
                "a2", new Brief.Source("a2", "Beijing Evening Wire", "Xi speaks with Lee", null, LocalDate.parse("2025-06-10")));
        Brief b = new Brief("South Korea and China", known::get, c -> Map.of("KOR", "South Korea", "CHN", "China", "PRK",
                "North Korea").getOrDefault(c, c)).points(clusters, code -> "Discuss by telephone");
        assertEquals(1, b.points().size(), "the event with no citable source must not be written");
        assertEquals(List.of(1, 2), b.points().get(0).citations());
        String md = b.markdown();
        assertTrue(md.contains("South Korea and China: discuss by telephone, 10 June 2025; 2 reports from 2 outlets."), md);
        assertTrue(md.contains("[1][2]"), md);
        assertTrue(md.contains("1. Han River Herald, \"Lee calls Xi\", 2025-06-10, https://h.example/1"), md);
        for (String line : md.split("\n")) {
            if (line.startsWith("- ")) assertTrue(line.matches(".*(\\[\\d+])+$"), "uncited line: " + line);
        }
        assertTrue(b.html().contains("<a href=\"#s1\">[1]</a>"));
        assertFalse(md.contains("North Korea"));
    }
}
