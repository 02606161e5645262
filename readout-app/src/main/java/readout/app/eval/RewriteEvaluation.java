package readout.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import readout.core.Coder;
import readout.core.Resources;
import readout.core.model.Article;
import readout.core.model.CodedArticle;
import readout.core.model.Event;
import readout.store.EventStore;
import readout.store.Rewrites;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores near-duplicate detection on labelled article pairs ({@code eval/rewrites.jsonl}: the same report by two
 * outlets, or two different reports on one topic). Each pair is stored, first story then second, in a fresh real
 * DuckDB file twice: SimHash copies only, and with the semantic rewrite check; the second story counts as flagged
 * when the store links it to the first. The cosine is chosen on the dev half; the test half's figures are quoted.
 */
public final class RewriteEvaluation {
    /** Alignments tried on the dev half, in hundredths (the lead cosine stays the rule's). */
    static final int ALIGNMENT_FROM = 0, ALIGNMENT_TO = 90;

    /** One pair as measured: label, lead cosine, days apart, dyads, and what each store did with the second story. */
    public record Pair(String id, String split, boolean same, String kind, double cosine, double alignment, long days,
                       Set<String> dyadsA,
                       Set<String> dyadsB, boolean simhash, boolean semantic) {
    }

    /** Counts over pairs: a true positive is a flagged pair of the same report. */
    public record Score(int tp, int fp, int fn, int tn) {
        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            return Evaluation.Score.f1(precision(), recall());
        }
    }

    /** Dev figures of the whole rule at one alignment. */
    public record Step(double alignment, Score dev) {
    }

    /**
     * The result: per half, SimHash alone, SimHash + semantic (the store), and the lead cosine alone without the
     * alignment, date and dyad guards; the dev sweep of the alignment; the recommended alignment (middle of the range
     * with the best dev F1 at dev precision 1.0, so no two different dev stories are merged).
     */
    public record Report(String sha256, int pairs, long bytes, double cosine, double alignment, int days, Score simhashDev,
                         Score semanticDev, Score cosineOnlyDev, Score simhashTest, Score semanticTest,
                         Score cosineOnlyTest, List<Step> sweep, Double recommended, List<Pair> items) {
    }

    private RewriteEvaluation() {
    }

    public static Report run(Path file, Coder coder, Rewrites rule, Path workDir) throws IOException, SQLException {
        byte[] bytes = Files.readAllBytes(file);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Resources.lines(bytes);
        List<Pair> pairs = new ArrayList<>();
        Rewrites sweepRule = rule; // same encoder, lead length and days; cosine varied below
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank()) continue;
            JsonNode r;
            try {
                r = json.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ":" + n + ": not JSON: " + e.getMessage(), e);
            }
            for (String f : List.of("id", "split", "same", "a", "b")) {
                if (!r.has(f)) throw new IllegalArgumentException(file + ":" + n + ": missing field '" + f + "'");
            }
            String split = r.get("split").asText();
            if (!split.equals("dev") && !split.equals("test")) {
                throw new IllegalArgumentException(file + ":" + n + ": split must be dev or test, not '" + split + "'");
            }
            Article a = article(r.get("a"), "a", file, n);
            Article b = article(r.get("b"), "b", file, n);
            Set<String> dyadsA = dyads(coder.code(a));
            Set<String> dyadsB = dyads(coder.code(b));
            Rewrites.Lead la = sweepRule.encode(a.text());
            Rewrites.Lead lb = sweepRule.encode(b.text());
            double cos = la.cosine(lb);
            double align = la.alignment(lb);
            long days = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
            boolean simhash = flagged(workDir.resolve("p" + n + "-simhash.db"), a, b, coder, null);
            boolean semantic = flagged(workDir.resolve("p" + n + "-semantic.db"), a, b, coder, rule);
            pairs.add(new Pair(r.get("id").asText(), split, r.get("same").asBoolean(), r.path("kind").asText(""), cos, align, days,
                    dyadsA, dyadsB, simhash, semantic));
        }
        List<Pair> dev = pairs.stream().filter(p -> p.split().equals("dev")).toList();
        List<Pair> test = pairs.stream().filter(p -> p.split().equals("test")).toList();
        List<Step> sweep = new ArrayList<>();
        for (int al = ALIGNMENT_FROM; al <= ALIGNMENT_TO; al++) {
            Rewrites at = rule.with(rule.cosine(), al / 100.0);
            sweep.add(new Step(al / 100.0, score(dev, p -> p.simhash() || ruleSays(at, p))));
        }
        double bestF1 = sweep.stream().filter(s -> s.dev().fp() == 0).mapToDouble(s -> s.dev().f1()).max().orElse(-1);
        List<Step> best = sweep.stream().filter(s -> s.dev().fp() == 0 && s.dev().f1() == bestF1)
                .sorted(Comparator.comparingDouble(Step::alignment)).toList();
        Double recommended = best.isEmpty() ? null
                : Math.floor((best.get(0).alignment() + best.get(best.size() - 1).alignment()) / 2 * 100) / 100;
        return new Report(HexFormat.of().formatHex(Resources.sha256().digest(bytes)), pairs.size(), bytes.length,
                rule.cosine(), rule.alignment(), rule.days(),
                score(dev, Pair::simhash), score(dev, Pair::semantic), score(dev, p -> p.simhash() || p.cosine() >= rule.cosine()),
                score(test, Pair::simhash), score(test, Pair::semantic), score(test, p -> p.simhash() || p.cosine() >= rule.cosine()),
                sweep, recommended, pairs);
    }

    private static boolean ruleSays(Rewrites rule, Pair p) {
        return rule.same(p.cosine(), p.alignment(), LocalDate.EPOCH, LocalDate.EPOCH.plusDays(p.days()), p.dyadsA(), p.dyadsB());
    }

    private static Score score(List<Pair> pairs, java.util.function.Predicate<Pair> flagged) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Pair p : pairs) {
            boolean f = flagged.test(p);
            if (f && p.same()) tp++;
            else if (f) fp++;
            else if (p.same()) fn++;
            else tn++;
        }
        return new Score(tp, fp, fn, tn);
    }

    /** Stores a, commits, then stores b, in a fresh file; true when b is linked to a (or is a itself). */
    private static boolean flagged(Path db, Article a, Article b, Coder coder, Rewrites rule) throws SQLException, IOException {
        Files.deleteIfExists(db);
        try (EventStore s = EventStore.open(db, rule)) {
            s.add(a, coder.code(a), "a");
            s.commit(); // the first story is on file, as a syndicated rewrite arrives later
            EventStore.Added added = s.add(b, coder.code(b), "b");
            return added.outcome() != EventStore.Outcome.STORED;
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
        }
    }

    private static Set<String> dyads(CodedArticle coded) {
        Set<String> out = new TreeSet<>();
        for (Event e : coded.events()) {
            String d = readout.store.StoreRows.dyad(e);
            if (d != null) out.add(d);
        }
        return out;
    }

    private static Article article(JsonNode n, String which, Path file, int line) {
        if (n == null || !n.hasNonNull("text") || !n.hasNonNull("date")) {
            throw new IllegalArgumentException(file + ":" + line + ": story '" + which + "' needs a text and a date");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(n.get("date").asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(file + ":" + line + ": story '" + which + "' date is not YYYY-MM-DD: "
                    + n.get("date").asText());
        }
        return new Article(which, date, n.path("title").asText(null), null, n.path("outlet").asText(null),
                n.get("text").asText());
    }
}
