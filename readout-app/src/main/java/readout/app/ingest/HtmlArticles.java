package readout.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import readout.core.model.Article;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A web page to an article: main text by readability (navigation, ads and boilerplate dropped), title,
 * publication date (meta tags, JSON-LD, {@code <time>}), canonical URL and outlet.
 */
public final class HtmlArticles {
    /** Largest page read, in characters; bigger pages are refused (an HTML bomb is refused, not parsed). */
    public static final int MAX_HTML_CHARS = 5_000_000;
    /** A page whose main text is shorter than this is not an article (an index page, an error page). */
    static final int MIN_WORDS = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlArticles() {
    }

    /**
     * @param id   the article id to use
     * @param html the page
     * @param url  where it was fetched from (may be null); the page's canonical link wins
     */
    public static InputRecord read(String id, String html, String url, LocalDate fallbackDate) {
        if (html.length() > MAX_HTML_CHARS) {
            return InputRecord.failed(id, "page too large: " + html.length() + " characters; the limit is " + MAX_HTML_CHARS);
        }
        try {
            Document doc = Jsoup.parse(html, url == null ? "" : url);
            String canonical = first(attr(doc, "link[rel=canonical]", "href"), attr(doc, "meta[property=og:url]", "content"), url);
            String title = first(attr(doc, "meta[property=og:title]", "content"), doc.title());
            String outlet = first(attr(doc, "meta[property=og:site_name]", "content"),
                    attr(doc, "meta[name=publisher]", "content"), host(canonical));
            LocalDate date = date(doc);
            String text = mainText(canonical, doc);
            if (text.split("\\s+").length < MIN_WORDS) {
                return InputRecord.failed(id, "no article text found in the page (fewer than " + MIN_WORDS + " words)");
            }
            return InputRecord.ok(new Article(id, date != null ? date : fallbackDate, blankToNull(title), canonical,
                    outlet, text));
        } catch (StackOverflowError e) {
            return InputRecord.failed(id, "page nested too deeply to read (an HTML bomb?)");
        } catch (RuntimeException e) {
            return InputRecord.failed(id, "cannot read HTML: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Elements that are never the story: navigation, furniture, ads, promotions, sharing, comments. */
    private static final String BOILERPLATE = "nav, footer, aside, script, style, noscript, form, iframe, "
            + "[class~=(?i)(^|[-_ ])(ad|ads|advert|advertisement|promo|subscribe|newsletter|cookie|share|social|related"
            + "|comments?|byline|breadcrumbs?)([-_ ]|$)], "
            + "[id~=(?i)(^|[-_ ])(ad|ads|advert|promo|subscribe|newsletter|cookie|share|related|comments?)([-_ ]|$)]";

    /**
     * The story's text, paragraphs on their own lines: the page's own {@code <article>} when it marks one,
     * else what readability finds, after boilerplate elements are removed.
     */
    private static String mainText(String url, Document doc) {
        doc.select(BOILERPLATE).remove();
        Element article = null;
        for (Element a : doc.select("article")) if (article == null || a.text().length() > article.text().length()) article = a;
        Element root = article;
        if (root == null) {
            net.dankito.readability4j.Article found = new Readability4J(url == null ? "" : url, doc.outerHtml()).parse();
            root = found.getContent() == null ? doc.body() : Jsoup.parse(found.getContent()).body();
        }
        if (root == null) return "";
        StringBuilder sb = new StringBuilder();
        for (Element p : root.select("p, h2, h3, li, blockquote")) {
            String t = p.text().strip();
            if (!t.isEmpty()) sb.append(t).append('\n');
        }
        return (sb.length() > 0 ? sb.toString() : root.text()).strip();
    }

    /** The publication date from meta tags, JSON-LD or a {@code <time>} element. */
    static LocalDate date(Document doc) {
        for (String sel : new String[]{"meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[property=og:published_time]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]",
                "meta[name=dc.date]", "meta[itemprop=datePublished]"}) {
            LocalDate d = parse(attr(doc, sel, "content"));
            if (d != null) return d;
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(s.data());
                for (JsonNode node : n.isArray() ? n : java.util.List.of(n)) {
                    LocalDate d = parse(node.path("datePublished").asText(null));
                    if (d != null) return d;
                }
            } catch (java.io.IOException | RuntimeException ignored) {
                // malformed JSON-LD: look elsewhere
            }
        }
        return parse(attr(doc, "time[datetime]", "datetime"));
    }

    static LocalDate parse(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip();
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String attr(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : blankToNull(e.attr(attr));
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
