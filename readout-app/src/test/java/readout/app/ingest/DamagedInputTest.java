package readout.app.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged web archives and hostile pages become per-item errors; the rest proceeds. */
class DamagedInputTest {
    private static Path sampleWarc() {
        Path p = Path.of("..", "examples", "warc", "cc-news-sample.warc.gz");
        return Files.exists(p) ? p : Path.of("examples", "warc", "cc-news-sample.warc.gz");
    }

    private static List<InputRecord> readAll(Path p) {
        List<InputRecord> out = new ArrayList<>();
        Inputs.read(List.of(p), null).forEachRemaining(out::add);
        return out;
    }

    @Test
    void the_sample_warc_yields_its_three_html_responses_with_their_urls() {
        List<InputRecord> records = readAll(sampleWarc());
        assertEquals(3, records.size(), records.toString());
        for (InputRecord r : records) {
            assertNotNull(r.article(), r.error());
            assertTrue(r.article().url().startsWith("https://"), r.article().url());
        }
    }

    @Test
    void a_truncated_warc_keeps_the_records_before_the_damage_and_reports_it(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(sampleWarc());
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        List<InputRecord> records = readAll(cut);
        assertTrue(records.stream().anyMatch(r -> r.article() != null), "records before the cut were lost: " + records);
        assertTrue(records.stream().anyMatch(r -> r.error() != null && r.error().contains("WARC")), "no error: " + records);
    }

    @Test
    void garbage_named_warc_is_one_error_record(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.warc");
        Files.writeString(junk, "this is not a web archive at all\n".repeat(10));
        List<InputRecord> records = readAll(junk);
        assertEquals(1, records.size(), records.toString());
        assertTrue(records.get(0).error().contains("WARC"), records.get(0).error());
    }

    @Test
    void a_deeply_nested_html_bomb_is_an_error_or_an_article_never_a_crash() {
        String bomb = "<html><body>" + "<div>".repeat(200_000) + "<p>President Lee met Xi.</p>" + "</div>".repeat(200_000)
                + "</body></html>";
        InputRecord r = HtmlArticles.read("bomb", bomb, null, null);
        assertTrue(r.error() != null || r.article() != null);
        assertFalse(r.error() == null && r.article().text().isBlank());
    }
}
