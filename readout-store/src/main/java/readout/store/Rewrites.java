package readout.store;

import readout.core.Resources;
import readout.core.learn.MiniLm;
import readout.core.learn.SentenceEncoder;
import readout.core.nlp.Sentence;
import readout.core.nlp.SentenceSplitter;
import readout.core.nlp.TextCleaner;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Rewritten (not copied) syndicated stories: two articles are one report in other words when their leads (first
 * sentences) lie close in meaning (encoder cosine), every lead sentence of each has a counterpart in the other's
 * lead (so a follow-up or an analysis whose lead restates the event, then moves on, is not one), they were
 * published within a few days, and, where both name two sides, they share a dyad. The rule's numbers are data ({@code store/rewrites.tsv}, with provenance). The
 * encoder is asked for nothing until the first lead is encoded. Thread-safe.
 */
public final class Rewrites {
    private static final List<String> NAMES = List.of("lead_sentences", "cosine", "alignment", "days");

    /** The settings file. */
    public static final String SETTINGS = "store/rewrites.tsv";

    private final Supplier<SentenceEncoder> encoder;
    private final int leadSentences;
    private final double cosine;
    private final double alignment;
    private final int days;

    public Rewrites(Supplier<SentenceEncoder> encoder, int leadSentences, double cosine, double alignment, int days) {
        if (encoder == null) throw new IllegalArgumentException("encoder must not be null");
        if (leadSentences < 1) throw new IllegalArgumentException("leadSentences must be at least 1, not " + leadSentences);
        if (!(cosine > 0 && cosine <= 1)) throw new IllegalArgumentException("cosine must be in (0, 1], not " + cosine);
        if (!(alignment >= 0 && alignment <= 1)) throw new IllegalArgumentException("alignment must be in [0, 1], not " + alignment);
        if (days < 0) throw new IllegalArgumentException("days must not be negative, not " + days);
        this.encoder = encoder;
        this.leadSentences = leadSentences;
        this.cosine = cosine;
        this.alignment = alignment;
        this.days = days;
    }

    /** The standard rule over MiniLM (loaded on first use). */
    public static Rewrites standard() {
        return load(Resources.lines(SETTINGS), SETTINGS, MiniLm::get);
    }

    /**
     * Reads {@code name<TAB>value} lines: lead_sentences, cosine, alignment, days; '#' comments.
     *
     * @throws IllegalArgumentException naming the line for an unknown name, a bad number or a missing setting
     */
    public static Rewrites load(List<String> lines, String origin, Supplier<SentenceEncoder> encoder) {
        Map<String, String> s = new LinkedHashMap<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 2 || !NAMES.contains(f[0])) {
                throw new IllegalArgumentException(origin + ":" + n + ": expected 'lead_sentences|cosine|alignment|days<TAB>value', got '"
                        + line + "'");
            }
            s.put(f[0], f[1].trim());
        }
        for (String k : NAMES) {
            if (!s.containsKey(k)) throw new IllegalArgumentException(origin + ": no '" + k + "<TAB>value' line");
        }
        try {
            return new Rewrites(encoder, Integer.parseInt(s.get("lead_sentences")), Double.parseDouble(s.get("cosine")),
                    Double.parseDouble(s.get("alignment")), Integer.parseInt(s.get("days")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(origin + ": not a number: " + e.getMessage(), e);
        }
    }

    /** The same rule at another lead cosine and alignment (for choosing them on a dev set). */
    public Rewrites with(double cosine, double alignment) {
        return new Rewrites(encoder, leadSentences, cosine, alignment, days);
    }

    public double cosine() {
        return cosine;
    }

    public double alignment() {
        return alignment;
    }

    public int days() {
        return days;
    }

    public SentenceEncoder encoder() {
        return encoder.get();
    }

    /** The first sentences of a text, at most {@code lead_sentences} of them. */
    public List<String> leadSentences(String text) {
        List<Sentence> sentences = new SentenceSplitter().split(new TextCleaner().clean(text));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(leadSentences, sentences.size()); i++) out.add(sentences.get(i).text().strip());
        return out;
    }

    /** The lead as one text. */
    public String lead(String text) {
        return String.join(" ", leadSentences(text));
    }

    /** A text's lead encoded: the whole lead's unit vector, then each lead sentence's. */
    public Lead encode(String text) {
        SentenceEncoder e = encoder.get();
        List<String> sentences = leadSentences(text);
        float[][] each = new float[sentences.size()][];
        for (int i = 0; i < each.length; i++) each[i] = e.encode(sentences.get(i));
        return new Lead(e.encode(String.join(" ", sentences)), each);
    }

    /** An encoded lead: the whole lead's vector and each of its sentences'. */
    public record Lead(float[] whole, float[][] sentences) {
        /** The sentence vectors end to end, as stored. */
        public float[] flatSentences() {
            int d = whole.length;
            float[] out = new float[sentences.length * d];
            for (int i = 0; i < sentences.length; i++) System.arraycopy(sentences[i], 0, out, i * d, d);
            return out;
        }

        /** A lead read back from its stored vectors; null when their lengths do not fit each other. */
        public static Lead of(float[] whole, float[] flat) {
            int d = whole.length;
            if (d == 0 || flat.length % d != 0) return null;
            float[][] each = new float[flat.length / d][];
            for (int i = 0; i < each.length; i++) each[i] = java.util.Arrays.copyOfRange(flat, i * d, (i + 1) * d);
            return new Lead(whole, each);
        }

        /** Cosine of the two whole leads. */
        public double cosine(Lead other) {
            return SentenceEncoder.cosine(whole, other.whole);
        }

        /**
         * How well each lead retells the other: for every sentence of either lead, its best cosine to a sentence of
         * the other; the lowest of these. A rewrite retells every sentence; a story that restates the event in one
         * sentence and moves on leaves a sentence with no counterpart.
         */
        public double alignment(Lead other) {
            return Math.min(covered(this, other), covered(other, this));
        }

        private static double covered(Lead a, Lead b) {
            double worst = 1;
            for (float[] u : a.sentences) {
                double best = -1;
                for (float[] v : b.sentences) best = Math.max(best, SentenceEncoder.cosine(u, v));
                worst = Math.min(worst, best);
            }
            return a.sentences.length == 0 || b.sentences.length == 0 ? 0 : worst;
        }
    }

    /**
     * True when a story is a rewrite of another: whole leads at least {@code cosine} alike, every lead sentence
     * retold at least {@code alignment} closely, published at most {@code days} apart (both dates known), and
     * sharing a dyad when both name one.
     */
    public boolean same(double leadCosine, double leadAlignment, LocalDate a, LocalDate b, Set<String> dyadsA,
                        Set<String> dyadsB) {
        if (a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) > days) return false;
        if (!dyadsA.isEmpty() && !dyadsB.isEmpty() && Collections.disjoint(dyadsA, dyadsB)) return false;
        return leadCosine >= cosine && leadAlignment >= alignment;
    }
}
