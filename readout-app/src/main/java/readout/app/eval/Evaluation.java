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

/**
 * Scores a coder against a gold file. Events are compared as multisets of (source polity, target polity,
 * CAMEO root), per sentence; an actor code such as KORGOV counts as its country KOR, an organisation as
 * its code. Only events the text presents as happened or intended, with a target, are scored.
 */
public final class Evaluation {

    /** Counts for one CAMEO root or for all. */
    public static final class Score {
        public int tp;
        public int fp;
        public int fn;

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One record's outcome, for the error listing. */
    public record Outcome(GoldRecord gold, List<GoldRecord.Key> predicted, List<GoldRecord.Key> missed,
                          List<GoldRecord.Key> spurious, String error) {
    }

    /** The whole result. */
    public record Report(String sha256, int records, long bytes, Score overall, Map<String, Score> byRoot,
                         int noEventRecords, int noEventFalsePositives, List<Outcome> outcomes) {
        public double noEventFalsePositiveRate() {
            return noEventRecords == 0 ? 0 : (double) noEventFalsePositives / noEventRecords;
        }
    }

    private Evaluation() {
    }

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
                keys.add(new GoldRecord.Key(e.get("source").asText(), e.get("target").asText(),
                        e.get("code").asText().substring(0, 2)));
            }
            out.add(new GoldRecord(r.path("id").asText("line " + n),
                    r.hasNonNull("date") ? LocalDate.parse(r.get("date").asText()) : null,
                    r.path("category").asText(""), r.get("text").asText(), keys));
        }
        return out;
    }

    public static Report run(Path goldFile, Coder coder) throws IOException {
        byte[] bytes = Files.readAllBytes(goldFile);
        List<GoldRecord> gold = read(goldFile);
        KnowledgeBase kb = coder.knowledgeBase();
        Score overall = new Score();
        Map<String, Score> byRoot = new TreeMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        int noEvent = 0;
        int noEventFp = 0;
        for (GoldRecord g : gold) {
            CodedArticle coded = coder.code(new Article(g.id(), g.date(), null, null, null, g.text()));
            List<GoldRecord.Key> predicted = new ArrayList<>();
            for (Event e : coded.events()) {
                if (!Coder.scored(e)) continue;
                GoldRecord.Key k = new GoldRecord.Key(polity(e.source()), polity(e.target()), e.cameoRoot());
                if (!k.source().equals(k.target())) predicted.add(k);
            }
            List<GoldRecord.Key> expected = g.expected().stream()
                    .map(k -> new GoldRecord.Key(polity(k.source(), kb), polity(k.target(), kb), k.root())).toList();
            List<GoldRecord.Key> missed = new ArrayList<>(expected);
            List<GoldRecord.Key> spurious = new ArrayList<>();
            for (GoldRecord.Key p : predicted) {
                if (!missed.remove(p)) spurious.add(p);
            }
            int tp = predicted.size() - spurious.size();
            overall.tp += tp;
            overall.fp += spurious.size();
            overall.fn += missed.size();
            List<GoldRecord.Key> hits = new ArrayList<>(predicted);
            for (GoldRecord.Key s : spurious) hits.remove(s);
            for (GoldRecord.Key h : hits) byRoot.computeIfAbsent(h.root(), r -> new Score()).tp++;
            for (GoldRecord.Key s : spurious) byRoot.computeIfAbsent(s.root(), r -> new Score()).fp++;
            for (GoldRecord.Key m : missed) byRoot.computeIfAbsent(m.root(), r -> new Score()).fn++;
            if (expected.isEmpty()) {
                noEvent++;
                if (!predicted.isEmpty()) noEventFp++;
            }
            outcomes.add(new Outcome(g, predicted, missed, spurious, coded.error()));
        }
        return new Report(sha256(bytes), gold.size(), bytes.length, overall, byRoot, noEvent, noEventFp, outcomes);
    }

    private static String polity(Actor a) {
        return a.polity();
    }

    /** A gold actor code as a polity: KORGOV → KOR when KOR is a country; organisation codes as they are. */
    static String polity(String code, KnowledgeBase kb) {
        if (code.length() > 3 && kb.country(code.substring(0, 3)).isPresent()) return code.substring(0, 3);
        return code;
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Resources.sha256().digest(bytes));
    }
}
