package readout.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.cli.Main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The brief over the example corpus: 3–7 key points, every line cited, every citation a listed source. */
class BriefIT {
    @Test
    void every_line_of_the_brief_cites_a_listed_source(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("readout.db");
        Path out = dir.resolve("brief.md");
        assertEquals(0, Main.run("ingest", IngestIT.examples().toString(), "--db", db.toString()));
        assertEquals(0, Main.run("brief", "--actors", "KOR,CHN", "--lean", "CHN,KOR,PRK", "--db", db.toString(), "--out",
                out.toString()));
        List<String> lines = Files.readAllLines(out);
        List<String> points = lines.stream().filter(l -> l.startsWith("- ")).toList();
        int sources = (int) lines.stream().filter(l -> l.matches("\\d+\\. .*")).count();
        long keyPoints = lines.subList(lines.indexOf("## Key points"), lines.indexOf("## Readouts and lean")).stream()
                .filter(l -> l.startsWith("- ")).count();
        assertTrue(keyPoints >= 3 && keyPoints <= 7, "key points: " + keyPoints);
        assertTrue(sources > 0);
        Pattern cite = Pattern.compile("\\[(\\d+)]");
        for (String p : points) {
            assertTrue(p.matches(".*(\\[\\d+])+$"), "uncited line: " + p);
            Matcher m = cite.matcher(p.substring(p.lastIndexOf(' ')));
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                assertTrue(n >= 1 && n <= sources, "citation [" + n + "] is not among " + sources + " sources: " + p);
            }
        }
        assertTrue(points.stream().anyMatch(p -> p.startsWith("- Divergence: China's account left out denuclearization")),
                String.join("\n", lines));
        assertTrue(points.stream().anyMatch(p -> p.startsWith("- Lean: China between South Korea and North Korea")),
                String.join("\n", lines));
    }
}
