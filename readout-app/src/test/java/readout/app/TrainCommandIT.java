package readout.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.cli.Main;
import readout.app.eval.Evaluation;
import readout.core.learn.EventClassifier;
import readout.core.learn.MiniLm;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code readout train} end to end on a slice of a development gold file: the model file it writes names its
 * encoder and its training file with that file's checksum, is the same byte for byte when trained again, and
 * is refused when the command is misused.
 */
class TrainCommandIT {

    @Test
    void training_is_reproducible_and_the_model_records_what_it_was_trained_on(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("slice.jsonl");
        List<String> lines = Files.readAllLines(Path.of("../eval/gold.jsonl"));
        List<String> slice = new java.util.ArrayList<>(lines.stream().filter(l -> !l.contains("\"expected\": []")).limit(40).toList());
        slice.addAll(lines.stream().filter(l -> l.contains("\"expected\": []")).limit(20).toList());
        assertEquals(60, slice.size());
        Files.write(gold, slice);
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out), "train", gold.toString(), "--folds", "2", "--out", first.toString()));
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), "train", gold.toString(), "--folds", "2", "--out",
                second.toString()));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "same files, same seed, same model");
        assertTrue(out.toString().contains("2-fold cross-validation of the whole coder"), out.toString());

        EventClassifier m = EventClassifier.read(first);
        assertEquals(MiniLm.NAME, m.encoder());
        assertTrue(m.labels().contains(EventClassifier.NONE), m.labels().toString());
        JsonNode training = m.about().path("training");
        assertEquals(1, training.size());
        assertEquals(Evaluation.sha256(Files.readAllBytes(gold)), training.get(0).path("sha256").asText());
        assertEquals(60, training.get(0).path("records").asInt());
        for (var e : m.thresholds().entrySet()) {
            assertTrue(e.getKey().matches("\\d\\d") && e.getValue() > 0 && e.getValue() < 1, e.toString());
        }

        // a different seed draws other folds, and the model says so
        Path third = dir.resolve("third.json");
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), "train", gold.toString(), "--folds", "2", "--seed", "7",
                "--out", third.toString()));
        assertNotEquals(new ObjectMapper().readTree(first.toFile()).path("about").path("seed"),
                new ObjectMapper().readTree(third.toFile()).path("about").path("seed"));
    }

    @Test
    void misuse_is_refused_with_the_reason(@TempDir Path dir) {
        int code = Main.run(new PrintWriter(new StringWriter()), "train", dir.resolve("missing.jsonl").toString(), "--out",
                dir.resolve("m.json").toString());
        assertNotEquals(0, code);
        assertTrue(!Files.exists(dir.resolve("m.json")), "no model written");
        code = Main.run(new PrintWriter(new StringWriter()), "train", "../eval/gold.jsonl", "--folds", "1", "--out",
                dir.resolve("m.json").toString());
        assertNotEquals(0, code);
        assertTrue(!Files.exists(dir.resolve("m.json")), "no model written");
    }
}
