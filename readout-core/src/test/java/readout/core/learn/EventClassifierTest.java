package readout.core.learn;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classifier as a model: it learns separable classes, its file round-trips, and a bad file is refused. */
class EventClassifierTest {
    private static final int D = 16;

    /** Three clusters around three corners of the cube, labelled 04, 19 and none, with noise. */
    private static List<EventClassifier.Example> clusters(long seed, int perClass) {
        Random r = new Random(seed);
        List<EventClassifier.Example> out = new ArrayList<>();
        String[] labels = {"04", "19", EventClassifier.NONE};
        for (int k = 0; k < labels.length; k++) {
            for (int i = 0; i < perClass; i++) out.add(new EventClassifier.Example(point(k, r), labels[k], 1.0));
        }
        return out;
    }

    private static float[] point(int k, Random r) {
        float[] x = new float[D];
        for (int j = 0; j < D; j++) x[j] = (float) (r.nextGaussian() * 0.15);
        x[k] += 1;
        return x;
    }

    private static EventClassifier train(List<EventClassifier.Example> examples) {
        return EventClassifier.train(examples, EventClassifier.Settings.standard(), "test-encoder",
                java.util.Map.of("04", 0.5, "19", 0.7), JsonNodeFactory.instance.objectNode());
    }

    @Test
    void it_learns_separable_classes_and_says_none_for_the_none_class() {
        EventClassifier m = train(clusters(1, 40));
        Random r = new Random(99);
        int right = 0;
        for (int i = 0; i < 30; i++) {
            EventClassifier.Proposal a = m.propose(point(0, r));
            EventClassifier.Proposal b = m.propose(point(1, r));
            EventClassifier.Proposal c = m.propose(point(2, r));
            if ("04".equals(a.root()) && "19".equals(b.root()) && c.root() == null) right++;
        }
        assertTrue(right >= 28, "right on " + right + " of 30 unseen triples");
        double[] p = m.probabilities(point(1, r));
        assertEquals(1.0, java.util.Arrays.stream(p).sum(), 1e-9);
        assertEquals("190", new EventClassifier.Proposal("19", 0.9).code());
    }

    @Test
    void the_threshold_decides_what_is_accepted() {
        EventClassifier m = train(clusters(2, 40));
        EventClassifier.Proposal p = m.propose(point(1, new Random(5)));
        assertTrue(m.withThreshold(p.probability()).accepts(p));
        assertTrue(!m.withThreshold(Math.nextUp(p.probability())).accepts(p));
        assertTrue(!m.withThresholds(java.util.Map.of("04", 0.0)).accepts(p), "19 has no threshold of its own");
        assertTrue(!m.withThreshold(0).accepts(new EventClassifier.Proposal(null, 0.99)), "none is never accepted");
    }

    @Test
    void training_is_deterministic_and_the_file_round_trips() {
        EventClassifier a = train(clusters(3, 20));
        EventClassifier b = train(clusters(3, 20));
        assertArrayEquals(a.toJson(), b.toJson());
        EventClassifier back = EventClassifier.read(a.toJson(), "model.json");
        assertEquals(a.checksum(), back.checksum());
        assertTrue(a.checksum().matches("[0-9a-f]{12}"), a.checksum());
        assertEquals(a.labels(), back.labels());
        assertEquals("test-encoder", back.encoder());
        assertEquals(a.thresholds(), back.thresholds());
        assertEquals(0.7, back.threshold("19"));
        assertEquals(Double.POSITIVE_INFINITY, back.threshold("12"), "a root without a threshold is never proposed");
        float[] x = point(0, new Random(7));
        assertArrayEquals(a.probabilities(x), back.probabilities(x), 1e-12);
    }

    @Test
    void a_bad_model_file_is_refused_with_its_name_and_reason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventClassifier.read("{not json".getBytes(StandardCharsets.UTF_8), "m.json"));
        assertTrue(e.getMessage().startsWith("m.json: not a model file"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> EventClassifier.read("{\"format\":\"other\"}".getBytes(StandardCharsets.UTF_8), "m.json"));
        assertTrue(e.getMessage().contains(EventClassifier.FORMAT), e.getMessage());
        String twoLabelsOneRow = "{\"format\":\"" + EventClassifier.FORMAT + "\",\"labels\":[\"04\",\"none\"],\"weights\":[[0.1,0]]}";
        e = assertThrows(IllegalArgumentException.class,
                () -> EventClassifier.read(twoLabelsOneRow.getBytes(StandardCharsets.UTF_8), "m.json"));
        assertTrue(e.getMessage().contains("2 labels but 1 weight rows"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> train(List.of()));
        assertNull(new EventClassifier.Proposal(null, 0.2).root());
    }
}
