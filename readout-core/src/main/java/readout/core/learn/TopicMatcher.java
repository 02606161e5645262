package readout.core.learn;

import readout.core.Resources;
import readout.core.extract.TopicTagger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Topics by regex OR by meaning: a sentence is on a topic when the topic's phrases in {@code lexicon/topics.tsv}
 * match it ({@link TopicTagger}, the precise default), or when its encoder cosine to one of the topic's prototype
 * sentences ({@code lexicon/topic-prototypes.tsv}) reaches the threshold and stands out by a margin above the
 * sentence's mean cosine over all topics (a sentence near every topic, such as generic diplomatic language, is on
 * none). So "the Korean Peninsula issue" can count as denuclearization where no phrase names it. The encoder is asked for nothing until the first
 * semantic tag; prototypes are encoded once. Thread-safe.
 */
public final class TopicMatcher {
    /** The prototypes file beside the topic lexicon. */
    public static final String PROTOTYPES = "lexicon/topic-prototypes.tsv";

    private final TopicTagger regex;
    private final Map<String, List<String>> prototypes;
    private final double threshold;
    private final double margin;
    private final Supplier<SentenceEncoder> encoder;
    private volatile Map<String, float[][]> vectors;

    private TopicMatcher(TopicTagger regex, Map<String, List<String>> prototypes, double threshold, double margin,
                         Supplier<SentenceEncoder> encoder) {
        this.regex = regex;
        this.prototypes = prototypes;
        this.threshold = threshold;
        this.margin = margin;
        this.encoder = encoder;
    }

    /** The standard lexicon and prototypes over MiniLM (loaded on the first semantic tag). */
    public static TopicMatcher standard() {
        return load(TopicTagger.standard(), Resources.lines(PROTOTYPES), PROTOTYPES, MiniLm::get);
    }

    /**
     * Reads prototype lines ({@code topic<TAB>sentence}; one {@code @threshold<TAB>value} and one
     * {@code @margin<TAB>value} line; '#' comments).
     *
     * @throws IllegalArgumentException naming the line when a topic is not in the lexicon, a line has no sentence,
     *                                  or the threshold or margin is missing or outside [0, 1]
     */
    public static TopicMatcher load(TopicTagger regex, List<String> lines, String origin, Supplier<SentenceEncoder> encoder) {
        Map<String, List<String>> prototypes = new LinkedHashMap<>();
        Map<String, Double> settings = new LinkedHashMap<>();
        Set<String> known = new LinkedHashSet<>(regex.topics());
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            String where = origin + ":" + n + ": ";
            if (f.length != 2 || f[1].isBlank()) {
                throw new IllegalArgumentException(where + "expected 'topic<TAB>prototype sentence', got '" + line + "'");
            }
            if (f[0].equals("@threshold") || f[0].equals("@margin")) {
                double v;
                try {
                    v = Double.parseDouble(f[1].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + f[0] + " is not a number: '" + f[1] + "'");
                }
                if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(where + f[0] + " must be in [0, 1], not " + v);
                settings.put(f[0], v);
                continue;
            }
            if (f[0].startsWith("@")) throw new IllegalArgumentException(where + "unknown setting '" + f[0] + "' (@threshold, @margin)");
            if (!known.contains(f[0])) {
                throw new IllegalArgumentException(where + "topic '" + f[0] + "' is not in the topic lexicon " + known);
            }
            prototypes.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1].trim());
        }
        for (String k : List.of("@threshold", "@margin")) {
            if (!settings.containsKey(k)) throw new IllegalArgumentException(origin + ": no '" + k + "<TAB>value' line");
        }
        return new TopicMatcher(regex, prototypes, settings.get("@threshold"), settings.get("@margin"), encoder);
    }

    /** The same prototypes at another threshold and margin (for choosing them on a dev set). */
    public TopicMatcher with(double threshold, double margin) {
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in [0, 1], not " + threshold);
        if (!(margin >= 0 && margin <= 1)) throw new IllegalArgumentException("margin must be in [0, 1], not " + margin);
        TopicMatcher m = new TopicMatcher(regex, prototypes, threshold, margin, encoder);
        m.vectors = vectors;
        return m;
    }

    /** The lowest cosine to a topic's prototypes that puts a sentence on it. */
    public double threshold() {
        return threshold;
    }

    /** How far above the sentence's mean cosine over all topics a topic's cosine must stand. */
    public double margin() {
        return margin;
    }

    /** The semantic rule alone: topics whose cosine passes both the threshold and the margin. */
    public static List<String> semantic(Map<String, Double> similarity, double threshold, double margin) {
        double mean = similarity.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        List<String> out = new ArrayList<>();
        similarity.forEach((topic, c) -> {
            if (c >= threshold && c - mean >= margin) out.add(topic);
        });
        return out;
    }

    /** Topics that have prototypes, so can be matched by meaning. */
    public Set<String> semanticTopics() {
        return prototypes.keySet();
    }

    /** The encoder's name, for provenance. */
    public String encoderName() {
        return encoder.get().name();
    }

    /** Topics the text is on, by regex or by meaning, in lexicon order. */
    public List<String> tag(String text) {
        Set<String> on = new LinkedHashSet<>(regex.tag(text));
        on.addAll(semantic(similarity(text), threshold, margin));
        List<String> out = new ArrayList<>();
        for (String t : regex.topics()) if (on.contains(t)) out.add(t);
        return out;
    }

    /** Topics the regex alone finds. */
    public List<String> tagByRegex(String text) {
        return regex.tag(text);
    }

    /** For each topic with prototypes, the text's highest cosine to one of them. */
    public Map<String, Double> similarity(String text) {
        if (text == null || text.isBlank()) return Map.of();
        float[] v = encoder.get().encode(text);
        Map<String, Double> out = new LinkedHashMap<>();
        prototypeVectors().forEach((topic, ps) -> {
            double best = -1;
            for (float[] p : ps) best = Math.max(best, SentenceEncoder.cosine(v, p));
            out.put(topic, best);
        });
        return out;
    }

    private Map<String, float[][]> prototypeVectors() {
        Map<String, float[][]> v = vectors;
        if (v != null) return v;
        synchronized (this) {
            if (vectors == null) {
                SentenceEncoder e = encoder.get();
                Map<String, float[][]> m = new LinkedHashMap<>();
                prototypes.forEach((topic, ss) -> m.put(topic, ss.stream().map(e::encode).toArray(float[][]::new)));
                vectors = m;
            }
            return vectors;
        }
    }
}
