package readout.bench;

import readout.store.EventQuery;
import readout.store.EventStore;
import readout.store.Queries;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code readout bench --store N…}: fills a fresh store with N synthetic events and N/5 articles (50
 * polities, 14 CAMEO codes across the roots, two years of days, a fifth of events from ten busy polities,
 * one article in twenty a near-copy) and times the analyst's two
 * standing questions — the most active dyads, and one dyad's monthly series — as the median of 7 runs
 * after 2 warm-ups.
 */
public final class StoreBench {
    private final PrintStream log;

    public StoreBench(PrintStream log) {
        this.log = log;
    }

    /** Median milliseconds of the two queries at one size. */
    public record Result(long events, double loadSeconds, double topDyadsMs, double dyadSeriesMs, long fileBytes,
                         double sliceClustersMs, double clustersSeconds, int clusters, double leanSeconds) {
    }

    public Result run(long events, Path dir) throws Exception {
        Path db = Files.createTempFile(dir, "store-bench-", ".db");
        Files.delete(db);
        try (EventStore store = EventStore.open(db)) {
            long t0 = System.nanoTime();
            fill(store, events);
            double load = (System.nanoTime() - t0) / 1e9;
            Queries q = new Queries(store);
            double top = median(() -> q.topDyads(10));
            double series = median(() -> q.dyadSeries("P1", "P2", "month"));
            // the clusters of one dyad and one month, as /api/clusters?dyad=…&from=…&to=… computes them
            EventQuery slice = new EventQuery(null, "P1", "P2", null, null, java.time.LocalDate.parse("2024-06-01"),
                    java.time.LocalDate.parse("2024-06-30"), null, false, 1);
            double sliceMs = median(() -> readout.analysis.cluster.Clusters.of(mentionsOf(q.mentions(slice))));
            // every mention clustered at once (the old `clusters`): only up to 1M events, which it holds in memory
            double clusterSecs = Double.NaN;
            int clusterCount = -1;
            if (events <= 1_000_000) {
                long c0 = System.nanoTime();
                clusterCount = readout.analysis.cluster.Clusters.of(mentionsOf(q.mentions())).size();
                clusterSecs = (System.nanoTime() - c0) / 1e9;
            }
            long l0 = System.nanoTime();
            var side = q.sideEvents("P1", "P2", "P3", null, null);
            readout.analysis.relations.Lean.of("P1", "P2", "P3", side.stream().map(e -> new readout.analysis.relations.Lean.Observation(
                    e.articleId(), e.sideA(), e.goldstein(), e.month())).toList(), 1);
            double leanSecs = (System.nanoTime() - l0) / 1e9;
            log.printf(Locale.ROOT, "[bench] store %,d events: load %.1fs, top dyads %.1f ms, dyad series %.1f ms, dyad-month"
                    + " clusters %.1f ms, %,d clusters of all in %.1fs, lean in %.2fs%n", events, load, top, series, sliceMs,
                    clusterCount, clusterSecs, leanSecs);
            return new Result(events, load, top, series, Files.size(db), sliceMs, clusterSecs, clusterCount, leanSecs);
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
        }
    }

    /**
     * Fills a fresh store with {@code events} synthetic events and a fifth as many articles, as the timed run does;
     * for a store to keep (e.g. to load-test {@code readout serve} over it).
     */
    public static void fill(EventStore store, long events) throws java.sql.SQLException {
        try (Statement s = store.connection().createStatement()) {
            // five events an article, one article in twenty a syndicated near-copy
            s.execute(("INSERT INTO articles (id, key, outlet, published, content_hash, simhash, duplicate_of, ingested_at, text)"
                    + " SELECT 'a' || j, 'k' || j, 'outlet' || (j % 40), DATE '2024-01-01' + CAST(j % 730 AS INTEGER), 'h',"
                    + " 0, CASE WHEN j % 20 = 19 THEN 'a' || (j - 1) END, TIMESTAMP '2026-01-01 00:00:00', ''"
                    + " FROM range(?) t(j)").replace("?", Long.toString((events + 4) / 5)));
            s.execute("""
                    INSERT INTO events (id, article_id, sentence, date, day, source_code, source_country, target_code,
                                        target_country, cameo, cameo_root, goldstein, quad_class, modality, dyad, counts)
                    SELECT 'e' || i, 'a' || (i // 5), 0,
                           strftime(DATE '2024-01-01' + CAST(hash(i) % 730 AS INTEGER), '%Y-%m-%d'),
                           DATE '2024-01-01' + CAST(hash(i) % 730 AS INTEGER),
                           src || 'GOV', src, tgt || 'GOV', tgt, code, substr(code, 1, 2),
                           CASE substr(code, 1, 2) WHEN '04' THEN 1.0 WHEN '05' THEN 3.5 WHEN '11' THEN -2.0
                                                   WHEN '19' THEN -10.0 ELSE 0.0 END,
                           CASE WHEN substr(code, 1, 2) <= '04' THEN 1 WHEN substr(code, 1, 2) <= '08' THEN 2
                                WHEN substr(code, 1, 2) <= '13' THEN 3 ELSE 4 END,
                           CASE WHEN hash(i * 7) % 10 = 0 THEN 'negated' ELSE 'asserted' END,
                           least(src, tgt) || '|' || greatest(src, tgt),
                           hash(i * 7) % 10 <> 0 AND (i // 5) % 20 <> 19
                    FROM (SELECT i,
                                 CASE WHEN hash(i * 3) % 5 = 0 THEN 'P0' || (hash(i * 5) % 10)
                                      ELSE 'P' || (hash(i * 11) % 50) END AS src,
                                 'P' || ((hash(i * 11) % 50 + 1 + hash(i * 13) % 49) % 50) AS tgt,
                                 ['010','020','036','040','041','042','051','057','111','112','130','166','190','195']
                                   [1 + CAST(hash(i * 17) % 14 AS INTEGER)] AS code
                          FROM range(?) t(i))""".replace("?", Long.toString(events)));
        }
    }

    interface Query {
        Object run() throws Exception;
    }

    private static java.util.List<readout.analysis.cluster.Clusters.Mention> mentionsOf(java.util.List<Queries.MentionRow> rows) {
        return rows.stream().map(m -> new readout.analysis.cluster.Clusters.Mention(m.eventId(), m.story(), m.articleId(),
                m.outlet(), m.day(), m.source(), m.target(), m.cameo(), m.asserted(), java.util.Set.copyOf(m.topics()),
                m.evidence())).toList();
    }

    private static double median(Query query) throws Exception {
        for (int i = 0; i < 2; i++) query.run();
        double[] ms = new double[7];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    public static String report(java.util.List<Result> results) {
        StringBuilder sb = new StringBuilder("| events | load s | top dyads ms | dyad monthly series ms | file MB |"
                + " clusters of a dyad and a month ms | clusters (all events) s | clusters | lean with bootstrap s |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            sb.append(String.format(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.0f | %.1f | %s | %s | %.2f |%n", r.events(),
                    r.loadSeconds(), r.topDyadsMs(), r.dyadSeriesMs(), r.fileBytes() / 1e6, r.sliceClustersMs(),
                    r.clusters() < 0 ? "— (not run over 1M)" : String.format(Locale.ROOT, "%.1f", r.clustersSeconds()),
                    r.clusters() < 0 ? "—" : String.format(Locale.ROOT, "%,d", r.clusters()), r.leanSeconds()));
        }
        return sb.toString();
    }
}
