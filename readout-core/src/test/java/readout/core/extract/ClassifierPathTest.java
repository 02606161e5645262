package readout.core.extract;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import readout.core.Coder;
import readout.core.learn.EventClassifier;
import readout.core.learn.SentenceEncoder;
import readout.core.model.Article;
import readout.core.model.Event;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the coder uses the event-type classifier: asked only for a sentence that names two sides and that no
 * pattern codes; its proposal read at the main predicate (or, failing that, from the sides in order) and
 * kept only at or above the threshold, marked with the model and its probability. The encoder here gives
 * every sentence the same vector, and the model is trained to call that vector root 19, so each row tests
 * the coder's use of a proposal, not the model.
 */
class ClassifierPathTest {
    private static final float[] FIGHT = {1, 0};
    private static final EventClassifier MODEL = EventClassifier.train(List.of(
                    new EventClassifier.Example(FIGHT, "19", 1), new EventClassifier.Example(new float[]{0, 1}, "none", 1)),
            EventClassifier.Settings.standard(), "constant", java.util.Map.of(), JsonNodeFactory.instance.objectNode());

    private static final class Constant implements SentenceEncoder {
        final AtomicInteger calls = new AtomicInteger();

        public String name() {
            return "constant";
        }

        public int dimension() {
            return 2;
        }

        public float[] encode(String sentence) {
            calls.incrementAndGet();
            return FIGHT;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # no pattern for the verb: the classifier's root, read at the predicate
        Russia/NNP blorfed/VBD/blorf Ukraine/NNP | nsubj:1:0 obj:1:2 | 0.5 | RUS 190 UKR model | 1
        # under a verb of saying, the clause said
        Kyiv/NNP said/VBD/say Russia/NNP blorfed/VBD/blorf Georgia/NNP | nsubj:1:0 ccomp:1:3 nsubj:3:2 obj:3:4 | 0.5 | RUS 190 GEO model reported | 1
        # a misparse hides the sides: the first side named, then the next other side, leaving out the speaker
        Iraqi/JJ troops/NNS/troop blorfed/VBN/blorf into/IN Kuwait/NNP ,/, Egypt/NNP said/VBD/say | amod:1:0 root:-1:2 obl:into:2:4 case:4:3 ccomp:7:2 nsubj:7:6 | 0.5 | IRQMIL 190 KWT model reported | 1
        # ... but a side first named after an active verb is its object, not the source
        A/DT bomb/NN blorfed/VBD/blorf Malian/JJ soldiers/NNS/soldier escorting/VBG/escort Nigerien/JJ officials/NNS/official | det:1:0 nsubj:2:1 amod:4:3 obj:2:4 acl:4:5 amod:7:6 obj:5:7 | 0.5 | - | 1
        # below the threshold nothing is kept, though the model was asked
        Russia/NNP blorfed/VBD/blorf Ukraine/NNP | nsubj:1:0 obj:1:2 | 1.01 | - | 1
        # a pattern codes the sentence: the model is not asked
        Russia/NNP shelled/VBD/shell Ukraine/NNP | nsubj:1:0 obj:1:2 | 0.5 | RUS 194 UKR pattern | 0
        # one side named: the model is not asked
        Russia/NNP blorfed/VBD/blorf the/DT town/NN | nsubj:1:0 obj:1:3 det:3:2 | 0.5 | - | 0
        # negated: the proposal takes the clause's modality, and a negated event is not a happened one
        Russia/NNP did/VBD/do not/RB blorf/VB Ukraine/NNP | aux:3:1 advmod:3:2 nsubj:3:0 obj:3:4 | 0.5 | RUS 190 UKR model negated | 1
        """)
    void a_proposal_is_coded_where_no_pattern_is(String tokens, String deps, double threshold, String expected,
                                                   int encoded) {
        HandParse parse = new HandParse(tokens, deps);
        Constant encoder = new Constant();
        Coder coder = Coder.builder().parser(() -> parse::parse).classifier(MODEL.withThreshold(threshold))
                .encoder(() -> encoder).build();
        List<Event> events = coder.code(new Article("t", LocalDate.of(2025, 6, 11), null, null, null, parse.text())).events();
        String got = events.stream().map(ClassifierPathTest::brief).collect(Collectors.joining("; "));
        assertEquals(expected.trim().equals("-") ? "" : expected.trim(), got, "events of: " + tokens);
        assertEquals(encoded, encoder.calls.get(), "sentences shown to the model");
        for (Event e : events) {
            if (e.probability() == null) continue;
            assertTrue(e.probability() >= threshold && e.probability() <= 1, "probability " + e.probability());
            assertEquals("model:event-classifier.json@" + MODEL.checksum(), e.pattern());
        }
    }

    private static String brief(Event e) {
        String s = e.source().code() + " " + e.cameo() + " " + (e.target() == null ? "-" : e.target().code()) + " "
                + (e.probability() == null ? "pattern" : "model");
        return e.modality() == readout.core.model.Modality.ASSERTED ? s : s + " " + e.modality().json();
    }
}
