package readout.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.ExampleStore;
import readout.app.cli.Main;
import readout.core.Coder;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real browser: headless Chromium loads {@code /} from the server on port 0 over a store filled by
 * {@code readout ingest examples/}, and the DOM it dumps must hold the event table's rows, the rendered timeline and
 * both sides' topics of the readout comparison, each as the API answers them. It also saves
 * {@code target/dashboard.png}. Without Chromium it fails under CI=true (CI installs it) and is skipped elsewhere.
 */
class DashboardIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    private static ReadoutServer server;
    private static String base;
    private static Path chromium;

    @BeforeAll
    static void start() throws java.io.IOException {
        chromium = chromium();
        if (chromium == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("chromium is not installed; .ci/run installs the Debian package chromium");
            }
            assumeTrue(false, "chromium is not installed (apt-get install chromium); skipped outside CI");
        }
        Path db = ExampleStore.copyInto(dir);
        server = ReadoutServer.start(new ReadoutServer.Config(db, "127.0.0.1", 0, null, () -> Coder.builder().build()));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** READOUT_CHROMIUM, else chromium or chromium-browser on the PATH, else null. */
    static Path chromium() {
        String given = System.getenv("READOUT_CHROMIUM");
        if (given != null && !given.isBlank()) return Files.isExecutable(Path.of(given)) ? Path.of(given) : null;
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) return p;
            }
        }
        return null;
    }

    /** Runs headless Chromium on the dashboard with these extra arguments; returns what it printed on stdout. */
    private static String browse(String name, String... extra) throws Exception {
        Path profile = Files.createDirectories(dir.resolve("profile-" + name));
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
        cmd.addAll(List.of(extra));
        cmd.add(base + "/");
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 120 s: " + Files.readString(err));
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(err));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        return JSON.readTree(r.body());
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> i = object.fieldNames(); i.hasNext(); ) out.add(i.next());
        return out;
    }

    @Test
    void the_dashboard_renders_the_store_in_a_real_browser() throws Exception {
        String dom = browse("dom", "--dump-dom");
        Document page = Jsoup.parse(dom);
        assertEquals("yes", page.body().attr("data-ready"), "the page did not finish loading: " + clip(dom));

        // The event table: the first page of KOR-CHN events (the page's default actors), as the API lists them.
        List<String> expected = new ArrayList<>();
        for (JsonNode e : json("/api/events?dyad=KOR,CHN&limit=15").get("items")) expected.add(e.get("id").asText());
        assertFalse(expected.isEmpty(), "the store has no KOR-CHN events");
        List<String> shown = page.select("#events-body tr.event").eachAttr("data-event-id");
        assertEquals(expected, shown, "event table rows");
        Element first = page.selectFirst("#events-body tr.event td");
        assertNotNull(first);
        assertEquals(json("/api/events?dyad=KOR,CHN&limit=1").get("items").get(0).get("date").asText(), first.text());

        // The timeline: ECharts drew an SVG into its container, one bar per period of the dyad's series.
        Element timeline = page.getElementById("timeline");
        assertNotNull(timeline);
        int periods = json("/api/dyads/KOR/CHN/series?by=month").get("periods").size();
        assertTrue(periods > 0);
        assertEquals(periods + " periods", timeline.attr("data-rendered"), "timeline not rendered: " + clip(timeline.outerHtml()));
        assertNotNull(timeline.selectFirst("svg"), "no chart drawn in #timeline");
        assertTrue(timeline.select("svg path").size() >= periods, "too few shapes in the timeline chart");

        // The readout comparison: each side's column holds exactly the topics its account raised.
        JsonNode cmp = json("/api/readouts?between=KOR,CHN");
        for (String side : List.of("a", "b")) {
            Element col = page.getElementById("readout-" + side);
            assertNotNull(col);
            assertEquals(cmp.get(side).get("side").asText(), col.attr("data-side"));
            Set<String> topics = new TreeSet<>(col.select("li.topic").eachAttr("data-topic"));
            assertEquals(keys(cmp.get(side).get("topics")), topics, side + "'s topics");
            assertFalse(topics.isEmpty(), side + " raised no topic");
        }
        assertTrue(page.select("#network[data-rendered] svg").size() > 0, "the dyad network was not drawn");
        assertTrue(page.select("#clusters-body tr").size() > 0, "no clusters listed");
    }

    @Test
    void a_screenshot_is_saved_as_a_build_artefact() throws Exception {
        Path shot = Path.of("target", "dashboard.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        browse("shot", "--screenshot=" + shot, "--window-size=1400,1800");
        assertTrue(Files.size(shot) > 10_000, "screenshot too small: " + shot);
    }

    private static String clip(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }
}
