package readout.app;

import org.junit.jupiter.api.Test;
import readout.app.eval.TopicEvaluation;
import readout.core.learn.TopicMatcher;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The semantic topic match against the held-out half of {@code eval/topics.tsv}: it must add recall over the regex
 * without giving up much precision, and the prototypes file must hold the setting the dev half recommends.
 */
class EncoderUsesFloorTest {
    @Test
    void semantic_topics_add_recall_on_held_out_sentences_at_the_dev_setting() throws Exception {
        TopicMatcher m = TopicMatcher.standard();
        TopicEvaluation.Report r = TopicEvaluation.run(Path.of("../eval/topics.tsv"), m);
        assertEquals(r.recommended().threshold(), m.threshold(), 1e-9, "re-run readout eval-topics and update the prototypes file");
        assertEquals(r.recommended().margin(), m.margin(), 1e-9, "re-run readout eval-topics and update the prototypes file");
        var regex = r.regexTest();
        var both = r.semanticTest();
        assertTrue(both.recall() >= regex.recall() + 0.15, "recall " + regex.recall() + " -> " + both.recall());
        assertTrue(both.precision() >= 0.80, "precision " + both.precision());
        assertTrue(both.f1() > regex.f1(), "f1 " + regex.f1() + " -> " + both.f1());
    }
}
