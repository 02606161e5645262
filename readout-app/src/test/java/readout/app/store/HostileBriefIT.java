package readout.app.store;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.cli.Main;
import readout.store.EventStore;
import readout.store.Queries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile web pages through the real pipeline: HTML files whose canonical link is a {@code javascript:} or
 * {@code data:} URL and whose title and outlet hold markup are ingested into a DuckDB file; the HTML brief written
 * from that store links only http(s) URLs and shows the markup as text.
 */
class HostileBriefIT {
    private static final String JS_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Lee &lt;script&gt;alert('title')&lt;/script&gt; calls Xi &lt;img src=x onerror=alert(1)&gt;</title>
            <link rel="canonical" href="javascript:alert(document.cookie)">
            <meta property="og:site_name" content="&lt;b onmouseover=alert(2)&gt;Evil Herald&lt;/b&gt;">
            <meta property="article:published_time" content="2025-06-10T09:00:00Z">
            </head><body><article><h1>Lee calls Xi</h1>
            <p>SEOUL -- President Lee Jae-myung held a phone call with Chinese President Xi Jinping on Tuesday and asked
            China to play a constructive role in the denuclearization of the Korean Peninsula, the presidential office said.</p>
            <p>Presidential spokeswoman Kang Yu-jung told reporters that the two leaders agreed to deepen economic cooperation
            and to keep in close communication.</p>
            <p>Lee also invited Xi to attend the APEC summit in Gyeongju in November, the presidential office said.</p>
            </article></body></html>
            """;

    private static final String DATA_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Xi holds phone talks with Lee "quoted" &amp; more</title>
            <meta property="og:url" content=" data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">
            <meta property="og:site_name" content="Wire &amp; Co">
            <meta property="article:published_time" content="2025-06-10T12:00:00Z">
            </head><body><article><h1>Xi holds phone talks with Lee</h1>
            <p>BEIJING -- Chinese President Xi Jinping held a phone conversation with South Korean President Lee Jae-myung
            on Tuesday, according to Xinhua.</p>
            <p>Xi said the two countries should deepen trade cooperation and uphold free trade, Xinhua reported.</p>
            </article></body></html>
            """;

    @Test
    void a_hostile_page_gets_no_script_link_and_its_markup_is_shown_as_text(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("evil-herald.html"), JS_PAGE);
        Files.writeString(pages.resolve("wire-and-co.html"), DATA_PAGE);
        Path db = dir.resolve("readout.db");
        assertEquals(0, Main.run("ingest", pages.toString(), "--db", db.toString()));

        // the hostile values are stored as the pages gave them: the brief, not ingest, must make them safe
        try (EventStore s = EventStore.open(db)) {
            Queries.ArticleSource a = new Queries(s).article("evil-herald");
            assertNotNull(a, "the hostile page was not stored");
            assertTrue(a.url().startsWith("javascript:"), a.url());
            assertTrue(a.title().contains("<script>"), a.title());
        }

        Path out = dir.resolve("brief.html");
        assertEquals(0, Main.run("brief", "--actors", "KOR,CHN", "--format", "html", "--db", db.toString(), "--out", out.toString()));
        String html = Files.readString(out);
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("javascript:"), html);
        assertFalse(lower.contains("data:text"), html);
        assertFalse(lower.contains("<script"), html);
        assertFalse(lower.contains("<img"), html);
        assertFalse(lower.contains("<b "), html);
        assertTrue(html.contains("Lee &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; calls Xi &lt;img src=x onerror=alert(1)&gt;"), html);
        assertTrue(html.contains("&lt;b onmouseover=alert(2)&gt;Evil Herald&lt;/b&gt;"), html);
        assertTrue(html.contains("Wire &amp; Co"), html);

        // read as a browser would: every link is a citation anchor or an http(s) URL, no element carries a handler
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("li[id^=s]").size() >= 2, "both pages should be cited:\n" + html);
        for (Element a : doc.select("[href]")) {
            String href = a.attr("href");
            assertTrue(href.startsWith("#s") || href.startsWith("http://") || href.startsWith("https://"), "unsafe href: " + href);
        }
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(at -> assertFalse(at.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                    "event handler attribute " + at.getKey() + " on <" + e.tagName() + ">"));
        }
        assertTrue(doc.select("script, img, iframe, object, embed").isEmpty(), html);
        assertTrue(doc.text().contains("Lee <script>alert('title')</script> calls Xi"), doc.text());
    }
}
