package readout.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import readout.core.Coder;
import readout.core.kb.KnowledgeBase;
import readout.core.learn.EventClassifier;
import readout.core.learn.SentenceEncoder;
import readout.core.model.CodedArticle;
import readout.core.model.Event;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Trains the event-type classifier on gold files, as {@code readout train} does:
 * <ol>
 * <li>each record's text is encoded once; its label is each distinct CAMEO root it codes (weight 1/n each)
 * or {@code none}; a PLOVER-coded file's types are read as the CAMEO root named in {@link #PLOVER_ROOTS};</li>
 * <li>k-fold cross-validation (folds drawn with the seed): each fold is coded by the full coder with a model
 * trained on the other folds; each root gets the lowest threshold at which its proposals were right at least
 * as often as the patterns' events and fell on records with no event no more often (pooled over all files,
 * at least {@value #MIN_PROPOSALS} proposals), so that what the classifier adds keeps the coder's
 * precision; a root that never gets there is never proposed;</li>
 * <li>the final model is fitted on every record and written with the threshold, the files' checksums, the
 * settings and the cross-validated figures.</li>
 * </ol>
 */
public final class Training {
    /**
     * The CAMEO root a PLOVER type is trained as: the root whose codes PLOVER maps to the type. Where a type
     * spans roots (ASSAULT: 18–20; ACCUSE: 09 and 11; REQUEST: 02 and 10), the root news copy most often
     * means; where a root spans types (08: CONCEDE and RETREAT), that root.
     */
    public static final Map<String, String> PLOVER_ROOTS = Map.ofEntries(Map.entry("AGREE", "03"),
            Map.entry("CONSULT", "04"), Map.entry("SUPPORT", "05"), Map.entry("COOPERATE", "06"), Map.entry("AID", "07"),
            Map.entry("CONCEDE", "08"), Map.entry("RETREAT", "08"), Map.entry("ACCUSE", "11"), Map.entry("REQUEST", "02"),
            Map.entry("REJECT", "12"), Map.entry("THREATEN", "13"), Map.entry("PROTEST", "14"), Map.entry("MOBILIZE", "15"),
            Map.entry("SANCTION", "16"), Map.entry("COERCE", "17"), Map.entry("ASSAULT", "19"));
    /** Fewest cross-validated proposals of a root on which its threshold may be chosen. */
    static final int MIN_PROPOSALS = 5;
    /** Thresholds tried in cross-validation. */
    private static final double[] THRESHOLDS = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};

    /** One gold file read for training: its records, their vectors, and how its codes are scored. */
    record GoldFile(Path path, String sha256, long bytes, Evaluation.Scheme scheme, List<GoldRecord> records,
                    List<float[]> vectors) {
    }

    /** Cross-validated figures for one file at the chosen threshold, beside the patterns alone. */
    public record FileScore(Path file, Evaluation.Report patternsOnly, Evaluation.Report withModel) {
    }

    /** What training produced: the model (with its threshold) and the cross-validated figures. */
    public record Result(EventClassifier model, List<FileScore> scores, Evaluation.Score pooledPatterns,
                         Evaluation.Score pooledModel) {
    }

    private final SentenceEncoder encoder;
    private final KnowledgeBase kb;
    private final Function<EventClassifier, Coder> coders;
    private final EventClassifier.Settings settings;
    private final int folds;
    private final PrintWriter log;

    /**
     * @param kb     the knowledge base the coders use (gold actor codes are read through it)
     * @param coders builds a coder around a classifier (the knowledge base and patterns are the caller's)
     * @param log    where progress goes
     */
    public Training(SentenceEncoder encoder, KnowledgeBase kb, Function<EventClassifier, Coder> coders,
                    EventClassifier.Settings settings, int folds, PrintWriter log) {
        if (folds < 2) throw new IllegalArgumentException("--folds must be at least 2, not " + folds);
        this.encoder = encoder;
        this.kb = kb;
        this.coders = coders;
        this.settings = settings;
        this.folds = folds;
        this.log = log;
    }

    public Result run(List<Path> files) throws IOException, InterruptedException {
        List<GoldFile> gold = encode(files);
        int[][] foldOf = folds(gold);
        CodedArticle[][] coded = crossValidate(gold, foldOf);
        Pooled patterns = pooled(gold, coded, PATTERNS);
        Evaluation.Score alone = patterns.score();
        log.printf(Locale.ROOT, "patterns only: pooled P %.3f R %.3f F1 %.3f (%d events), no-event records with a false event"
                        + " %.3f (%d)%n", alone.precision(), alone.recall(), alone.f1(), alone.tp + alone.fp,
                patterns.noEventRate(), patterns.noEventHits());
        Map<String, Double> thresholds = thresholds(gold, coded, patterns);
        java.util.function.Predicate<Event> chosen = keep(thresholds);
        Pooled model = pooled(gold, coded, chosen);
        Evaluation.Score withModel = model.score();
        log.printf(Locale.ROOT, "with the model: pooled P %.3f R %.3f F1 %.3f, no-event records with a false event %.3f%n",
                withModel.precision(), withModel.recall(), withModel.f1(), model.noEventRate());
        List<FileScore> scores = new ArrayList<>();
        for (int f = 0; f < gold.size(); f++) {
            scores.add(new FileScore(gold.get(f).path(), score(gold.get(f), coded[f], PATTERNS),
                    score(gold.get(f), coded[f], chosen)));
        }
        EventClassifier fitted = EventClassifier.train(examples(gold, foldOf, -1), settings, encoder.name(), thresholds,
                about(gold, alone, withModel, scores));
        return new Result(fitted, scores, alone, withModel);
    }

    /** Pattern events only. */
    private static final java.util.function.Predicate<Event> PATTERNS = e -> e.probability() == null;

    /** Each file's records, with each record's text encoded once. */
    private List<GoldFile> encode(List<Path> files) throws IOException {
        List<GoldFile> gold = new ArrayList<>();
        long started = System.nanoTime();
        int n = 0;
        for (Path f : files) {
            List<GoldRecord> records = Evaluation.read(f);
            byte[] bytes = Files.readAllBytes(f);
            List<float[]> vectors = new ArrayList<>(records.size());
            for (GoldRecord r : records) vectors.add(encoder.encode(EventClassifier.input(r.text())));
            n += records.size();
            gold.add(new GoldFile(f, Evaluation.sha256(bytes), bytes.length, scheme(records), records, vectors));
            log.printf(Locale.ROOT, "encoded %-50s %5d records (%s)%n", f, records.size(),
                    scheme(records).name().toLowerCase(Locale.ROOT));
            log.flush();
        }
        double secs = (System.nanoTime() - started) / 1e9;
        log.printf(Locale.ROOT, "encoded %d records in %.1f s (%.0f/s)%n", n, secs, n / secs);
        return gold;
    }

    /** The fold of each record, over all records, drawn with the seed. */
    private int[][] folds(List<GoldFile> gold) {
        List<int[]> all = new ArrayList<>();
        for (int f = 0; f < gold.size(); f++) for (int i = 0; i < gold.get(f).records().size(); i++) all.add(new int[]{f, i});
        Collections.shuffle(all, new Random(settings.seed()));
        int[][] foldOf = new int[gold.size()][];
        for (int f = 0; f < gold.size(); f++) foldOf[f] = new int[gold.get(f).records().size()];
        for (int k = 0; k < all.size(); k++) foldOf[all.get(k)[0]][all.get(k)[1]] = k % folds;
        return foldOf;
    }

    /** Every record coded by the whole coder with a model trained on the other folds (threshold 0: all proposals). */
    private CodedArticle[][] crossValidate(List<GoldFile> gold, int[][] foldOf) throws InterruptedException {
        CodedArticle[][] coded = new CodedArticle[gold.size()][];
        for (int f = 0; f < gold.size(); f++) coded[f] = new CodedArticle[gold.get(f).records().size()];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(folds, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int k = 0; k < folds; k++) {
                int fold = k;
                work.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    EventClassifier m = fit(gold, foldOf, fold).withThreshold(0);
                    Coder coder = coders.apply(m);
                    int count = 0;
                    for (int f = 0; f < gold.size(); f++) {
                        List<GoldRecord> rs = gold.get(f).records();
                        for (int i = 0; i < rs.size(); i++) {
                            if (foldOf[f][i] != fold) continue;
                            coded[f][i] = Evaluation.code(List.of(rs.get(i)), coder).get(0);
                            count++;
                        }
                    }
                    synchronized (log) {
                        log.printf(Locale.ROOT, "fold %d/%d: trained and coded %d held-out records in %.1f s%n", fold + 1,
                                folds, count, (System.nanoTime() - t0) / 1e9);
                        log.flush();
                    }
                    return null;
                }));
            }
            for (Future<?> w : work) w.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cross-validation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return coded;
    }

    /**
     * A threshold per root: the lowest at which that root's proposals were, in cross-validation, right at least
     * as often as the patterns' events are (pooled precision) and fell on records with no event no more often,
     * over at least {@value #MIN_PROPOSALS} proposals; a root that never gets there is never proposed.
     */
    private Map<String, Double> thresholds(List<GoldFile> gold, CodedArticle[][] coded, Pooled patterns) {
        Evaluation.Score alone = patterns.score();
        int aloneEvents = alone.tp + alone.fp;
        int aloneEmpty = patterns.noEventHits();
        Map<String, Double> thresholds = new java.util.TreeMap<>();
        for (int r = 1; r <= 20; r++) {
            String root = String.format(Locale.ROOT, "%02d", r);
            for (double t : THRESHOLDS) {
                Pooled with = pooled(gold, coded,
                        e -> e.probability() == null || (e.cameoRoot().equals(root) && e.probability() >= t));
                int right = with.score().tp - alone.tp;
                int proposed = right + with.score().fp - alone.fp;
                if (proposed < MIN_PROPOSALS || right < alone.precision() * proposed) continue;
                int empty = with.noEventHits() - patterns.noEventHits();
                if ((long) empty * aloneEvents <= (long) aloneEmpty * proposed) {
                    thresholds.put(root, t);
                    log.printf(Locale.ROOT, "root %s: threshold %.2f (%d of %d proposals right; %d on no-event records)%n",
                            root, t, right, proposed, empty);
                    break;
                }
            }
        }
        return thresholds;
    }

    /** What the model file says of its training: files and checksums, settings, the rule and the figures. */
    private ObjectNode about(List<GoldFile> gold, Evaluation.Score alone, Evaluation.Score withModel,
                             List<FileScore> scores) {
        ObjectNode about = new ObjectMapper().createObjectNode();
        ArrayNode training = about.putArray("training");
        for (GoldFile g : gold) {
            training.addObject().put("file", g.path().toString().replace('\\', '/')).put("sha256", g.sha256())
                    .put("records", g.records().size()).put("scheme", g.scheme().name().toLowerCase(Locale.ROOT));
        }
        about.put("seed", settings.seed()).put("l2", settings.l2()).put("iterations", settings.iterations())
                .put("folds", folds);
        ObjectNode cv = about.putObject("cross_validation");
        cv.put("rule", "per root, the lowest threshold at which that root's proposals were right at least as often"
                + " as the patterns' events, and fell on no-event records no more often, over at least " + MIN_PROPOSALS
                + " proposals");
        cv.put("pooled_f1_patterns_only", round(alone.f1())).put("pooled_f1_with_model", round(withModel.f1()));
        for (FileScore s : scores) {
            cv.putObject(s.file().getFileName().toString()).put("f1_patterns_only", round(s.patternsOnly().overall().f1()))
                    .put("f1_with_model", round(s.withModel().overall().f1()));
        }
        ObjectNode plover = about.putObject("plover_types_as_roots");
        new java.util.TreeMap<>(PLOVER_ROOTS).forEach(plover::put);
        return about;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** Keeps pattern events, and classifier events at or above their root's threshold. */
    private static java.util.function.Predicate<Event> keep(Map<String, Double> thresholds) {
        return e -> e.probability() == null
                || e.probability() >= thresholds.getOrDefault(e.cameoRoot(), Double.POSITIVE_INFINITY);
    }

    /** Counts over all files for the events {@code keep} accepts, with the no-event records given one. */
    private record Pooled(Evaluation.Score score, int noEventRecords, int noEventHits) {
        double noEventRate() {
            return noEventRecords == 0 ? 0 : (double) noEventHits / noEventRecords;
        }
    }

    private Pooled pooled(List<GoldFile> gold, CodedArticle[][] coded, java.util.function.Predicate<Event> keep) {
        Evaluation.Score s = new Evaluation.Score();
        int records = 0;
        int hits = 0;
        for (int f = 0; f < gold.size(); f++) {
            Evaluation.Report r = score(gold.get(f), coded[f], keep);
            s.tp += r.overall().tp;
            s.fp += r.overall().fp;
            s.fn += r.overall().fn;
            records += r.noEventRecords();
            hits += r.noEventFalsePositives();
        }
        return new Pooled(s, records, hits);
    }

    private Evaluation.Report score(GoldFile g, CodedArticle[] coded, java.util.function.Predicate<Event> keep) {
        return Evaluation.score(g.records(), List.of(coded), kb, g.scheme(), keep,
                g.sha256(), g.bytes());
    }

    private EventClassifier fit(List<GoldFile> gold, int[][] foldOf, int heldOut) {
        return EventClassifier.train(examples(gold, foldOf, heldOut), settings, encoder.name(), Map.of(),
                new ObjectMapper().createObjectNode());
    }

    /** The examples of every record outside the held-out fold (-1: all records). */
    private static List<EventClassifier.Example> examples(List<GoldFile> gold, int[][] foldOf, int heldOut) {
        List<EventClassifier.Example> out = new ArrayList<>();
        for (int f = 0; f < gold.size(); f++) {
            GoldFile g = gold.get(f);
            for (int i = 0; i < g.records().size(); i++) {
                if (foldOf[f][i] == heldOut) continue;
                Set<String> roots = roots(g.records().get(i), g.scheme());
                if (roots.isEmpty()) {
                    out.add(new EventClassifier.Example(g.vectors().get(i), EventClassifier.NONE, 1.0));
                } else {
                    for (String r : roots) out.add(new EventClassifier.Example(g.vectors().get(i), r, 1.0 / roots.size()));
                }
            }
        }
        return out;
    }

    /** The distinct CAMEO roots a record codes (PLOVER types read through {@link #PLOVER_ROOTS}). */
    static Set<String> roots(GoldRecord r, Evaluation.Scheme scheme) {
        Set<String> out = new LinkedHashSet<>();
        for (GoldRecord.Key k : r.expected()) {
            if (scheme == Evaluation.Scheme.CAMEO) {
                out.add(k.root().substring(0, 2));
            } else {
                String root = PLOVER_ROOTS.get(k.root().toUpperCase(Locale.ROOT));
                if (root == null) throw new IllegalArgumentException(r.id() + ": unknown PLOVER type " + k.root());
                out.add(root);
            }
        }
        return out;
    }

    /** A file is PLOVER-coded when its codes are type names rather than CAMEO digits. */
    static Evaluation.Scheme scheme(List<GoldRecord> records) {
        for (GoldRecord r : records) {
            for (GoldRecord.Key k : r.expected()) {
                return Character.isDigit(k.root().charAt(0)) ? Evaluation.Scheme.CAMEO : Evaluation.Scheme.PLOVER;
            }
        }
        return Evaluation.Scheme.CAMEO;
    }
}
