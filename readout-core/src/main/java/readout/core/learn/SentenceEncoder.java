package readout.core.learn;

/**
 * A sentence encoder: text in, a fixed-length vector out, so that sentences of like meaning lie close
 * (cosine). Implementations are thread-safe and shared read-only across coders.
 */
public interface SentenceEncoder {
    /** The encoder's name and version, recorded in every model trained over it. */
    String name();

    /** Length of every vector {@link #encode} returns. */
    int dimension();

    /** The sentence's vector, of unit length. */
    float[] encode(String sentence);

    /** Cosine similarity of two unit vectors. */
    static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
