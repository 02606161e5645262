package readout.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import readout.core.Coder;
import readout.core.Resources;
import readout.core.kb.KnowledgeBase;
import readout.core.model.Actor;
import readout.core.model.Article;
import readout.core.model.CodedArticle;
import readout.core.model.Event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Scores a coder against a gold file. Events are compared as sets of (source polity, target polity, CAMEO
 * root or PLOVER type), per sentence; an actor code such as KORGOV counts as its country KOR, an organisation
 * as its code. Only events the text presents as happened or intended are scored.
 */
public final class Evaluation {

    /** Counts for one CAMEO root or for all (also used by the topic and rewrite evaluations). */
    public static final class Score {
        public int tp;
        public int fp;
        public int fn;

        public Score() {
        }

        public Score(int tp, int fp, int fn) {
            this.tp = tp;
            this.fp = fp;
            this.fn = fn;
        }

        public int tp() {
            return tp;
        }

        public int fp() {
            return fp;
        }

        public int fn() {
            return fn;
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            return f1(precision(), recall());
        }

        /** The harmonic mean of a precision and a recall (0 when both are). */
        public static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return "Score[tp=" + tp + ", fp=" + fp + ", fn=" + fn + "]";
        }
    }

    /** One record's outcome, for the error listing. */
    public record Outcome(GoldRecord gold, List<GoldRecord.Key> predicted, List<GoldRecord.Key> missed,
                          List<GoldRecord.Key> spurious, String error) {
    }

    /** The whole result. */
    public record Report(String sha256, int records, long bytes, Score overall, Map<String, Score> byRoot,
                         Map<String, Score> byMethod, int noEventRecords, int noEventFalsePositives, List<Outcome> outcomes) {
        public double noEventFalsePositiveRate() {
            return noEventRecords == 0 ? 0 : (double) noEventFalsePositives / noEventRecords;
        }
    }

    private Evaluation() {
    }

    /** What an event is compared on: its CAMEO root, or its PLOVER type (for PLOVER-coded gold such as the GSR). */
    public enum Scheme {
        CAMEO, PLOVER;

        String code(Event e) {
            return this == CAMEO ? e.cameoRoot() : e.plover() == null ? "(no PLOVER type: " + e.cameo() + ")" : e.plover();
        }

        String code(String goldCode) {
            return this == CAMEO ? goldCode.substring(0, 2) : goldCode.toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** Old actor-code prefixes found in gold sets (CAMEO's pre-ISO country codes) and what they mean now. */
    private static final Map<String, String> OLD_CODES = Map.of("JAP", "JPN", "ROM", "ROU", "GER", "DEU", "SER", "SRB",
            "ZAR", "COD", "BUR", "MMR", "YUG", "SRB", "ITL", "ITA", "VTN", "VNM");
    /**
     * Under the PLOVER scheme a transnational organisation is one class, "IGO": the GSR codes Amnesty
     * International and the Red Cross as IGO and a forum as NGO.
     */
    private static final java.util.Set<String> TRANSNATIONAL = java.util.Set.of("IGO", "NGO");

    public static List<GoldRecord> read(Path gold) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldRecord> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) continue;
            JsonNode r;
            try {
                r = json.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException(gold + ":" + n + ": not JSON: " + e.getMessage());
            }
            if (!r.hasNonNull("text") || !r.has("expected")) {
                throw new IllegalArgumentException(gold + ":" + n + ": a gold record needs \"text\" and \"expected\"");
            }
            List<GoldRecord.Key> keys = new ArrayList<>();
            for (JsonNode e : r.get("expected")) {
                if (!e.hasNonNull("source") || !e.hasNonNull("code")) {
                    throw new IllegalArgumentException(gold + ":" + n + ": an expected event needs \"source\" and \"code\"");
                }
                keys.add(new GoldRecord.Key(e.get("source").asText(), e.path("target").asText(""), e.get("code").asText()));
            }
            out.add(new GoldRecord(r.path("id").asText("line " + n),
                    r.hasNonNull("date") ? LocalDate.parse(r.get("date").asText()) : null,
                    r.path("category").asText(""), r.get("text").asText(), keys));
        }
        return out;
    }

    public static Report run(Path goldFile, Coder coder) throws IOException {
        return run(goldFile, coder, Scheme.CAMEO);
    }

    /** Codes a gold file and scores it (see {@link #score}). */
    public static Report run(Path goldFile, Coder coder, Scheme scheme) throws IOException {
        byte[] bytes = Files.readAllBytes(goldFile);
        List<GoldRecord> gold = read(goldFile);
        return score(gold, code(gold, coder), coder.knowledgeBase(), scheme, e -> true, sha256(bytes), bytes.length);
    }

    /** Each gold record coded as an article of its date. */
    public static List<CodedArticle> code(List<GoldRecord> gold, Coder coder) {
        List<CodedArticle> out = new ArrayList<>(gold.size());
        for (GoldRecord g : gold) out.add(coder.code(new Article(g.id(), g.date(), null, null, null, g.text())));
        return out;
    }

    /**
     * Scores coded gold records (in the same order) on the events {@code keep} accepts. Sides are compared as
     * polities (a country, an organisation code, or {@code IGO} under the PLOVER scheme, whose gold names
     * organisations so); an empty gold side matches any. Events within one country (police against
     * protesters), and events with no target, are scored only when the gold file codes such events itself: a
     * file that never does follows the convention of dyadic events between states. Each produced key counts
     * for the method that coded it ({@code pattern}, else {@code classifier}).
     */
    public static Report score(List<GoldRecord> gold, List<CodedArticle> coded, KnowledgeBase kb, Scheme scheme,
                               Predicate<Event> keep, String sha256, long bytes) {
        Map<GoldRecord, List<GoldRecord.Key>> expected = new java.util.HashMap<>();
        for (GoldRecord g : gold) {
            expected.put(g, g.expected().stream().map(k -> new GoldRecord.Key(polity(k.source(), kb, scheme),
                    polity(k.target(), kb, scheme), scheme.code(k.root()))).toList());
        }
        boolean domestic = expected.values().stream().flatMap(List::stream)
                .anyMatch(k -> !k.target().isEmpty() && k.source().equals(k.target()));
        boolean monadic = expected.values().stream().flatMap(List::stream).anyMatch(k -> k.target().isEmpty());
        Score overall = new Score();
        Map<String, Score> byRoot = new TreeMap<>();
        Map<String, Score> byMethod = new TreeMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        int noEvent = 0;
        int noEventFp = 0;
        for (int i = 0; i < gold.size(); i++) {
            GoldRecord g = gold.get(i);
            CodedArticle article = coded.get(i);
            Map<GoldRecord.Key, String> method = new java.util.LinkedHashMap<>();
            for (Event e : article.events()) {
                if (!Coder.scored(e) || !keep.test(e) || (e.target() == null && !monadic)) continue;
                GoldRecord.Key k = new GoldRecord.Key(polity(e.source(), scheme), polity(e.target(), scheme), scheme.code(e));
                if (domestic || !k.source().equals(k.target())) {
                    method.merge(k, e.codedBy(), (a, b) -> a.equals("pattern") ? a : b);
                }
            }
            List<GoldRecord.Key> predicted = new ArrayList<>(method.keySet());
            List<GoldRecord.Key> missed = new ArrayList<>(expected.get(g));
            List<GoldRecord.Key> hits = new ArrayList<>();
            List<GoldRecord.Key> spurious = new ArrayList<>();
            // exact matches first, so that a gold event with an open side does not take another's match
            List<GoldRecord.Key> open = new ArrayList<>();
            for (GoldRecord.Key p : predicted) {
                if (missed.remove(p)) hits.add(p);
                else open.add(p);
            }
            for (GoldRecord.Key p : open) {
                GoldRecord.Key m = missed.stream().filter(x -> matches(x, p)).findFirst().orElse(null);
                if (m != null) {
                    missed.remove(m);
                    hits.add(p);
                } else {
                    spurious.add(p);
                }
            }
            overall.tp += hits.size();
            overall.fp += spurious.size();
            overall.fn += missed.size();
            for (GoldRecord.Key h : hits) byRoot.computeIfAbsent(h.root(), r -> new Score()).tp++;
            for (GoldRecord.Key s : spurious) byRoot.computeIfAbsent(s.root(), r -> new Score()).fp++;
            for (GoldRecord.Key m : missed) byRoot.computeIfAbsent(m.root(), r -> new Score()).fn++;
            for (GoldRecord.Key h : hits) byMethod.computeIfAbsent(method.get(h), r -> new Score()).tp++;
            for (GoldRecord.Key s : spurious) byMethod.computeIfAbsent(method.get(s), r -> new Score()).fp++;
            if (g.expected().isEmpty()) {
                noEvent++;
                if (!predicted.isEmpty()) noEventFp++;
            }
            outcomes.add(new Outcome(g, predicted, missed, spurious, article.error()));
        }
        // a method's recall is the share of all gold events it found
        for (Score s : byMethod.values()) s.fn = overall.tp + overall.fn - s.tp;
        return new Report(sha256, gold.size(), bytes, overall, byRoot, byMethod, noEvent, noEventFp, outcomes);
    }

    /** A gold key with an open (empty) side matches a produced key that agrees on the rest. */
    private static boolean matches(GoldRecord.Key gold, GoldRecord.Key produced) {
        return gold.root().equals(produced.root())
                && (gold.source().isEmpty() || gold.source().equals(produced.source()))
                && (gold.target().isEmpty() || gold.target().equals(produced.target()));
    }

    private static String polity(Actor a, Scheme scheme) {
        if (a == null) return "";
        if (scheme == Scheme.PLOVER && a.country() == null && TRANSNATIONAL.contains(a.role())) return "IGO";
        return a.polity();
    }

    /**
     * A gold actor code as a polity: KORGOV → KOR when KOR is a country (old CAMEO prefixes such as ROM read
     * as today's), IGO… as IGO under the PLOVER scheme; organisation codes as they are.
     */
    static String polity(String code, KnowledgeBase kb, Scheme scheme) {
        if (code.length() < 3) return code;
        String prefix = OLD_CODES.getOrDefault(code.substring(0, 3), code.substring(0, 3));
        if (scheme == Scheme.PLOVER && TRANSNATIONAL.contains(prefix)) return "IGO";
        if (kb.country(prefix).isPresent()) return prefix;
        return code;
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Resources.sha256().digest(bytes));
    }
}
