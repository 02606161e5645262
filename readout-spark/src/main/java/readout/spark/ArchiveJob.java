package readout.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import readout.app.ingest.InputRecord;
import readout.app.ingest.Inputs;
import readout.app.pipeline.CoderSetup;
import readout.core.model.Article;
import readout.core.model.CodedArticle;
import readout.core.model.Event;
import readout.store.EventStore;
import readout.store.MinHash;
import readout.store.SimHash;
import readout.store.StoreRows;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Codes a news archive on Spark into Parquet tables in the store's schema (docs/adr/0013-spark-archive-job.md).
 * <ol>
 *   <li><b>Code</b>: input files are coded in batches, one task per file, with one {@link readout.core.Coder} per
 *   executor thread. Each batch's rows land under {@code OUT/_coded/batch-ID/} and count only once its {@code _DONE}
 *   marker (the list of the files it holds) is written: a restarted job skips files already coded.</li>
 *   <li><b>Resolve</b>: exactly as the store decides when ingesting the same inputs in order: one article per
 *   key (canonical URL, else text hash), the first keeps an id that repeats, and a near-copy of an earlier original
 *   story (MinHash band join for candidates, then the store's SimHash distance and shingle overlap) is linked to it
 *   and its events do not count.</li>
 *   <li><b>Publish</b>: every table is written to a staging directory, then moved into place; {@code _readout.json}
 *   is written last, so a reader (or {@code readout import}) never takes a half-written output.</li>
 * </ol>
 */
public final class ArchiveJob {

    /** What to code and where. */
    /**
     * @param inputs local paths, or Hadoop file-system URIs ({@code hdfs://…}, {@code s3a://…}): files or directories
     */
    public record Options(List<String> inputs, String out, CoderSetup coder, LocalDate date, int batchFiles) {
    }

    /**
     * What a run did; {@code filesReused} were coded by an earlier, interrupted run. Times: {@code codingSeconds} is
     * the wall time of the coding step, {@code loadTaskSeconds} and {@code codeTaskSeconds} the task time (summed
     * over executor threads) spent loading coders and coding articles; the rest of {@code totalSeconds} is the
     * resolve-and-write step.
     */
    public record Summary(int files, int filesReused, Map<String, Long> byStatus, Map<String, Long> errors, long events,
                          long articlesCoded, long sentencesCoded, double loadTaskSeconds, double codeTaskSeconds,
                          double codingSeconds, double totalSeconds) {
        public long count(String status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    /** Marker of a complete batch: the keys of the files it coded, one a line. */
    static final String DONE = "_DONE";
    /** Written last: a directory without it is not a finished output. */
    public static final String MANIFEST = "_readout.json";

    private static final int T_ARTICLE = 0, T_EVENT = 1, T_MENTION = 2, T_STATEMENT = 3, T_ACTOR = 4, T_CODER = 5,
            T_FAILED = 6;

    private static final StructField FILE_KEY = field("file_key", String.class);
    private static final StructField ORD_REC = field("ord_rec", Integer.class);

    /** The staged (coded, not yet resolved) tables, indexed by T_*: keys for the resolve step, then store columns. */
    static final List<StructType> STAGED = List.of(
            schema(List.of(FILE_KEY, ORD_REC, field("wanted_id", String.class),
                    DataTypes.createStructField("bands", DataTypes.createArrayType(DataTypes.LongType, false), false)),
                    StoreRows.ARTICLES),
            schema(List.of(FILE_KEY, ORD_REC), StoreRows.EVENTS),
            schema(List.of(FILE_KEY, ORD_REC), StoreRows.MENTIONS),
            schema(List.of(FILE_KEY, ORD_REC), StoreRows.STATEMENTS),
            schema(List.of(FILE_KEY, ORD_REC, field("idx", Integer.class)), StoreRows.ACTORS),
            schema(List.of(FILE_KEY), StoreRows.CODERS),
            schema(List.of(FILE_KEY, ORD_REC, field("item", String.class), field("reason", String.class)), null));
    static final List<String> STAGED_NAMES = List.of("articles", "events", "mentions", "statements", "actors", "coders",
            "failed");

    private final SparkSession spark;
    private final PrintStream err;

    public ArchiveJob(SparkSession spark, PrintStream err) {
        this.spark = spark;
        this.err = err;
    }

    /**
     * One input file to code, with its place in the input order and the records in it not to code (sorted): those
     * whose key (canonical URL, else text hash) an earlier record in the input already has.
     */
    record InputFile(String path, String key, int ordinal, int[] skip) implements Serializable {
        InputFile(String path, String key, int ordinal) {
            this(path, key, ordinal, new int[0]);
        }

        /** The same file with its records to skip; its cache key then names them too. */
        InputFile skipping(int[] records) {
            if (records.length == 0) return this;
            return new InputFile(path, digest(key + "\n" + Arrays.toString(records)), ordinal, records);
        }
    }

    public Summary run(Options o) throws IOException {
        long started = System.nanoTime();
        LocalDateTime runTime = LocalDateTime.now().withNano(0);
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(o.out());
        FileSystem fs = out.getFileSystem(conf);
        org.apache.hadoop.fs.Path coded = new org.apache.hadoop.fs.Path(out, "_coded");
        fs.mkdirs(coded);

        long loadStarted = System.nanoTime();
        String coderId = EventStore.coderId(o.coder().parts().coder().provenance()); // in local mode, the executors' load too
        err.printf("[spark-code] knowledge base, patterns and models loaded in %.1f s%n", (System.nanoTime() - loadStarted) / 1e9);
        List<InputFile> files = new ArrayList<>();
        List<Object[]> unreadable = new ArrayList<>(); // paths that could not be listed: ingest_log rows
        for (String input : o.inputs()) {
            if (remote(input)) {
                listRemote(input, conf, coderId, o.date(), files, unreadable, runTime);
                continue;
            }
            for (Object f : Inputs.files(List.of(Path.of(input)))) {
                if (f instanceof InputRecord r) {
                    unreadable.add(StoreRows.log(runTime, r.id(), null, "error", r.error()));
                } else {
                    Path p = ((Path) f).toAbsolutePath();
                    files.add(new InputFile(p.toString(), fileKey(p.toString(), Files.size(p),
                            Files.getLastModifiedTime(p).toMillis(), coderId, o.date()), files.size()));
                }
            }
        }

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        files = keyPass(jsc, out, files, o.date());
        Map<String, String> doneBatches = doneBatches(fs, coded); // file key -> batch directory
        List<InputFile> pending = files.stream().filter(f -> !doneBatches.containsKey(f.key())).toList();
        int reused = files.size() - pending.size();
        err.printf("[spark-code] %d input files; %d already coded by an earlier run; coder %s%n", files.size(), reused,
                coderId);

        long codingStarted = System.nanoTime();
        Meters meters = new Meters(jsc);
        int batch = Math.max(1, o.batchFiles());
        int done = 0;
        for (int from = 0; from < pending.size(); from += batch) {
            List<InputFile> part = pending.subList(from, Math.min(pending.size(), from + batch));
            String dir = codeBatch(jsc, fs, coded, part, o.coder(), o.date(), meters);
            for (InputFile f : part) doneBatches.put(f.key(), dir);
            done += part.size();
            double secs = (System.nanoTime() - codingStarted) / 1e9;
            double rate = done / secs;
            err.printf("[spark-code] coded %d/%d files, %d articles (%.1f articles/s, %.1f sentences/s; ETA %s)%n", done,
                    pending.size(), meters.articles().value(), meters.articles().value() / secs, meters.sentences().value() / secs,
                    eta((pending.size() - done) / Math.max(rate, 1e-9)));
            Integer crashAfter = Integer.getInteger("readout.spark.crashAfterBatches");
            if (crashAfter != null && (from / batch) + 1 >= crashAfter) {
                throw new IllegalStateException("injected crash after " + crashAfter + " batches (readout.spark.crashAfterBatches)");
            }
        }
        double codingSeconds = (System.nanoTime() - codingStarted) / 1e9;

        Map<String, Long> errors = new TreeMap<>();
        Map<String, Long> statuses = resolveAndPublish(fs, out, files, doneBatches, unreadable, runTime, errors);
        long events = spark.read().schema(schema(List.of(), StoreRows.EVENTS)) // a schema: there may be no file at all
                .parquet(new org.apache.hadoop.fs.Path(out, "events").toString()).count();
        writeManifest(fs, out, o, files.size(), statuses, events, coderId, runTime);
        return new Summary(files.size(), reused, statuses, errors, events, meters.articles().value(),
                meters.sentences().value(), meters.loadNanos().value() / 1e9, meters.codeNanos().value() / 1e9, codingSeconds,
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Reads every record's key (no coding) and marks, in each file, the records whose key an earlier record of the
     * input has: they are never coded, as {@code readout ingest} skips an article the store has. The keys are kept in
     * {@code OUT/_keys} for the ingest log.
     */
    private List<InputFile> keyPass(JavaSparkContext jsc, org.apache.hadoop.fs.Path out, List<InputFile> files,
                                    LocalDate date) {
        long started = System.nanoTime();
        JavaRDD<Row> keys = jsc.parallelize(new ArrayList<>(files), Math.max(1, files.size())).mapPartitions(it -> {
            List<Row> rows = new ArrayList<>();
            while (it.hasNext()) {
                InputFile f = it.next();
                try (FileRecords records = new FileRecords(f, date)) {
                    for (int ord = 0; records.hasNext(); ord++) {
                        InputRecord r = records.next();
                        if (r.article() != null) rows.add(RowFactory.create(f.ordinal(), ord, r.id(), EventStore.key(r.article())));
                    }
                }
            }
            return rows.iterator();
        });
        String keysDir = new org.apache.hadoop.fs.Path(out, "_keys").toString();
        StructType keySchema = new StructType(new StructField[]{field("ord_file", Integer.class), ORD_REC,
                field("source", String.class), field("key", String.class)});
        spark.createDataFrame(keys, keySchema).write().mode(SaveMode.Overwrite).parquet(keysDir);
        spark.read().schema(keySchema).parquet(keysDir).createOrReplaceTempView("keys");
        Map<Integer, List<Integer>> skip = new TreeMap<>();
        for (Row r : sql("""
                SELECT ord_file, ord_rec FROM (SELECT ord_file, ord_rec,
                  row_number() OVER (PARTITION BY key ORDER BY ord_file, ord_rec) AS rn FROM keys) WHERE rn > 1""")
                .collectAsList()) {
            skip.computeIfAbsent(r.getInt(0), k -> new ArrayList<>()).add(r.getInt(1));
        }
        List<InputFile> out2 = new ArrayList<>();
        for (InputFile f : files) {
            int[] s = skip.getOrDefault(f.ordinal(), List.of()).stream().mapToInt(Integer::intValue).sorted().toArray();
            out2.add(f.skipping(s));
        }
        err.printf("[spark-code] keys read in %.1f s: %d records repeat an earlier record's URL or text and are not coded%n",
                (System.nanoTime() - started) / 1e9, skip.values().stream().mapToInt(List::size).sum());
        return out2;
    }

    private static String eta(double seconds) {
        Duration d = Duration.ofSeconds(Math.round(seconds));
        return d.toHours() > 0 ? d.toHours() + "h" + d.toMinutesPart() + "m" : d.toMinutes() + "m" + d.toSecondsPart() + "s";
    }

    /** True for a Hadoop file-system URI other than a local file ({@code hdfs://…}, {@code s3a://…}). */
    static boolean remote(String input) {
        return input.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !input.startsWith("file:");
    }

    /** The input files under a Hadoop URI, in path order as {@link Inputs#files} lists local ones. */
    private static void listRemote(String input, Configuration conf, String coderId, LocalDate date, List<InputFile> files,
                                   List<Object[]> unreadable, LocalDateTime runTime) throws IOException {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
        FileSystem fs = root.getFileSystem(conf);
        if (!fs.exists(root)) {
            unreadable.add(StoreRows.log(runTime, input, null, "error", "no such file or directory: " + input));
            return;
        }
        List<FileStatus> found = new ArrayList<>();
        var it = fs.listFiles(root, true);
        while (it.hasNext()) {
            FileStatus f = it.next();
            if (Inputs.readable(f.getPath().getName())) found.add(f);
        }
        found.sort(java.util.Comparator.comparing(f -> f.getPath().toString()));
        for (FileStatus f : found) {
            String path = f.getPath().toString();
            files.add(new InputFile(path, fileKey(path, f.getLen(), f.getModificationTime(), coderId, date), files.size()));
        }
    }

    /**
     * A file's identity for the coded cache: its path, size and modification time, the coder and the date option.
     * Changing any of them codes the file again.
     */
    static String fileKey(String path, long size, long modified, String coderId, LocalDate date) {
        return digest(String.join("\n", path, Long.toString(size), Long.toString(modified), coderId, String.valueOf(date)));
    }

    /** The first 20 hex digits of a text's SHA-256: a cache key. */
    private static String digest(String text) {
        return HexFormat.of().formatHex(readout.core.Resources.sha256().digest(text.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 20);
    }

    /** The complete batches under {@code coded} (those with a {@code _DONE} marker); half-written ones are removed. */
    private Map<String, String> doneBatches(FileSystem fs, org.apache.hadoop.fs.Path coded) throws IOException {
        Map<String, String> done = new HashMap<>();
        for (FileStatus b : fs.listStatus(coded)) {
            if (!b.isDirectory()) continue;
            org.apache.hadoop.fs.Path marker = new org.apache.hadoop.fs.Path(b.getPath(), DONE);
            if (!fs.exists(marker)) {
                err.println("[spark-code] removing an unfinished batch of an interrupted run: " + b.getPath().getName());
                fs.delete(b.getPath(), true);
                continue;
            }
            try (var in = fs.open(marker)) {
                for (String key : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!key.isBlank()) done.put(key.strip(), b.getPath().toString());
                }
            }
        }
        return done;
    }

    /** Counters the tasks add to: articles and sentences coded, and task time loading coders and coding. */
    record Meters(org.apache.spark.util.LongAccumulator articles, org.apache.spark.util.LongAccumulator sentences,
                  org.apache.spark.util.LongAccumulator loadNanos, org.apache.spark.util.LongAccumulator codeNanos)
            implements Serializable {
        Meters(JavaSparkContext jsc) {
            this(jsc.sc().longAccumulator("articles"), jsc.sc().longAccumulator("sentences"),
                    jsc.sc().longAccumulator("coder load ns"), jsc.sc().longAccumulator("coding ns"));
        }
    }

    /** Codes one batch of files, one task each, and writes its staged tables; returns the batch directory. */
    private String codeBatch(JavaSparkContext jsc, FileSystem fs, org.apache.hadoop.fs.Path coded, List<InputFile> part,
                             CoderSetup coder, LocalDate date, Meters meters) throws IOException {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(coded, "batch-" + UUID.randomUUID());
        JavaRDD<Row> rows = jsc.parallelize(new ArrayList<>(part), part.size())
                .mapPartitions(it -> new CodedRows(it, coder, date, meters))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            for (int t = 0; t < STAGED.size(); t++) {
                final int table = t;
                JavaRDD<Row> these = rows.filter(r -> r.getInt(0) == table).map(ArchiveJob::withoutTag);
                spark.createDataFrame(these, STAGED.get(t)).write().mode(SaveMode.Overwrite)
                        .parquet(new org.apache.hadoop.fs.Path(dir, STAGED_NAMES.get(t)).toString());
            }
        } finally {
            rows.unpersist(false);
        }
        StringBuilder keys = new StringBuilder();
        for (InputFile f : part) keys.append(f.key()).append('\n');
        org.apache.hadoop.fs.Path tmp = new org.apache.hadoop.fs.Path(dir, DONE + ".tmp");
        try (var o = fs.create(tmp, true)) {
            o.write(keys.toString().getBytes(StandardCharsets.UTF_8));
        }
        fs.rename(tmp, new org.apache.hadoop.fs.Path(dir, DONE));
        return dir.toString();
    }

    private static Row withoutTag(Row r) {
        Object[] v = new Object[r.length() - 1];
        for (int i = 1; i < r.length(); i++) v[i - 1] = r.get(i);
        return RowFactory.create(v);
    }

    /**
     * The records of one input file, read lazily (a WARC file record by record). A file on a Hadoop file system is
     * first copied to a local directory under its own name (the readers name records after the file), and the copy
     * is deleted on {@link #close}.
     */
    static final class FileRecords implements Iterator<InputRecord>, AutoCloseable {
        private final Iterator<InputRecord> records;
        private Path copyDir;

        FileRecords(InputFile f, LocalDate date) {
            Iterator<InputRecord> r;
            if (!remote(f.path())) {
                r = Inputs.open(Path.of(f.path()), date);
            } else {
                org.apache.hadoop.fs.Path from = new org.apache.hadoop.fs.Path(f.path());
                try {
                    copyDir = Files.createTempDirectory("readout-input");
                    Path local = copyDir.resolve(from.getName());
                    try (var in = from.getFileSystem(new Configuration()).open(from)) {
                        Files.copy(in, local);
                    }
                    r = Inputs.open(local, date);
                } catch (IOException e) {
                    r = List.of(InputRecord.failed(f.path(), "cannot read file: " + e.getMessage())).iterator();
                }
            }
            records = r;
        }

        @Override
        public boolean hasNext() {
            return records.hasNext();
        }

        @Override
        public InputRecord next() {
            return records.next();
        }

        @Override
        public void close() {
            if (copyDir == null) return;
            try (var walk = Files.walk(copyDir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file left behind on an executor's disk
            }
            copyDir = null;
        }
    }

    /**
     * The staged rows of a task's files, produced lazily record by record (a WARC file is never held whole). Each row
     * starts with its table's tag. A record that cannot be read or coded becomes a failure row: it never fails the
     * task.
     */
    static final class CodedRows implements Iterator<Row> {
        private final Iterator<InputFile> files;
        private final CoderSetup coder;
        private final LocalDate date;
        private final java.util.ArrayDeque<Row> rows = new java.util.ArrayDeque<>();
        private InputFile file;
        private FileRecords records;
        private int ordRec;
        private final Set<String> codersSeen = new HashSet<>();
        private final Meters meters;

        CodedRows(Iterator<InputFile> files, CoderSetup coder, LocalDate date, Meters meters) {
            this.files = files;
            this.coder = coder;
            this.date = date;
            this.meters = meters;
        }

        @Override
        public boolean hasNext() {
            while (rows.isEmpty()) {
                if (records != null && records.hasNext()) {
                    InputRecord r = records.next();
                    int ord = ordRec++;
                    if (Arrays.binarySearch(file.skip(), ord) < 0) code(r, ord); // a repeated key is not coded
                } else if (files.hasNext()) {
                    if (records != null) records.close();
                    file = files.next();
                    ordRec = 0;
                    codersSeen.clear();
                    records = new FileRecords(file, date);
                } else {
                    if (records != null) records.close();
                    records = null;
                    return false;
                }
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) throw new NoSuchElementException();
            return rows.poll();
        }

        private void add(int table, Object... values) {
            Object[] v = new Object[values.length + 1];
            v[0] = table;
            System.arraycopy(values, 0, v, 1, values.length);
            rows.add(RowFactory.create(v));
        }

        private static Object[] join(Object[] keys, Object[] values) {
            Object[] v = Arrays.copyOf(keys, keys.length + values.length);
            System.arraycopy(values, 0, v, keys.length, values.length);
            return v;
        }

        private void code(InputRecord r, int ord) {
            String injected = System.getProperty("readout.spark.failOnce");
            if (injected != null && ord == 1 && file.path().contains(injected) && TaskContext.get() != null
                    && TaskContext.get().attemptNumber() == 0) {
                throw new IllegalStateException("injected task failure in " + file.path() + " (readout.spark.failOnce)");
            }
            if (r.article() == null) {
                add(T_FAILED, file.key(), ord, r.id(), r.error());
                return;
            }
            CodedArticle c;
            try {
                long t0 = System.nanoTime();
                readout.core.Coder threadCoder = coder.threadCoder(); // loaded on a thread's first article
                long t1 = System.nanoTime();
                c = threadCoder.code(r.article());
                meters.loadNanos().add(t1 - t0);
                meters.codeNanos().add(System.nanoTime() - t1);
                meters.articles().add(1);
                meters.sentences().add(c.sentences());
            } catch (RuntimeException | StackOverflowError e) { // as ingest: the record fails, the task goes on
                c = CodedArticle.failed(r.id(), "coder failed: " + e);
            }
            if (c.error() != null) {
                add(T_FAILED, file.key(), ord, r.id(), c.error());
                return;
            }
            Article a = r.article();
            String id = a.id();
            String coderId = c.coder() == null ? null : EventStore.coderId(c.coder());
            if (coderId != null && codersSeen.add(coderId)) add(T_CODER, join(new Object[]{file.key()}, StoreRows.coder(c.coder())));
            Object[] keys = {file.key(), ord};
            String hash = EventStore.contentHash(a.text());
            add(T_ARTICLE, join(new Object[]{file.key(), ord, id, MinHash.bands(a.text())},
                    StoreRows.article(a, c, id, EventStore.key(a), hash, SimHash.of(a.text()), null, r.id(), coderId,
                            null, null, null, LocalDateTime.now().withNano(0))));
            int idx = 0;
            for (Event e : c.events()) {
                add(T_EVENT, join(keys, StoreRows.event(e, e.id(), id, true)));
                for (Object[] m : StoreRows.mentions(e, e.id(), id)) add(T_MENTION, join(keys, m));
                for (Object[] actor : StoreRows.actors(e)) add(T_ACTOR, join(new Object[]{file.key(), ord, idx++}, actor));
            }
            for (readout.core.model.Statement st : c.statements()) add(T_STATEMENT, join(keys, StoreRows.statement(st, id)));
        }
    }

    /**
     * Decides, as the store does on ingest, which coded articles are stored, under what id, and which are near-copies
     * of which; writes the final tables to a staging directory and moves them into place. Returns the ingest log's
     * counts by status, and puts its errors by kind into {@code errors}.
     */
    private Map<String, Long> resolveAndPublish(FileSystem fs, org.apache.hadoop.fs.Path out, List<InputFile> files,
                                                Map<String, String> batches, List<Object[]> unreadable,
                                                LocalDateTime runTime, Map<String, Long> errors) throws IOException {
        Set<String> dirs = new java.util.TreeSet<>();
        for (InputFile f : files) dirs.add(batches.get(f.key()));
        List<Row> fileRows = files.stream().map(f -> RowFactory.create(f.key(), f.ordinal())).toList();
        spark.createDataFrame(fileRows, new StructType(new StructField[]{FILE_KEY, field("ord_file", Integer.class)}))
                .createOrReplaceTempView("files");
        for (int t = 0; t < STAGED.size(); t++) {
            List<String> paths = new ArrayList<>();
            for (String d : dirs) paths.add(new org.apache.hadoop.fs.Path(d, STAGED_NAMES.get(t)).toString());
            Dataset<Row> staged = dirs.isEmpty() ? spark.createDataFrame(List.of(), STAGED.get(t))
                    : spark.read().schema(STAGED.get(t)).parquet(paths.toArray(String[]::new));
            staged.createOrReplaceTempView("staged_" + STAGED_NAMES.get(t)); // file_key joins restrict to this run's files
        }
        spark.udf().register("same_story", (UDF2<String, String, Boolean>) (x, y) ->
                SimHash.overlap(x, y) >= SimHash.SAME_STORY, DataTypes.BooleanType);
        spark.udf().register("duplicate_reason", (org.apache.spark.sql.api.java.UDF1<String, String>)
                StoreRows::duplicateReason, DataTypes.StringType);

        // every coded article has a key no earlier record has (the key pass skipped the repeats): all are kept
        sql("""
                CREATE OR REPLACE TEMP VIEW kept AS
                SELECT *, CASE WHEN row_number() OVER (PARTITION BY wanted_id ORDER BY ord) = 1 THEN wanted_id
                               ELSE concat(wanted_id, '~', substring(content_hash, 1, 8)) END AS final_id
                FROM (SELECT a.*, CAST(f.ord_file AS BIGINT) * 4294967296 + a.ord_rec AS ord
                      FROM staged_articles a JOIN files f ON f.file_key = a.file_key)""");
        spark.table("kept").persist(StorageLevel.MEMORY_AND_DISK());
        long joinStarted = System.nanoTime();
        // near-copy candidates by a band join, confirmed by the store's own two tests
        List<Row> pairs = sql(String.format(java.util.Locale.ROOT, """
                WITH bands AS (SELECT ord, pos, band FROM kept LATERAL VIEW posexplode(bands) b AS pos, band),
                     cand AS (SELECT DISTINCT x.ord AS first, y.ord AS later FROM bands x JOIN bands y
                              ON x.pos = y.pos AND x.band = y.band AND x.ord < y.ord)
                SELECT c.first, c.later FROM cand c JOIN kept x ON x.ord = c.first JOIN kept y ON y.ord = c.later
                WHERE bit_count(x.simhash ^ y.simhash) <= %d AND same_story(x.text, y.text)""", SimHash.NEAR))
                .collectAsList();
        err.printf("[spark-code] near-copy join: %d confirmed pairs in %.1f s%n", pairs.size(), (System.nanoTime() - joinStarted) / 1e9);
        spark.createDataFrame(links(pairs), new StructType(new StructField[]{field("ord", Long.class),
                field("original_ord", Long.class)})).createOrReplaceTempView("links");
        sql("""
                CREATE OR REPLACE TEMP VIEW decided AS
                SELECT k.file_key, k.ord_rec, k.ord, k.wanted_id, k.final_id, o.final_id AS duplicate_of, k.published
                FROM kept k LEFT JOIN links l ON l.ord = k.ord LEFT JOIN kept o ON o.ord = l.original_ord""");
        spark.table("decided").persist(StorageLevel.MEMORY_AND_DISK());

        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put("articles", sql("SELECT " + columns(StoreRows.ARTICLES, Map.of(
                "id", "d.final_id", "duplicate_of", "d.duplicate_of",
                "duplicate_basis", "CASE WHEN d.duplicate_of IS NOT NULL THEN 'copy' END"), "k") + ", "
                + "coalesce(date_format(k.published, 'yyyy-MM'), 'unknown') AS month "
                + "FROM kept k JOIN decided d ON d.ord = k.ord"));
        String renamed = "concat(d.final_id, substring(%s, length(d.wanted_id) + 1))";
        tables.put("events", sql("SELECT " + columns(StoreRows.EVENTS, Map.of(
                "id", renamed.formatted("e.id"), "article_id", "d.final_id",
                "counts", "e.counts AND d.duplicate_of IS NULL"), "e") + ", "
                + "coalesce(date_format(coalesce(e.day, d.published), 'yyyy-MM'), 'unknown') AS month "
                + "FROM staged_events e JOIN decided d ON d.file_key = e.file_key AND d.ord_rec = e.ord_rec"));
        tables.put("mentions", sql("SELECT " + columns(StoreRows.MENTIONS, Map.of(
                "event_id", renamed.formatted("m.event_id"), "article_id", "d.final_id"), "m")
                + " FROM staged_mentions m JOIN decided d ON d.file_key = m.file_key AND d.ord_rec = m.ord_rec"));
        tables.put("statements", sql("SELECT " + columns(StoreRows.STATEMENTS, Map.of("article_id", "d.final_id"), "s")
                + " FROM staged_statements s JOIN decided d ON d.file_key = s.file_key AND d.ord_rec = s.ord_rec"));
        tables.put("actors", sql("SELECT " + String.join(", ", StoreRows.ACTORS.names()) + " FROM (SELECT a.*, "
                + "row_number() OVER (PARTITION BY a.code ORDER BY d.ord, a.idx) AS rn FROM staged_actors a "
                + "JOIN decided d ON d.file_key = a.file_key AND d.ord_rec = a.ord_rec) WHERE rn = 1"));
        tables.put("coders", sql("SELECT DISTINCT " + columns(StoreRows.CODERS, Map.of(), "c")
                + " FROM staged_coders c JOIN files f ON f.file_key = c.file_key"));
        StructType logSchema = schema(List.of(), StoreRows.INGEST_LOG);
        spark.createDataFrame(unreadable.stream().map(RowFactory::create).toList(), logSchema)
                .createOrReplaceTempView("unreadable");
        spark.createDataFrame(List.of(RowFactory.create(runTime)), new StructType(new StructField[]{
                field("at", LocalDateTime.class)})).createOrReplaceTempView("run");
        tables.put("ingest_log", sql("""
                SELECT run.at AS logged_at, k.source AS item, d.final_id AS article_id,
                       CASE WHEN d.duplicate_of IS NULL THEN 'stored' ELSE 'near_duplicate' END AS status,
                       CASE WHEN d.duplicate_of IS NULL THEN concat(k.events, ' events')
                            ELSE concat('near-copy of ', d.duplicate_of) END AS reason
                FROM kept k JOIN decided d ON d.ord = k.ord CROSS JOIN run
                UNION ALL
                SELECT run.at, d.source, k.final_id, 'duplicate', duplicate_reason(d.key)
                FROM (SELECT *, row_number() OVER (PARTITION BY key ORDER BY ord_file, ord_rec) AS rn FROM keys) d
                LEFT JOIN kept k ON k.key = d.key CROSS JOIN run WHERE d.rn > 1
                UNION ALL
                SELECT run.at, f.item, CAST(NULL AS STRING), 'error', f.reason
                FROM staged_failed f JOIN files ON files.file_key = f.file_key CROSS JOIN run
                UNION ALL
                SELECT * FROM unreadable"""));

        org.apache.hadoop.fs.Path staging = new org.apache.hadoop.fs.Path(out, "_staging-" + UUID.randomUUID());
        for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) {
            long t0 = System.nanoTime();
            Dataset<Row> d = t.getValue();
            boolean byMonth = Arrays.asList(d.columns()).contains("month");
            // one task per month, so each month is one file per run rather than one per task and month
            var w = (byMonth ? d.repartition(d.col("month")) : d).write().mode(SaveMode.Overwrite);
            if (byMonth) w = w.partitionBy("month");
            w.parquet(new org.apache.hadoop.fs.Path(staging, t.getKey()).toString());
            err.printf("[spark-code] wrote %s in %.1f s%n", t.getKey(), (System.nanoTime() - t0) / 1e9);
        }
        // the log's counts by status, and its errors by kind (as `readout ingest` counts them), in one read
        Map<String, Long> statuses = new TreeMap<>();
        spark.udf().register("error_kind", (org.apache.spark.sql.api.java.UDF1<String, String>) reason ->
                readout.app.pipeline.Progress.kind(String.valueOf(reason)), DataTypes.StringType);
        spark.read().schema(schema(List.of(), StoreRows.INGEST_LOG))
                .parquet(new org.apache.hadoop.fs.Path(staging, "ingest_log").toString()).createOrReplaceTempView("written_log");
        for (Row r : sql("""
                SELECT status, CASE WHEN status = 'error' THEN error_kind(reason) END, count(*)
                FROM written_log GROUP BY 1, 2""").collectAsList()) {
            statuses.merge(r.getString(0), r.getLong(2), Long::sum);
            if (!r.isNullAt(1)) errors.put(r.getString(1), r.getLong(2));
        }
        // swap: the manifest goes first and comes back last, so a reader never takes a mix of two runs for one
        fs.delete(new org.apache.hadoop.fs.Path(out, MANIFEST), false);
        for (String t : tables.keySet()) {
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out, t);
            fs.delete(target, true);
            if (!fs.rename(new org.apache.hadoop.fs.Path(staging, t), target)) {
                throw new IOException("cannot move " + t + " into " + out);
            }
        }
        fs.delete(staging, true);
        spark.table("kept").unpersist();
        spark.table("decided").unpersist();
        return statuses;
    }

    private Dataset<Row> sql(String q) {
        return spark.sql(q);
    }

    /**
     * The store's near-copy links from confirmed candidate pairs, decided in input order as the store does: an
     * article is a near-copy of the first earlier original story it matches; a near-copy is never an original.
     */
    static List<Row> links(List<Row> pairs) {
        Map<Long, List<Long>> earlier = new TreeMap<>();
        for (Row p : pairs) earlier.computeIfAbsent(p.getLong(1), k -> new ArrayList<>()).add(p.getLong(0));
        Set<Long> copies = new HashSet<>();
        List<Row> out = new ArrayList<>();
        for (Map.Entry<Long, List<Long>> e : earlier.entrySet()) {
            e.getValue().sort(null);
            for (Long first : e.getValue()) {
                if (copies.contains(first)) continue;
                copies.add(e.getKey());
                out.add(RowFactory.create(e.getKey(), first));
                break;
            }
        }
        return out;
    }

    /** A SELECT list of a store table's columns from {@code alias}, with some replaced by expressions. */
    private static String columns(StoreRows.Table t, Map<String, String> replaced, String alias) {
        List<String> out = new ArrayList<>();
        for (String c : t.names()) {
            String q = "`" + c + "`";
            out.add(replaced.containsKey(c) ? replaced.get(c) + " AS " + q : alias + "." + q);
        }
        return String.join(", ", out);
    }

    private void writeManifest(FileSystem fs, org.apache.hadoop.fs.Path out, Options o, int files,
                               Map<String, Long> statuses, long events, String coderId, LocalDateTime runTime)
            throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var m = json.createObjectNode();
        m.put("format", "readout-archive/1");
        m.put("finished", runTime.toString());
        m.put("coder", coderId);
        m.put("files", files);
        var in = m.putArray("inputs");
        for (String p : o.inputs()) in.add(p);
        var s = m.putObject("ingest_log");
        statuses.forEach(s::put);
        m.put("events", events);
        m.putArray("tables").addAll(StoreRows.TABLES.stream().map(t -> json.getNodeFactory().textNode(t.name())).toList());
        org.apache.hadoop.fs.Path tmp = new org.apache.hadoop.fs.Path(out, MANIFEST + ".tmp");
        try (var w = fs.create(tmp, true)) {
            w.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
        }
        if (!fs.rename(tmp, new org.apache.hadoop.fs.Path(out, MANIFEST))) throw new IOException("cannot write " + MANIFEST);
    }

    private static StructField field(String name, Class<?> type) {
        return DataTypes.createStructField(name, sparkType(type), true);
    }

    private static DataType sparkType(Class<?> type) {
        if (type == String.class) return DataTypes.StringType;
        if (type == Integer.class) return DataTypes.IntegerType;
        if (type == Long.class) return DataTypes.LongType;
        if (type == Double.class) return DataTypes.DoubleType;
        if (type == Boolean.class) return DataTypes.BooleanType;
        if (type == LocalDate.class) return DataTypes.DateType;
        if (type == LocalDateTime.class) return DataTypes.TimestampNTZType;
        if (type == float[].class) return DataTypes.createArrayType(DataTypes.FloatType, false);
        throw new IllegalArgumentException("no Spark type for " + type);
    }

    private static StructType schema(List<StructField> keys, StoreRows.Table table) {
        List<StructField> f = new ArrayList<>(keys);
        if (table != null) for (StoreRows.Column c : table.columns()) f.add(field(c.name(), c.type()));
        return new StructType(f.toArray(StructField[]::new));
    }
}
