package readout.app.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import readout.store.EventStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Polls RSS and Atom feeds (Rome) and fetches the pages of items not seen before, as input records for
 * the ingest pipeline. What was stored is remembered in the store, so a restart does not fetch it again.
 * A feed that times out or returns garbage becomes one error record; the other feeds proceed.
 */
public final class Feeds {
    private final HttpClient http;
    private final Duration timeout;

    public Feeds(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * One fetched feed item: its record, and whether to remember it as seen once ingested (a page that
     * could not be fetched is tried again at the next poll).
     */
    public record Item(String feed, String item, InputRecord record, boolean remember) {
    }

    /** New items of the feeds (pages fetched and read), in feed order. Call {@link #remember} once they are stored. */
    public List<Item> poll(List<String> feeds, EventStore store) throws SQLException {
        List<Item> out = new ArrayList<>();
        for (String feed : feeds) {
            SyndFeed parsed;
            try {
                byte[] xml = get(feed);
                parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(xml)));
            } catch (Exception e) {
                out.add(new Item(feed, null, InputRecord.failed(feed, "feed unreadable: " + e.getClass().getSimpleName() + ": "
                        + e.getMessage()), false));
                continue;
            }
            for (SyndEntry entry : parsed.getEntries()) {
                String link = entry.getLink();
                String item = entry.getUri() != null ? entry.getUri() : link;
                if (item == null || store.seen(feed, item)) continue;
                LocalDate date = entry.getPublishedDate() == null ? null
                        : entry.getPublishedDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
                String id = "feed:" + (link != null ? link : item);
                if (link == null) {
                    out.add(new Item(feed, item, InputRecord.failed(id, "feed item has no link"), true));
                    continue;
                }
                try {
                    byte[] page = get(link);
                    out.add(new Item(feed, item, HtmlArticles.read(id, new String(page, StandardCharsets.UTF_8), link, date), true));
                } catch (Exception e) {
                    out.add(new Item(feed, item, InputRecord.failed(id, "page unreadable: " + e.getClass().getSimpleName()
                            + ": " + e.getMessage()), false));
                }
            }
        }
        return out;
    }

    /**
     * The items of a feed file that carry their text (content or description), as articles: the feed form
     * of a corpus. Items without text become errors naming the item.
     */
    static java.util.Iterator<InputRecord> file(java.nio.file.Path file) {
        String label = file.getFileName().toString();
        List<InputRecord> out = new ArrayList<>();
        SyndFeed feed;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            feed = new SyndFeedInput().build(new XmlReader(in));
        } catch (Exception e) {
            return List.of(InputRecord.failed(label, "feed unreadable: " + e.getClass().getSimpleName() + ": " + e.getMessage()))
                    .iterator();
        }
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String html = !entry.getContents().isEmpty() ? entry.getContents().get(0).getValue()
                    : entry.getDescription() == null ? null : entry.getDescription().getValue();
            String id = label + "#" + n;
            if (html == null || html.isBlank()) {
                out.add(InputRecord.failed(id, "feed item has no text"));
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (org.jsoup.nodes.Element p : org.jsoup.Jsoup.parseBodyFragment(html).select("p")) text.append(p.text()).append('\n');
            String body = text.length() > 0 ? text.toString().strip() : org.jsoup.Jsoup.parse(html).text();
            LocalDate date = entry.getPublishedDate() == null ? null
                    : entry.getPublishedDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            String outlet = feed.getTitle();
            out.add(InputRecord.ok(new readout.core.model.Article(id, date, entry.getTitle(), entry.getLink(), outlet, body)));
        }
        return out.iterator();
    }

    /** Remembers the items as seen; call after they are stored and committed. */
    public static void remember(List<Item> items, EventStore store) throws SQLException {
        for (Item i : items) if (i.remember() && i.item() != null) store.markSeen(i.feed(), i.item());
    }

    private byte[] get(String url) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("User-Agent", "readout").GET().build();
        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() / 100 != 2) throw new IOException("HTTP " + resp.statusCode() + " from " + url);
        if (resp.body().length > HtmlArticles.MAX_HTML_CHARS) throw new IOException("response too large from " + url);
        return resp.body();
    }
}
