package readout.app.store;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.cli.Main;
import readout.store.EventStore;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code readout watch} against feeds and pages served by a real HTTP server on a loopback port. */
class WatchIT {
    private HttpServer server;
    private final List<String> items = new ArrayList<>();
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/feed.xml", ex -> reply(ex, 200, feed(), "application/rss+xml"));
        server.createContext("/garbage.xml", ex -> reply(ex, 200, "<<<not a feed", "application/xml"));
        server.createContext("/gone.xml", ex -> reply(ex, 404, "no", "text/plain"));
        server.createContext("/story/", ex -> {
            String n = ex.getRequestURI().getPath().replaceAll("\\D+", "");
            reply(ex, 200, page(Integer.parseInt(n)), "text/html; charset=utf-8");
        });
        server.start();
        items.add("1");
        items.add("2");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String feed() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<link>" + base + "</link><description>test</description>");
        for (String i : items) {
            sb.append("<item><title>Story ").append(i).append("</title><link>").append(base).append("/story/").append(i)
                    .append("</link><guid>story-").append(i).append("</guid><pubDate>Tue, 10 Jun 2025 09:00:00 GMT</pubDate></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    private static String page(int n) {
        String[] texts = {
                "",
                "South Korean President Lee Jae-myung spoke by phone with Chinese President Xi Jinping on Tuesday,"
                        + " and the two leaders agreed to expand exchanges, Seoul's presidential office said.",
                "North Korea fired two ballistic missiles on Thursday, and Japan's government condemned Pyongyang for"
                        + " violating United Nations Security Council resolutions, officials in Tokyo said.",
                "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing on Monday and"
                        + " the two sides pledged to deepen cooperation, the foreign ministry in Beijing said."};
        return "<html><head><title>Story " + n + "</title></head><body><article><p>" + texts[n] + "</p></article></body></html>";
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, String body, String type) throws java.io.IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @Test
    void new_items_are_ingested_once_across_restarts_and_bad_feeds_are_logged(@TempDir Path dir) throws Exception {
        String db = dir.resolve("w.db").toString();
        String[] args = {"watch", base + "/feed.xml", base + "/garbage.xml", base + "/gone.xml", "--once", "--timeout", "5s",
                "--db", db};
        assertEquals(0, Main.run(args));
        assertEquals(2, count(db, "SELECT count(*) FROM articles"));
        assertEquals(2, count(db, "SELECT count(*) FROM ingest_log WHERE status = 'error' AND item LIKE '%.xml'"));

        assertEquals(0, Main.run(args)); // a restart: nothing new, nothing fetched twice
        assertEquals(2, count(db, "SELECT count(*) FROM articles"));

        items.add("3");
        assertEquals(0, Main.run(args));
        assertEquals(3, count(db, "SELECT count(*) FROM articles"));
        assertEquals(1, count(db, "SELECT count(*) FROM articles WHERE url LIKE '%/story/3'"));
    }

    private static long count(String db, String sql) throws Exception {
        try (EventStore s = EventStore.open(Path.of(db)); Statement st = s.connection().createStatement();
             ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
