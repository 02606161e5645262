package readout.core.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import readout.core.Resources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The event-type classifier: a multinomial logistic regression over a sentence encoder's vectors, whose
 * labels are CAMEO roots and {@code none}. It proposes the root of a sentence that names two sides but that
 * no pattern codes; the coder keeps a proposal whose probability reaches its root's threshold.
 *
 * <p>The model is a small JSON file ({@code readout train} writes it; format {@value #FORMAT}): labels, weights,
 * a threshold per root chosen by cross-validation (a root with none is never proposed), the encoder's name, and what it was trained on (files and
 * their checksums, seed, settings). Immutable and thread-safe.
 */
public final class EventClassifier {
    public static final String FORMAT = "readout-event-classifier/1";
    /** The model shipped in the jar, written by {@code readout train}. */
    public static final String BUILT_IN = "readout/model/event-classifier.json";
    public static final String NONE = "none";

    private final List<String> labels;
    private final float[][] weights; // [label][dimension + 1], the last column the bias
    private final Map<String, Double> thresholds;
    private final String encoder;
    private final ObjectNode about;
    private final String checksum;
    private final String name;

    private EventClassifier(List<String> labels, float[][] weights, Map<String, Double> thresholds, String encoder,
                            ObjectNode about,
                            String checksum, String name) {
        this.labels = List.copyOf(labels);
        this.weights = weights;
        this.thresholds = Map.copyOf(thresholds);
        this.encoder = encoder;
        this.about = about;
        this.checksum = checksum;
        this.name = name;
    }

    /** A proposed root with its probability; {@code root} is null when the model's best guess is no event. */
    public record Proposal(String root, double probability) {
        /** The CAMEO code a proposal codes: the root's general code ("19" → "190"). */
        public String code() {
            return root + "0";
        }
    }

    /** One training sentence's vector, its label and its weight (a sentence of n roots gives n examples of 1/n). */
    public record Example(float[] x, String label, double weight) {
    }

    /** How a model is fitted: L2 penalty, gradient steps, seed (recorded in the model). */
    public record Settings(double l2, int iterations, long seed) {
        public static Settings standard() {
            return new Settings(1e-4, 600, 20261201L);
        }
    }

    public List<String> labels() {
        return labels;
    }

    /** The probability a proposal of this root needs; infinite for a root the model never proposes. */
    public double threshold(String root) {
        return thresholds.getOrDefault(root, Double.POSITIVE_INFINITY);
    }

    /** Thresholds by root, for the roots the model proposes. */
    public Map<String, Double> thresholds() {
        return new TreeMap<>(thresholds);
    }

    public String encoder() {
        return encoder;
    }

    /** First 12 hex digits of the model file's SHA-256 (of the bytes written or read). */
    public String checksum() {
        return checksum;
    }

    /** Where the model came from: its file name, for an event's {@code pattern} field. */
    public String name() {
        return name;
    }

    /** What the model file says of its training (files, checksums, settings, cross-validated figures). */
    public ObjectNode about() {
        return about.deepCopy();
    }

    /** The same model with one threshold for every root. */
    public EventClassifier withThreshold(double t) {
        Map<String, Double> all = new TreeMap<>();
        for (String l : labels) if (!l.equals(NONE)) all.put(l, t);
        return withThresholds(all);
    }

    public EventClassifier withThresholds(Map<String, Double> byRoot) {
        return new EventClassifier(labels, weights, byRoot, encoder, about, checksum, name);
    }

    /**
     * What the encoder is given for a sentence, in training and in coding alike: the sentence without its
     * dateline ("SEOUL, June 10 (Yonhap) --"), which names a place, not an event, and costs encoder time.
     */
    public static String input(String sentence) {
        return sentence.substring(readout.core.time.DateResolver.datelineLength(sentence)).strip();
    }

    /** Probabilities of every label for one vector, in {@link #labels()} order. */
    public double[] probabilities(float[] x) {
        double[] z = new double[labels.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < z.length; k++) {
            float[] w = weights[k];
            double s = w[x.length];
            for (int i = 0; i < x.length; i++) s += w[i] * x[i];
            z[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k] - max);
        for (int k = 0; k < z.length; k++) z[k] /= sum;
        return z;
    }

    /** The most probable root other than none, with its probability, when it is also the most probable label. */
    public Proposal propose(float[] x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
        String label = labels.get(best);
        return label.equals(NONE) ? new Proposal(null, p[best]) : new Proposal(label, p[best]);
    }

    /** True when a proposal is an event the coder should keep. */
    public boolean accepts(Proposal p) {
        return p.root() != null && p.probability() >= threshold(p.root());
    }

    // ---- training

    /**
     * Fits a model by full-batch gradient descent with momentum on the weighted cross-entropy plus an L2
     * penalty. Deterministic: the same examples in the same order give the same weights. The model returned
     * is the one its file holds (weights to five significant digits), so a model written and read back codes
     * exactly as the one trained.
     */
    public static EventClassifier train(List<Example> examples, Settings settings, String encoder,
                                        Map<String, Double> thresholds, ObjectNode about) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no training examples");
        List<String> labels = new ArrayList<>(examples.stream().map(Example::label).distinct().sorted().toList());
        int d = examples.get(0).x().length;
        int k = labels.size();
        int[] y = new int[examples.size()];
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.indexOf(examples.get(i).label());
            total += examples.get(i).weight();
        }
        float[][] w = new float[k][d + 1];
        double[][] velocity = new double[k][d + 1];
        double rate = 4.0;
        double momentum = 0.9;
        EventClassifier model = new EventClassifier(labels, w, thresholds, encoder, about, "", "");
        for (int it = 0; it < settings.iterations(); it++) {
            double[][] grad = new double[k][d + 1];
            for (int i = 0; i < y.length; i++) {
                Example e = examples.get(i);
                double[] p = model.probabilities(e.x());
                for (int c = 0; c < k; c++) {
                    double g = (p[c] - (c == y[i] ? 1 : 0)) * e.weight() / total;
                    if (g == 0) continue;
                    double[] gc = grad[c];
                    float[] x = e.x();
                    for (int j = 0; j < d; j++) gc[j] += g * x[j];
                    gc[d] += g;
                }
            }
            for (int c = 0; c < k; c++) {
                for (int j = 0; j <= d; j++) {
                    double g = grad[c][j] + (j < d ? settings.l2() * w[c][j] : 0);
                    velocity[c][j] = momentum * velocity[c][j] - rate * g;
                    w[c][j] += (float) velocity[c][j];
                }
            }
        }
        return read(model.toJson(), "event-classifier.json");
    }

    // ---- the file

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The model as its JSON file's bytes: settings and provenance first, then the weights, one label per line. */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("encoder", encoder);
        ObjectNode ts = root.putObject("thresholds");
        new TreeMap<>(thresholds).forEach((k, v) -> ts.put(k, Math.round(v * 1000) / 1000.0));
        root.set("about", about);
        ArrayNode ls = root.putArray("labels");
        labels.forEach(ls::add);
        StringBuilder sb = new StringBuilder();
        try {
            String head = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            sb.append(head, 0, head.lastIndexOf('}')).append(",\n  \"weights\" : [\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (int c = 0; c < weights.length; c++) {
            sb.append("    [");
            for (int j = 0; j < weights[c].length; j++) {
                if (j > 0) sb.append(',');
                sb.append(String.format(java.util.Locale.ROOT, "%.5g", weights[c][j]));
            }
            sb.append(c + 1 < weights.length ? "],\n" : "]\n");
        }
        sb.append("  ]\n}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public void write(Path file) throws IOException {
        Files.write(file, toJson());
    }

    /** Reads a model file; fails with the file's name and what is wrong. */
    public static EventClassifier read(byte[] bytes, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": not a model file (not JSON: " + e.getMessage() + ")");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(name + ": not a model file of format " + FORMAT);
        }
        List<String> labels = new ArrayList<>();
        root.path("labels").forEach(l -> labels.add(l.asText()));
        JsonNode ws = root.path("weights");
        if (labels.isEmpty() || ws.size() != labels.size()) {
            throw new IllegalArgumentException(name + ": " + labels.size() + " labels but " + ws.size() + " weight rows");
        }
        float[][] w = new float[labels.size()][];
        for (int c = 0; c < w.length; c++) {
            JsonNode row = ws.get(c);
            w[c] = new float[row.size()];
            for (int j = 0; j < row.size(); j++) w[c][j] = (float) row.get(j).asDouble();
            if (w[c].length != w[0].length) throw new IllegalArgumentException(name + ": weight rows of unequal length");
        }
        String sum = HexFormat.of().formatHex(Resources.sha256().digest(bytes)).substring(0, 12);
        ObjectNode about = root.path("about") instanceof ObjectNode o ? o : JSON.createObjectNode();
        String file = name.substring(name.lastIndexOf('/') + 1);
        Map<String, Double> ts = new TreeMap<>();
        root.path("thresholds").properties().forEach(e -> ts.put(e.getKey(), e.getValue().asDouble()));
        return new EventClassifier(labels, w, ts, root.path("encoder").asText(), about,
                sum, file);
    }

    public static EventClassifier read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.toString());
    }

    /** The model shipped in the jar, if the build has one. */
    public static Optional<EventClassifier> builtIn() {
        return BuiltIn.MODEL;
    }

    private static final class BuiltIn {
        static final Optional<EventClassifier> MODEL = Resources.exists(BUILT_IN)
                ? Optional.of(read(Resources.bytes(BUILT_IN), BUILT_IN)) : Optional.empty();
    }
}
