package readout.core.learn;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real encoder, loaded from its jar: unit vectors of its dimension, and meaning measured by closeness. */
class MiniLmTest {
    @Test
    void it_gives_unit_vectors_and_puts_a_paraphrase_nearer_than_another_event() {
        MiniLm m = MiniLm.get();
        float[] a = m.encode("Russian artillery shelled the town overnight, killing four civilians, officials said.");
        float[] b = m.encode("Four civilians died when Russian guns bombarded the town during the night, according to officials.");
        float[] c = m.encode("The two foreign ministers signed a trade agreement in Jakarta on Tuesday.");
        assertEquals(m.dimension(), a.length);
        assertEquals(1.0, SentenceEncoder.cosine(a, a), 1e-4);
        double near = SentenceEncoder.cosine(a, b);
        double far = SentenceEncoder.cosine(a, c);
        assertTrue(near > far + 0.2, "paraphrase " + near + " vs other event " + far);
        assertTrue(m.name().startsWith("all-MiniLM-L6-v2-q"), m.name());
    }
}
