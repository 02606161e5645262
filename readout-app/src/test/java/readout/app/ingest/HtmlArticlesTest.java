package readout.app.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlArticlesTest {
    private static final String PAGE = """
            <html><head><title>Leaders talk | Example Wire</title>
            <link rel="canonical" href="https://wire.example/world/leaders-talk?utm_source=x">
            <meta property="og:site_name" content="Example Wire">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-11T08:00:00Z"}</script>
            </head><body>
            <nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
            <div class="ad">Subscribe now and save forty percent on your first year of news.</div>
            <article><h1>Leaders talk</h1>
            <p>South Korean President Lee Jae-myung spoke by phone with Chinese President Xi Jinping on Tuesday.</p>
            <p>The two leaders discussed trade, supply chains and stability on the Korean peninsula at some length.</p>
            <p>Lee invited Xi to the APEC summit in Gyeongju in November, his spokeswoman Kang Yu-jung said.</p>
            </article>
            <footer>Copyright Example Wire. Privacy policy. Terms of use.</footer>
            </body></html>""";

    @Test
    void the_main_text_keeps_the_article_and_drops_navigation_ads_and_footer() {
        InputRecord r = HtmlArticles.read("p1", PAGE, null, null);
        assertNull(r.error(), r.error());
        String text = r.article().text();
        assertTrue(text.contains("spoke by phone with Chinese President Xi Jinping"), text);
        assertTrue(text.contains("APEC summit in Gyeongju"), text);
        assertFalse(text.contains("Subscribe now"), text);
        assertFalse(text.contains("Privacy policy"), text);
    }

    @Test
    void date_canonical_url_title_and_outlet_come_from_the_page() {
        InputRecord r = HtmlArticles.read("p1", PAGE, "https://mirror.example/copy", LocalDate.of(2020, 1, 1));
        assertEquals(LocalDate.of(2025, 6, 11), r.article().date());
        assertEquals("https://wire.example/world/leaders-talk?utm_source=x", r.article().url());
        assertEquals("Example Wire", r.article().outlet());
        assertEquals("Leaders talk | Example Wire", r.article().title());
    }

    @Test
    void a_time_element_dates_a_page_without_meta_tags() {
        String page = "<html><body><article><time datetime=\"2025-09-04\">4 Sept</time><p>Chinese President Xi Jinping held"
                + " talks with North Korean leader Kim Jong Un in Beijing on Thursday, state media said.</p></article></body></html>";
        assertEquals(LocalDate.of(2025, 9, 4), HtmlArticles.read("p2", page, null, null).article().date());
    }

    @Test
    void an_oversized_page_is_refused_with_its_size() {
        InputRecord r = HtmlArticles.read("big", "<p>" + "x".repeat(HtmlArticles.MAX_HTML_CHARS) + "</p>", null, null);
        assertTrue(r.error().startsWith("page too large"), r.error());
    }

    @Test
    void a_page_without_text_is_an_error_not_an_empty_article() {
        InputRecord r = HtmlArticles.read("empty", "<html><body><nav>Home</nav></body></html>", null, null);
        assertTrue(r.error() != null, "expected an error");
    }
}
