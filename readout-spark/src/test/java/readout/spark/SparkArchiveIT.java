package readout.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.ingest.Inputs;
import readout.app.pipeline.CoderSetup;
import readout.app.pipeline.Ingest;
import readout.app.pipeline.Progress;
import readout.store.ArchiveImport;
import readout.store.EventStore;
import readout.store.StoreRows;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode on the bundled corpus (JSON Lines, web pages, a WARC file and a feed), imported into a
 * real DuckDB store, against {@code readout ingest} of the same inputs: the same articles, ids, near-copy links,
 * events (every stored column), evidence mentions, statements, actors and coders. Then a crash and a failed task:
 * the re-run finishes the work and every article is there exactly once.
 */
class SparkArchiveIT {
    private static final Path EXAMPLES = Files.isDirectory(Path.of("..", "examples")) ? Path.of("..", "examples")
            : Path.of("examples");
    private static SparkSession spark;
    private static Path ingested;
    private static Path work;

    @BeforeAll
    static void start() throws Exception {
        // two task attempts, so that an injected task failure is retried as on a cluster
        spark = SparkCode.session("local[2,2]");
        work = Files.createTempDirectory("readout-spark-it");
        ingested = work.resolve("ingest.db");
        try (EventStore s = EventStore.open(ingested)) {
            Ingest.run(Inputs.read(List.of(EXAMPLES), null), 2, CoderSetup.builtIn().parts()::coder, s,
                    new Progress(null, -1, 60_000));
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    private static ArchiveJob.Summary code(Path out, int batchFiles) throws IOException {
        return new ArchiveJob(spark, new PrintStream(PrintStream.nullOutputStream())).run(new ArchiveJob.Options(
                List.of(EXAMPLES.toString()), out.toString(), CoderSetup.builtIn(), null, batchFiles));
    }

    private static Path imported(Path out, Path dir) throws Exception {
        Path db = dir.resolve("imported.db");
        try (EventStore s = EventStore.open(db)) {
            ArchiveImport.load(s, out);
        }
        return db;
    }

    /** Rows of {@code table} (these columns) in one store and not the other, both ways, as text for the message. */
    private static String difference(Path a, Path b, String table, List<String> columns) throws Exception {
        String cols = columns.stream().map(c -> '"' + c + '"').collect(Collectors.joining(", "));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + a + "' AS a (READ_ONLY)");
            s.execute("ATTACH '" + b + "' AS b (READ_ONLY)");
            StringBuilder out = new StringBuilder();
            for (String[] way : new String[][]{{"a", "b"}, {"b", "a"}}) {
                try (ResultSet r = s.executeQuery("SELECT " + cols + " FROM " + way[0] + "." + table + " EXCEPT ALL SELECT "
                        + cols + " FROM " + way[1] + "." + table + " LIMIT 5")) {
                    while (r.next()) out.append("only in ").append(way[0]).append(": ").append(r.getString(1)).append('\n');
                }
            }
            return out.toString();
        }
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Asserts that two stores hold the same coded archive, table by table (ingest times and log wording aside). */
    private static void assertSameArchive(Path expected, Path actual) throws Exception {
        for (StoreRows.Table t : List.of(StoreRows.EVENTS, StoreRows.MENTIONS, StoreRows.STATEMENTS, StoreRows.ACTORS,
                StoreRows.CODERS)) {
            assertEquals("", difference(expected, actual, t.name(), t.names()), t.name());
        }
        List<String> articles = StoreRows.ARTICLES.names().stream().filter(c -> !c.equals("ingested_at")).toList();
        assertEquals("", difference(expected, actual, "articles", articles), "articles");
        assertEquals(count(expected, "SELECT count(*) FROM events"), count(actual, "SELECT count(*) FROM events"));
    }

    @Test
    void the_job_codes_what_ingest_codes_event_by_event(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        ArchiveJob.Summary s = code(out, 4);
        assertTrue(Files.isRegularFile(out.resolve(ArchiveJob.MANIFEST)));
        assertTrue(Files.isDirectory(out.resolve("events")) && Files.list(out.resolve("events"))
                .anyMatch(p -> p.getFileName().toString().startsWith("month=")), "events partitioned by month");
        assertTrue(count(ingested, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") > 0,
                "the corpus has near-copies to link");
        assertEquals(count(ingested, "SELECT count(*) FROM articles WHERE duplicate_of IS NULL"), s.count("stored"));
        // an article whose URL or text came earlier is logged as a duplicate and never coded, as ingest skips it
        assertEquals(count(ingested, "SELECT count(*) FROM ingest_log WHERE status = 'duplicate'"), s.count("duplicate"));
        assertTrue(s.count("duplicate") > 0, "the corpus repeats articles");
        assertEquals(s.count("stored") + s.count("near_duplicate"), s.articlesCoded());
        Path db = imported(out, dir);
        assertSameArchive(ingested, db);
        // the analysis commands work on the imported store unchanged, and answer as on the ingested one
        for (String[] command : new String[][]{{"clusters"}, {"readouts", "--between", "KOR", "CHN"},
                {"lean", "CHN", "--between", "KOR", "PRK"}, {"brief", "--actors", "KOR,CHN"}}) {
            String expected = run(command, ingested);
            assertFalse(expected.isBlank(), String.join(" ", command) + " printed nothing");
            assertEquals(expected, run(command, db), String.join(" ", command));
        }
    }

    private static String run(String[] command, Path db) {
        java.io.StringWriter text = new java.io.StringWriter();
        String[] args = java.util.Arrays.copyOf(command, command.length + 2);
        args[command.length] = "--db";
        args[command.length + 1] = db.toString();
        assertEquals(0, readout.app.cli.Main.run(new java.io.PrintWriter(text), args), String.join(" ", args));
        return text.toString();
    }

    @Test
    void a_crash_and_a_failed_task_are_recovered_by_a_rerun_with_every_article_once(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        System.setProperty("readout.spark.crashAfterBatches", "1");
        try {
            assertThrows(IllegalStateException.class, () -> code(out, 3));
        } finally {
            System.clearProperty("readout.spark.crashAfterBatches");
        }
        assertFalse(Files.exists(out.resolve(ArchiveJob.MANIFEST)), "no output is published by a crashed run");
        System.setProperty("readout.spark.failOnce", ".warc.gz"); // the WARC file's task fails once, mid-file
        ArchiveJob.Summary s;
        try {
            s = code(out, 3);
        } finally {
            System.clearProperty("readout.spark.failOnce");
        }
        assertEquals(3, s.filesReused(), "the batch finished before the crash is not coded again");
        Path db = imported(out, dir);
        assertEquals(0, count(db, "SELECT count(*) - count(DISTINCT id) FROM articles"));
        assertEquals(0, count(db, "SELECT count(*) - count(DISTINCT id) FROM events"));
        assertSameArchive(ingested, db);
        // the same output again: replaced, not added to
        code(out, 3);
        assertSameArchive(ingested, imported(out, Files.createDirectories(dir.resolve("again"))));
    }

    @Test
    void bad_records_are_ingest_log_rows_with_their_reasons_and_fail_no_task(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("mixed.jsonl"), String.join("\n",
                "{\"id\":\"good-1\",\"date\":\"2025-06-10\",\"text\":\"South Korean President Lee Jae-myung held a phone"
                        + " call with Chinese President Xi Jinping on Tuesday, the presidential office said.\"}",
                "this line is not JSON",
                "{\"id\":\"no-text\",\"date\":\"2025-06-10\"}",
                "{\"id\":\"bad-date\",\"date\":\"2025-13-45\",\"text\":\"Seoul and Beijing agreed to talk.\"}",
                "{\"id\":\"empty\",\"date\":\"2025-06-10\",\"text\":\"   \"}") + "\n");
        byte[] warc = Files.readAllBytes(EXAMPLES.resolve("warc").resolve("cc-news-sample.warc.gz"));
        Files.write(in.resolve("truncated.warc.gz"), java.util.Arrays.copyOf(warc, warc.length * 2 / 3));
        Path out = dir.resolve("out");
        ArchiveJob.Summary s = new ArchiveJob(spark, new PrintStream(PrintStream.nullOutputStream())).run(
                new ArchiveJob.Options(List.of(in.toString()), out.toString(), CoderSetup.builtIn(), null, 4));
        assertTrue(s.count("stored") >= 2, "the good JSON line and the WARC's readable records are stored: " + s.byStatus());
        assertEquals(5, s.count("error"), s.errors().toString());
        // the same records and reasons as `readout ingest` logs for the same inputs
        Path ingest = dir.resolve("ingest.db");
        try (EventStore store = EventStore.open(ingest)) {
            Ingest.run(Inputs.read(List.of(in), null), 1, CoderSetup.builtIn().parts()::coder, store,
                    new Progress(null, -1, 60_000));
        }
        assertEquals("", difference(ingest, imported(out, dir), "ingest_log", List.of("item", "status", "reason")),
                "ingest_log");
    }
}
