package readout.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.cli.Main;
import readout.core.Coder;
import readout.core.Resources;
import readout.core.kb.KnowledgeBase;
import readout.core.model.Provenance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code readout code} end to end: one output line per input record, bad records with specific errors. */
class CodeCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_bad_record_gets_a_specific_error_and_the_batch_goes_on(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"),
                "South Korean President Lee Jae-myung spoke by phone with Chinese President Xi Jinping on Tuesday.");
        Files.writeString(in.resolve("b-empty.txt"), "   \n");
        Files.write(in.resolve("c-binary.txt"), new byte[]{0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0});
        Files.write(in.resolve("d-latin1.txt"), "Caf\u00e9 au lait \u00e0 Paris".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("e-huge.txt"), "Seoul and Tokyo held talks. ".repeat(400_000));
        Files.writeString(in.resolve("f-korean.txt"), "이재명 대통령은 시진핑 주석과 통화했다. ".repeat(30)
                + "대통령실은 한반도 비핵화에 대한 중국의 역할을 요청했다고 밝혔다.");
        Files.writeString(in.resolve("g-records.jsonl"), String.join("\n",
                "{\"id\":\"ok\",\"date\":\"2025-06-12\",\"text\":\"Chinese President Xi Jinping met North Korean leader Kim Jong Un in Beijing.\"}",
                "this is not json",
                "{\"id\":\"notext\",\"date\":\"2025-06-12\"}",
                "{\"id\":\"baddate\",\"date\":\"12/06/2025\",\"text\":\"x\"}") + "\n");
        Path out = dir.resolve("out.jsonl");

        int exit = Main.run("code", in.toString(), "--out", out.toString(), "--quiet", "--date", "2025-06-12");

        assertEquals(0, exit);
        List<String> lines = Files.readAllLines(out);
        assertEquals(10, lines.size(), "one line per record: " + lines);
        Map<String, JsonNode> byId = new HashMap<>();
        for (String l : lines) {
            JsonNode n = JSON.readTree(l);
            assertNotNull(n.get("id"));
            assertTrue(n.get("events").isArray());
            byId.put(n.get("id").asText(), n);
        }
        assertFalse(byId.get("a-good").get("events").isEmpty(), "the good article lost its events");
        assertFalse(byId.get("ok").get("events").isEmpty(), "the good JSON record lost its events");
        assertError(byId, "b-empty", "empty text");
        assertError(byId, "c-binary", "binary data");
        assertError(byId, "d-latin1", "invalid UTF-8");
        assertError(byId, "e-huge", "too large");
        assertError(byId, "f-korean", "not English");
        assertError(byId, "g-records.jsonl:2", "not JSON");
        assertError(byId, "notext", "no \"text\"");
        assertError(byId, "baddate", "not an ISO date");
    }

    private static void assertError(Map<String, JsonNode> byId, String id, String expected) {
        JsonNode n = byId.get(id);
        assertNotNull(n, "no output line for " + id + " in " + byId.keySet());
        assertTrue(n.get("events").isEmpty(), id + " has events");
        assertNotNull(n.get("error"), id + " has no error");
        assertTrue(n.get("error").asText().contains(expected), id + ": '" + n.get("error").asText() + "' lacks '" + expected + "'");
    }

    @Test
    void events_carry_the_json_contract_fields(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("call.txt");
        Files.writeString(in, "South Korean President Lee Jae-myung spoke by phone with Chinese President Xi Jinping on Tuesday.");
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("code", in.toString(), "--out", out.toString(), "--quiet", "--date", "2025-06-12"));
        JsonNode event = JSON.readTree(Files.readAllLines(out).get(0)).get("events").get(0);
        for (String f : List.of("id", "articleId", "sentence", "date", "dateBasis", "source", "target", "cameo", "cameoRoot",
                "plover", "ploverMode", "goldstein", "quadClass", "modality", "attribution", "location", "topics", "evidence",
                "pattern")) {
            assertTrue(event.has(f), "event lacks " + f + ": " + event);
        }
        for (String f : List.of("code", "country", "name", "text")) assertTrue(event.get("source").has(f), "actor lacks " + f);
        assertEquals("KORGOV", event.get("source").get("code").asText());
        assertEquals("041", event.get("cameo").asText());
        assertEquals("2025-06-10", event.get("date").asText());
        assertTrue(event.get("evidence").get("end").asInt() > event.get("evidence").get("start").asInt());
    }

    @Test
    void every_coded_line_names_its_coder_and_every_event_the_lexicon_row_that_coded_it(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"call\",\"date\":\"2025-06-12\",\"text\":\"South Korean President Lee Jae-myung spoke by phone"
                        + " with Chinese President Xi Jinping on Tuesday. China condemned Japan's missile tests.\"}",
                "{\"id\":\"empty\",\"date\":\"2025-06-12\",\"text\":\"  \"}",
                "this is not json") + "\n");
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("code", in.toString(), "--out", out.toString(), "--quiet"));
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size(), "one line per record: " + lines);
        Provenance expected = Coder.provenance(KnowledgeBase.builtIn());

        JsonNode call = JSON.readTree(lines.get(0));
        assertEquals(expected, JSON.treeToValue(call.get("coder"), Provenance.class), call.toString());
        assertEquals(JSON.readTree(JSON.writeValueAsString(expected)), call.get("coder"));
        assertTrue(call.get("events").size() >= 2, "events: " + call.get("events"));
        for (JsonNode e : call.get("events")) { // file:line of a lexicon row that gives the event's code
            String pattern = e.get("pattern").asText();
            assertTrue(pattern.matches("lexicon/[^:]+:\\d+"), pattern);
            String file = pattern.substring(0, pattern.lastIndexOf(':'));
            String row = Resources.lines(file).get(Integer.parseInt(pattern.substring(pattern.lastIndexOf(':') + 1)) - 1);
            assertFalse(row.isBlank() || row.startsWith("#"), pattern + " is not a lexicon row: '" + row + "'");
            assertTrue(List.of(row.split("\t")).stream().map(String::trim).anyMatch(e.get("cameo").asText()::equals),
                    pattern + " ('" + row + "') does not give " + e.get("cameo").asText());
        }

        JsonNode empty = JSON.readTree(lines.get(1));
        assertTrue(empty.get("error").asText().contains("empty text"), empty.toString());
        assertEquals(call.get("coder"), empty.get("coder"), "the coder refused it, so it says which coder");
        JsonNode unreadable = JSON.readTree(lines.get(2));
        assertTrue(unreadable.get("error").asText().contains("not JSON"), unreadable.toString());
        assertFalse(unreadable.has("coder"), "no coder saw an unreadable record: " + unreadable);
    }
}
