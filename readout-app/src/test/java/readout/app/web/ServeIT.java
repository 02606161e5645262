package readout.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.ExampleStore;
import readout.app.cli.Main;
import readout.core.Coder;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole server on port 0 over a real store filled by {@code readout ingest examples/}, asked over real HTTP:
 * every endpoint, paging, bad parameters (400 with a reason, never 500), and the token rule for writes.
 */
class ServeIT {
    private static final String TOKEN = "t0k3n-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    private static ReadoutServer server;
    private static String base;

    @BeforeAll
    static void start() throws java.io.IOException {
        Path db = ExampleStore.copyInto(dir);
        server = ReadoutServer.start(new ReadoutServer.Config(db, "127.0.0.1", 0, TOKEN, () -> Coder.builder().build()));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> post(String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (auth != null) b.header("Authorization", auth);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void events_are_paged_without_overlap_and_filtered_like_the_cli() throws Exception {
        JsonNode first = json("/api/events?limit=3");
        JsonNode second = json("/api/events?limit=3&offset=3");
        assertEquals(3, first.get("count").asInt());
        assertEquals(3, second.get("count").asInt());
        Set<String> ids = new HashSet<>();
        for (JsonNode e : first.get("items")) ids.add(e.get("id").asText());
        for (JsonNode e : second.get("items")) assertTrue(ids.add(e.get("id").asText()), "pages overlap: " + e);
        assertEquals(0, json("/api/events?offset=1000000").get("count").asInt());

        JsonNode dyad = json("/api/events?dyad=KOR,CHN&root=04&from=2025-06-01&to=2025-06-30&limit=100");
        assertTrue(dyad.get("count").asInt() > 0, dyad.toString());
        for (JsonNode e : dyad.get("items")) {
            assertTrue(e.get("cameo").asText().startsWith("04"), e.toString());
            assertTrue(e.get("date").asText().startsWith("2025-06"), e.toString());
            String s = e.get("source").asText().substring(0, 3);
            String t = e.get("target").asText().substring(0, 3);
            assertEquals(Set.of("KOR", "CHN"), Set.of(s, t), e.toString());
        }
        for (JsonNode e : json("/api/events?modality=negated&limit=100").get("items")) {
            assertEquals("negated", e.get("modality").asText());
        }
    }

    @Test
    void events_come_as_csv_with_a_header_and_one_row_each() throws Exception {
        HttpResponse<String> r = get("/api/events?format=csv&limit=5");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.body().startsWith("id,articleId,date,source,cameo,target,"), r.body());
        assertEquals(6, r.body().split("\r\n").length, r.body());
    }

    @Test
    void dyads_series_and_clusters_answer_over_the_slice_asked_for() throws Exception {
        JsonNode dyads = json("/api/dyads?limit=2");
        assertEquals(2, dyads.get("count").asInt());
        assertEquals("CHN", dyads.get("items").get(0).get("a").asText());
        assertEquals("KOR", dyads.get("items").get(0).get("b").asText());
        assertTrue(dyads.get("items").get(0).get("events").asLong() >= dyads.get("items").get(1).get("events").asLong());
        JsonNode withUsa = json("/api/dyads?actor=USA&limit=50");
        for (JsonNode d : withUsa.get("items")) {
            assertTrue(d.get("a").asText().equals("USA") || d.get("b").asText().equals("USA"), d.toString());
        }

        JsonNode series = json("/api/dyads/KOR/CHN/series?by=month");
        assertEquals("2025-06-01", series.get("periods").get(0).get("start").asText());
        assertTrue(series.get("periods").get(0).get("events").asInt() > 0);

        JsonNode clusters = json("/api/clusters?dyad=KOR,CHN&from=2025-06-01&to=2025-06-30&limit=5");
        assertTrue(clusters.get("count").asInt() > 0);
        for (JsonNode c : clusters.get("items")) {
            assertEquals(Set.of("KOR", "CHN"), Set.of(c.get("source").asText(), c.get("target").asText()), c.toString());
            assertTrue(c.get("first").asText().startsWith("2025-06"), c.toString());
        }
        JsonNode call = clusters.get("items").get(0);
        assertEquals("2025-06-10", call.get("first").asText());
        assertTrue(call.get("outlets").asInt() >= 2, call.toString());
    }

    @Test
    void readouts_lean_and_brief_give_the_cli_s_answers() throws Exception {
        JsonNode r = json("/api/readouts?between=KOR,CHN");
        assertEquals("2025-06-10", r.get("interaction").get("first").asText());
        boolean explicit = false;
        for (JsonNode o : r.get("omissions")) {
            if (o.get("topic").asText().equals("denuclearization") && o.get("omittedBy").asText().equals("CHN")
                    && o.get("kind").asText().equals("explicit")) {
                explicit = true;
                assertTrue(o.get("explicit").toString().contains("China's readout did not mention denuclearization."), o.toString());
            }
        }
        assertTrue(explicit, r.toString());
        HttpResponse<String> none = get("/api/readouts?between=KOR,BRA");
        assertEquals(404, none.statusCode(), none.body());
        assertTrue(none.body().contains("no call or meeting between KOR and BRA"), none.body());

        JsonNode lean = json("/api/lean?x=CHN&between=KOR,PRK");
        assertTrue(lean.get("lean").get("eventsA").asInt() > 0, lean.toString());
        assertTrue(lean.get("lean").get("low").asDouble() <= lean.get("lean").get("high").asDouble());
        assertEquals(2000, lean.get("resamples").asInt());

        HttpResponse<String> md = get("/api/brief?actors=KOR,CHN&lean=CHN,KOR,PRK");
        assertEquals(200, md.statusCode(), md.body());
        assertTrue(md.body().startsWith("# "), md.body());
        assertTrue(md.body().contains("[1]"), md.body());
        HttpResponse<String> html = get("/api/brief?actors=KOR,CHN&format=html");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<h1>"), html.body());
    }

    @Test
    void search_finds_articles_and_an_article_shows_each_event_s_span_in_its_text() throws Exception {
        JsonNode hits = json("/api/search?q=denuclearization&limit=5");
        assertTrue(hits.get("hits").size() > 0, hits.toString());
        String id = hits.get("hits").get(0).get("articleId").asText();

        JsonNode a = json("/api/articles/" + enc(id).replace("+", "%20"));
        String text = a.get("article").get("text").asText();
        assertFalse(text.isEmpty());
        assertTrue(a.get("events").size() > 0, a.toString());
        for (JsonNode e : a.get("events")) {
            int start = e.get("start").asInt();
            int end = e.get("end").asInt();
            assertTrue(0 <= start && start < end && end <= text.length(), e.toString());
            assertEquals(e.get("evidence").asText(), text.substring(start, end), e.toString());
        }
        HttpResponse<String> missing = get("/api/articles/no-such-article");
        assertEquals(404, missing.statusCode());
    }

    @Test
    void every_bad_parameter_gets_400_with_its_reason() throws Exception {
        List<String[]> cases = List.of(
                new String[]{"/api/events?from=2025-13-01", "from is not a date"},
                new String[]{"/api/events?to=yesterday", "to is not a date"},
                new String[]{"/api/events?from=2025-07-01&to=2025-06-01", "is after to"},
                new String[]{"/api/events?limit=0", "limit must be from 1 to 1000"},
                new String[]{"/api/events?limit=100000", "limit must be from 1 to 1000"},
                new String[]{"/api/events?limit=ten", "limit is not a whole number"},
                new String[]{"/api/events?offset=-1", "offset must be from 0"},
                new String[]{"/api/events?actor=" + enc("CHN' OR 1=1 --"), "actor is not an actor code"},
                new String[]{"/api/events?dyad=KOR", "dyad takes 2 comma-separated codes"},
                new String[]{"/api/events?root=99", "root is not a CAMEO root"},
                new String[]{"/api/events?plover=" + enc("CONSULT;DROP"), "plover is not a PLOVER event type"},
                new String[]{"/api/events?modality=maybe", "modality must be one of"},
                new String[]{"/api/events?format=xml", "format must be one of json, csv"},
                new String[]{"/api/dyads?limit=-5", "limit must be from 1"},
                new String[]{"/api/dyads/KOR/12/series", "b is not an actor code"},
                new String[]{"/api/dyads/KOR/CHN/series?by=year", "by must be one of day, week, month"},
                new String[]{"/api/clusters?dyad=KOR,CHN,USA", "dyad takes 2"},
                new String[]{"/api/readouts", "missing parameter between"},
                new String[]{"/api/readouts?between=KOR,CHN&date=June", "date is not a date"},
                new String[]{"/api/lean?between=KOR,PRK", "missing parameter x"},
                new String[]{"/api/lean?x=CHN&between=KOR", "between takes 2"},
                new String[]{"/api/brief?actors=KOR,CHN&format=pdf", "format must be one of md, html"},
                new String[]{"/api/brief", "missing parameter actors"},
                new String[]{"/api/search", "missing parameter q"},
                new String[]{"/api/search?q=" + enc("a AND ("), "q is not a valid query"});
        for (String[] c : cases) {
            HttpResponse<String> r = get(c[0]);
            assertEquals(400, r.statusCode(), c[0] + " -> " + r.body());
            JsonNode body = JSON.readTree(r.body());
            assertTrue(body.get("error").asText().contains(c[1]), c[0] + " -> " + r.body());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        }
    }

    @Test
    void writes_need_the_token_and_a_readable_body_and_then_return_the_events() throws Exception {
        String article = "{\"id\":\"api-seoul-tokyo\",\"date\":\"2025-07-01\",\"title\":\"Lee meets Ishiba\",\"url\":"
                + "\"https://example.org/api-seoul-tokyo\",\"text\":\"South Korean President Lee Jae-myung met Japanese Prime"
                + " Minister Shigeru Ishiba in Tokyo on Monday. The two leaders agreed to expand cooperation on trade.\"}";
        HttpResponse<String> none = post(article, null);
        assertEquals(401, none.statusCode(), none.body());
        HttpResponse<String> wrong = post(article, "Bearer not-the-token");
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertEquals(401, post(article, "Basic " + TOKEN).statusCode());
        assertEquals(404, get("/api/articles/api-seoul-tokyo").statusCode(), "a refused write stored something");

        HttpResponse<String> bad = post("{\"id\":\"ok-1\",\"text\":\"Fine.\"}\nnot json\n{\"id\":\"d\",\"date\":\"2025-99-01\","
                + "\"text\":\"x\"}\n{\"id\":\"n\"}", "Bearer " + TOKEN);
        assertEquals(400, bad.statusCode(), bad.body());
        JsonNode problems = JSON.readTree(bad.body()).get("records");
        assertEquals(3, problems.size(), bad.body());
        assertTrue(problems.get(0).get("error").asText().startsWith("not JSON"), bad.body());
        assertTrue(problems.get(1).get("error").asText().contains("\"date\" is not an ISO date"), bad.body());
        assertTrue(problems.get(2).get("error").asText().contains("no \"text\" field"), bad.body());
        assertEquals(404, get("/api/articles/ok-1").statusCode(), "a rejected body stored its good record");

        byte[] big = new byte[ReadoutServer.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> tooBig = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooBig.statusCode(), tooBig.body());

        HttpResponse<String> ok = post(article, "Bearer " + TOKEN);
        assertEquals(201, ok.statusCode(), ok.body());
        JsonNode stored = JSON.readTree(ok.body()).get("articles").get(0);
        assertEquals("stored", stored.get("outcome").asText());
        assertTrue(stored.get("events").size() > 0, ok.body());
        assertEquals("KORGOV", stored.get("events").get(0).get("source").get("code").asText(), ok.body());
        assertEquals(200, get("/api/articles/api-seoul-tokyo").statusCode(), "the stored article is readable");

        HttpResponse<String> again = post(article, "Bearer " + TOKEN);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("duplicate", JSON.readTree(again.body()).get("articles").get(0).get("outcome").asText());
    }

    @Test
    void answers_are_kept_until_the_store_changes_and_revalidate_by_etag() throws Exception {
        HttpResponse<String> first = get("/api/events?limit=1");
        HttpResponse<String> second = get("/api/events?limit=1");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, second.headers().firstValue("ETag").orElseThrow());
        assertEquals(first.body(), second.body());
        HttpResponse<String> unchanged = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/events?limit=1"))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, unchanged.statusCode());
        assertEquals("", unchanged.body());

        // a write (the newest article in the store) changes the store: the kept answer is not served again
        String article = "{\"id\":\"cache-newest\",\"date\":\"2026-11-30\",\"url\":\"https://example.org/cache-newest\","
                + "\"text\":\"South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on"
                + " Sunday.\"}";
        assertEquals(201, post(article, "Bearer " + TOKEN).statusCode());
        HttpResponse<String> after = get("/api/events?limit=1");
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        assertEquals("cache-newest", JSON.readTree(after.body()).get("items").get(0).get("articleId").asText(), after.body());
    }

    @Test
    void the_openapi_document_lists_every_endpoint() throws Exception {
        JsonNode spec = json("/openapi.json");
        for (String p : List.of("/api/events", "/api/dyads", "/api/dyads/{a}/{b}/series", "/api/clusters", "/api/readouts",
                "/api/lean", "/api/brief", "/api/search", "/api/articles/{id}", "/api/articles")) {
            assertTrue(spec.get("paths").has(p), p);
        }
        assertEquals(200, get("/api/docs").statusCode());
    }

    @Test
    void a_bounded_load_run_stops_by_itself_and_counts_no_errors_on_good_requests() throws Exception {
        Load.Result events = Load.run(URI.create(base + "/api/events?limit=50"), 60, 4);
        assertEquals(60, events.requests());
        assertEquals(0, events.errors(), events.toString());
        assertTrue(events.perSecond() > 0 && events.p50Millis() <= events.p99Millis(), events.toString());
        Load.Result bad = Load.run(URI.create(base + "/api/events?limit=0"), 10, 2);
        assertEquals(10, bad.errors(), "a 400 is an error to the load test: " + bad);
    }
}
