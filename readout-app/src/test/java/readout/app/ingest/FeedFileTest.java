package readout.app.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Full-text feed files as input: one article per item with its title, link and date. */
class FeedFileTest {
    @Test
    void each_feed_item_with_text_is_an_article(@TempDir Path dir) throws Exception {
        Path rss = dir.resolve("wire.rss");
        Files.writeString(rss, """
                <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Wire</title>
                <link>https://wire.example/</link><description>d</description>
                <item><title>Lee calls Xi</title><link>https://wire.example/a</link>
                <pubDate>Tue, 10 Jun 2025 10:00:00 GMT</pubDate>
                <description><![CDATA[<p>South Korean President Lee Jae-myung spoke by phone with Chinese President Xi Jinping.</p>]]></description></item>
                <item><title>Empty</title><link>https://wire.example/b</link></item>
                </channel></rss>""");
        List<InputRecord> records = new ArrayList<>();
        Inputs.read(List.of(rss), null).forEachRemaining(records::add);
        assertEquals(2, records.size());
        InputRecord a = records.get(0);
        assertNotNull(a.article(), a.error());
        assertEquals("Lee calls Xi", a.article().title());
        assertEquals("https://wire.example/a", a.article().url());
        assertEquals(LocalDate.of(2025, 6, 10), a.article().date());
        assertEquals("Test Wire", a.article().outlet());
        assertTrue(a.article().text().startsWith("South Korean President Lee Jae-myung"), a.article().text());
        assertTrue(records.get(1).error().contains("no text"), records.get(1).error());
    }

    @Test
    void a_feed_file_that_is_not_xml_is_one_error(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.rss");
        Files.writeString(bad, "garbage <<<");
        List<InputRecord> records = new ArrayList<>();
        Inputs.read(List.of(bad), null).forEachRemaining(records::add);
        assertEquals(1, records.size());
        assertTrue(records.get(0).error().startsWith("feed unreadable"), records.get(0).error());
    }
}
