package readout.spark;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import readout.app.pipeline.CoderSetup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code readout spark-code}: code a news archive on Spark into Parquet in the store's schema. In local mode from
 * the launcher; on a cluster through {@code spark-submit} (README), where the master comes from spark-submit.
 */
@Command(name = "spark-code", mixinStandardHelpOptions = true,
        description = {"Code files and directories on Apache Spark into Parquet tables in the store's schema",
                "(articles and events partitioned by month), for `readout import` or direct reading.",
                "Inputs: .jsonl, .warc/.warc.gz, .html/.htm directories, .txt, .rss/.atom, on a file system every",
                "executor sees. A re-run with the same --out skips the files already coded and replaces the output."})
public final class SparkCode implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or directories: local paths, or Hadoop"
            + " file-system URIs (hdfs://…, s3a://…), whose files each task copies to local disk before reading.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (local path or a"
            + " Hadoop file-system URI).")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master; default local[*], or what spark-submit set.")
    String master;

    @Option(names = "--batch-files", paramLabel = "N", description = "Files coded per Spark job; each finished batch"
            + " survives a crash (default: 4 per core).")
    Integer batchFiles;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for plain-text inputs.")
    LocalDate date;

    @Option(names = "--kb", paramLabel = "FILE", description = "Add a knowledge-base file; repeatable.")
    List<Path> kbFiles = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Add an event-pattern file; repeatable.")
    List<Path> lexiconFiles = new ArrayList<>();

    @Option(names = "--model", paramLabel = "FILE", description = "Event-type classifier model instead of the built-in one.")
    Path modelFile;

    @Option(names = "--no-model", description = "Code with the patterns only.")
    boolean noModel;

    private final PrintStream err;

    SparkCode(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkCode(System.err)).setExecutionExceptionHandler((e, cmd, parsed) -> {
            // as the readout command: one clear line; READOUT_DEBUG=1 shows the stack
            cmd.getErr().println("readout spark-code: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            if (System.getenv("READOUT_DEBUG") != null) e.printStackTrace(cmd.getErr());
            return 1;
        }).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        CoderSetup coder = new CoderSetup(kbFiles.stream().map(Path::toString).toList(),
                lexiconFiles.stream().map(Path::toString).toList(), modelFile == null ? null : modelFile.toString(), noModel);
        try (SparkSession spark = session(master)) {
            int cores = spark.sparkContext().defaultParallelism();
            ArchiveJob.Summary s = new ArchiveJob(spark, err).run(new ArchiveJob.Options(inputs, out, coder, date,
                    batchFiles != null ? batchFiles : 4 * cores));
            err.printf("[spark-code] %d files (%d reused from an earlier run), %d articles and %d sentences coded, %d events"
                    + " in %.1f s%n", s.files(), s.filesReused(), s.articlesCoded(), s.sentencesCoded(), s.events(),
                    s.totalSeconds());
            err.printf("[spark-code] time: coding step %.1f s (task time: coder load %.1f s, coding %.1f s),"
                    + " resolve and write %.1f s%n", s.codingSeconds(), s.loadTaskSeconds(), s.codeTaskSeconds(),
                    s.totalSeconds() - s.codingSeconds());
            err.printf("[spark-code] stored %d, near-copies linked %d, already stored %d, failed %d%n", s.count("stored"),
                    s.count("near_duplicate"), s.count("duplicate"), s.count("error"));
            for (Map.Entry<String, Long> e : s.errors().entrySet()) err.printf("[spark-code]   %s: %d%n", e.getKey(), e.getValue());
            err.println("[spark-code] wrote " + out + " (load it with: readout import " + out + " --db FILE)");
            return s.count("stored") + s.count("near_duplicate") == 0 && s.count("error") > 0 ? 1 : 0;
        }
    }

    /**
     * A Spark session: under spark-submit, the one it configured; otherwise local mode (default {@code local[*]})
     * bound to the loopback interface, with no web UI.
     */
    static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("readout spark-code");
        String configured = System.getProperty("spark.master");
        String m = master != null ? master : configured != null ? configured : "local[*]";
        b.master(m);
        if (m.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8");
        }
        return b.getOrCreate();
    }
}
