package readout.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.eval.Evaluation;
import readout.core.Coder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scoring arithmetic of {@code readout eval}, on gold files built here. */
class EvaluationTest {
    private static final String CALL = "South Korean President Lee Jae-myung spoke by phone with Chinese President Xi Jinping on Tuesday.";

    @Test
    void a_wrong_gold_code_counts_once_as_missed_and_once_as_spurious(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"id\":\"a\",\"date\":\"2025-06-12\",\"text\":\"" + CALL + "\",\"expected\":[{\"source\":\"KORGOV\",\"target\":\"CHN\",\"code\":\"190\"}]}",
                "{\"id\":\"b\",\"date\":\"2025-06-12\",\"text\":\"The weather in Seoul was mild.\",\"expected\":[]}") + "\n");
        Evaluation.Report r = Evaluation.run(gold, Coder.builder().build());
        assertEquals(2, r.records());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(gold))), r.sha256());
        assertEquals(0, r.overall().tp);
        assertEquals(1, r.overall().fn, "the gold 19x event is missed");
        assertTrue(r.overall().fp >= 1, "the phone call is not in the gold file, so it is spurious");
        assertEquals(1, r.byRoot().get("19").fn);
        assertEquals(0.0, r.overall().precision());
        assertEquals(1, r.noEventRecords());
    }

    @Test
    void matching_gold_scores_full_marks_with_actor_codes_reduced_to_countries(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"a\",\"date\":\"2025-06-12\",\"text\":\"" + CALL
                + "\",\"expected\":[{\"source\":\"KORGOV\",\"target\":\"CHNGOV\",\"code\":\"041\"}]}\n");
        Evaluation.Report r = Evaluation.run(gold, Coder.builder().build());
        assertEquals(1, r.overall().tp);
        assertEquals(0, r.overall().fn);
        assertEquals(1.0, r.overall().recall());
    }

    @Test
    void a_gold_line_without_text_is_refused_with_its_line_number(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"a\",\"expected\":[]}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Evaluation.read(gold));
        assertTrue(e.getMessage().contains("gold.jsonl:1"), e.getMessage());
    }
}
