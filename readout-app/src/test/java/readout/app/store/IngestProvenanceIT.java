package readout.app.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.cli.Main;
import readout.core.Coder;
import readout.core.kb.KnowledgeBase;
import readout.core.model.Provenance;
import readout.store.EventStore;
import readout.store.Queries;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Provenance through the CLI and a real store: what {@code readout code} says coded an article and its events is
 * what {@code readout ingest} stores, and {@code events}, {@code explain} and {@code eval} show it.
 */
class IngestProvenanceIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECORDS = String.join("\n",
            "{\"id\":\"call\",\"date\":\"2025-06-12\",\"text\":\"South Korean President Lee Jae-myung spoke by phone with"
                    + " Chinese President Xi Jinping on Tuesday.\"}",
            "{\"id\":\"summit\",\"date\":\"2025-06-14\",\"text\":\"Chinese President Xi Jinping met North Korean leader"
                    + " Kim Jong Un in Beijing. China condemned Japan's missile tests.\"}") + "\n";

    private static String run(String... args) {
        StringWriter buf = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(buf), args), () -> "readout " + String.join(" ", args) + ":\n" + buf);
        return buf.toString();
    }

    @Test
    void an_ingested_article_stores_the_coders_provenance_and_each_event_its_pattern(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, RECORDS);
        Path db = dir.resolve("readout.db");
        List<JsonNode> coded = run("code", in.toString(), "--quiet").lines().map(IngestProvenanceIT::tree).toList();
        assertEquals(0, Main.run("ingest", in.toString(), "--db", db.toString()));

        Map<String, String> codedPatterns = new HashMap<>();
        try (EventStore s = EventStore.open(db)) {
            Queries q = new Queries(s);
            for (JsonNode article : coded) {
                Provenance coder = JSON.treeToValue(article.get("coder"), Provenance.class);
                assertEquals(Coder.provenance(KnowledgeBase.builtIn()), coder);
                assertEquals(coder, q.coder(article.get("id").asText()), "stored provenance of " + article.get("id"));
                for (JsonNode e : article.get("events")) codedPatterns.put(e.get("id").asText(), e.get("pattern").asText());
            }
            Map<String, String> storedPatterns = new HashMap<>();
            try (Statement st = s.connection().createStatement();
                 ResultSet r = st.executeQuery("SELECT id, pattern FROM events")) {
                while (r.next()) storedPatterns.put(r.getString(1), r.getString(2));
            }
            assertTrue(codedPatterns.size() >= 3, "coded events: " + codedPatterns);
            assertEquals(codedPatterns, storedPatterns);
        }

        String jsonl = run("events", "--db", db.toString(), "--format", "jsonl");
        for (String line : jsonl.lines().toList()) {
            JsonNode row = tree(line);
            assertEquals(codedPatterns.get(row.get("id").asText()), row.get("pattern").asText(), line);
        }
        String table = run("events", "--db", db.toString());
        assertFalse(table.isBlank());
        for (String line : table.lines().toList()) assertTrue(line.matches(".* \\[lexicon/[^:]+:\\d+]$"), line);
    }

    @Test
    void explain_names_the_lexicon_row_of_each_event() {
        String out = run("explain", "South Korean President Lee Jae-myung spoke by phone with Chinese President Xi Jinping.",
                "--date", "2025-06-12");
        List<String> events = out.lines().filter(l -> l.startsWith("  event  ")).toList();
        assertFalse(events.isEmpty(), out);
        for (String l : events) assertTrue(l.matches("  event  KORGOV 041 CHNGOV .* pattern lexicon/[^:]+:\\d+"), l);
    }

    @Test
    void explain_shows_the_events_code_writes_with_responses_answered_across_sentences(@TempDir Path dir) throws Exception {
        String text = "Pakistan accused India of backing the militants who hijacked a train in Balochistan."
                + " India's foreign ministry rejected the charge as baseless.";
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, JSON.writeValueAsString(java.util.Map.of("id", "a", "date", "2025-03-14", "text", text)) + "\n");
        List<String> coded = new java.util.ArrayList<>();
        for (JsonNode e : tree(run("code", in.toString(), "--quiet", "--no-model").lines().findFirst().orElseThrow()).get("events")) {
            coded.add(e.get("source").get("code").asText() + " " + e.get("cameo").asText() + " "
                    + (e.path("target").isObject() ? e.get("target").get("code").asText() : "-"));
        }
        List<String> explained = run("explain", text, "--date", "2025-03-14", "--no-model").lines()
                .filter(l -> l.startsWith("  event  "))
                .map(l -> String.join(" ", java.util.Arrays.copyOfRange(l.trim().split(" +"), 1, 4))).toList();
        assertTrue(coded.contains("INDGOV 120 PAK"), coded.toString()); // the rejection answers the accuser
        assertEquals(coded, explained);
    }

    @Test
    void eval_prints_the_coders_provenance_as_code_writes_it(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"a\",\"date\":\"2025-06-12\",\"text\":\"South Korean President Lee Jae-myung spoke"
                + " by phone with Chinese President Xi Jinping.\",\"expected\":[{\"source\":\"KOR\",\"target\":\"CHN\",\"code\":\"041\"}]}\n");
        String coderLine = run("eval", gold.toString()).lines().filter(l -> l.startsWith("coder ")).findFirst().orElseThrow();
        JsonNode printed = tree(coderLine.substring("coder".length()).trim());
        assertEquals(Coder.provenance(KnowledgeBase.builtIn()), JSON.treeToValue(printed, Provenance.class));
        assertEquals(JSON.readTree(JSON.writeValueAsString(Coder.provenance(KnowledgeBase.builtIn()))), printed);
    }

    private static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
