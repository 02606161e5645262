package readout.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import readout.core.Resources;
import readout.core.model.Article;
import readout.core.model.CodedArticle;
import readout.core.model.Event;
import readout.core.model.Provenance;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * One DuckDB file of coded news. An article is written with its events, evidence mentions, actors and attributed
 * statements (each side's account, {@code statements}) in
 * one transaction (articles are batched per transaction, see {@link #commit}), so a crash leaves every
 * article either wholly stored or absent. Re-adding an
 * article with the same key (canonical URL, else content hash) is a no-op; a near-copy of a stored story
 * (SimHash candidates confirmed by shingle overlap) is stored and linked to the original with {@code duplicate_of}.
 * Opened with {@link Rewrites}, the store also keeps each article's lead vector and links a rewrite of a stored
 * story (leads alike in meaning, published close together, a dyad in common); {@code duplicate_basis} says which.
 * Each article names the coder that coded it ({@code articles.coder} → {@code coders.id}); each event the
 * lexicon row that coded it ({@code events.pattern}), or the classifier's model and its probability
 * ({@code events.probability}). One writer per file; not thread-safe.
 */
public final class EventStore implements AutoCloseable {

    /** What happened to one article. */
    public enum Outcome { STORED, NEAR_DUPLICATE, DUPLICATE }

    /**
     * The result of {@link #add}; {@code basis} says how a near-duplicate was found: "copy" or "rewrite" (null
     * otherwise).
     */
    public record Added(String articleId, Outcome outcome, String duplicateOf, int events, String basis) {
        public Added(String articleId, Outcome outcome, String duplicateOf, int events) {
            this(articleId, outcome, duplicateOf, events, null);
        }
    }

    private final DuckDBConnection connection;
    private final Path file;
    /** Articles per commit at most; a commit also happens after {@link #BATCH_NANOS}. */
    static final int BATCH_ARTICLES = 200;
    private static final long BATCH_NANOS = 1_000_000_000L;
    /** One stored story's SimHash, for finding near-copies. */
    private record Fingerprint(String articleId, long simhash) {
    }

    private final List<Fingerprint> fingerprints = new ArrayList<>();
    /** The semantic rewrite check, or null for SimHash copies only. */
    private final Rewrites rewrites;

    /** An original story's lead vector and dyads, for the rewrite check. */
    private record Lead(String articleId, LocalDate published, Rewrites.Lead vectors, java.util.Set<String> dyads) {
    }

    /** Original stories of the open batch with a lead: not visible to queries until committed. */
    private final List<Lead> batchLeads = new ArrayList<>();
    /** Days of committed stories' leads held, read once per day from the file; ingest runs roughly in date order. */
    private static final int LEAD_DAYS_HELD = 21;
    /** Days read from the file on a miss, centred on the day asked for. */
    private static final int LEAD_DAYS_READ = 7;
    private final java.util.LinkedHashMap<LocalDate, List<Lead>> leadsByDay = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<LocalDate, List<Lead>> eldest) {
            return size() > LEAD_DAYS_HELD;
        }
    };
    private DuckDBAppender eventAppender;
    private DuckDBAppender mentionAppender;
    private DuckDBAppender articleAppender;
    private DuckDBAppender logAppender;
    private DuckDBAppender actorAppender;
    private DuckDBAppender coderAppender;
    private DuckDBAppender statementAppender;
    /** Keys and ids written in the open batch: appended rows are not visible to queries until committed. */
    private final java.util.Set<String> batchKeys = new java.util.HashSet<>();
    private final java.util.Set<String> batchIds = new java.util.HashSet<>();
    private final java.util.Map<String, String> batchTexts = new java.util.HashMap<>();
    private final java.util.Set<String> actorCodes = new java.util.HashSet<>();
    /** Coder ids committed, and those written in the open batch (forgotten if it rolls back). */
    private final java.util.Set<String> coderIds = new java.util.HashSet<>();
    private final java.util.Set<String> batchCoderIds = new java.util.HashSet<>();
    private int pending;
    private long batchStarted;

    private EventStore(Path file, DuckDBConnection connection, Rewrites rewrites) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.rewrites = rewrites;
        Migrations.apply(connection);
        reload();
    }

    /** Reads what the writer keeps in memory (stored stories' fingerprints, actor and coder ids) from the file. */
    void reload() throws SQLException {
        fingerprints.clear();
        actorCodes.clear();
        coderIds.clear();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT id, simhash FROM articles WHERE duplicate_of IS NULL ORDER BY ingested_at")) {
            while (r.next()) {
                fingerprints.add(new Fingerprint(r.getString(1), r.getLong(2)));
            }
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT code FROM actors")) {
            while (r.next()) actorCodes.add(r.getString(1));
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM coders")) {
            while (r.next()) coderIds.add(r.getString(1));
        }
    }

    /** Opens (creating if needed) the store at a path; extension auto-install and auto-load are off. */
    public static EventStore open(Path file) throws SQLException {
        return open(file, null);
    }

    /**
     * As {@link #open(Path)}; with {@code rewrites} (may be null), each added article's lead is encoded and stored,
     * and a rewrite of a stored story is linked to it as a near-duplicate.
     */
    public static EventStore open(Path file, Rewrites rewrites) throws SQLException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the directory of " + file + ": " + e.getMessage(), e);
        }
        Properties p = new Properties();
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "false");
        Connection c = connectWaiting(file, "jdbc:duckdb:" + file.toAbsolutePath(), p);
        return new EventStore(file, (DuckDBConnection) c, rewrites);
    }

    /**
     * A read-only connection to an existing store, for a reader in another process than the writer (see
     * docs/adr/0012-serve-reads-read-only.md): no migration, no lock held beyond the connection's life.
     *
     * @throws java.nio.file.NoSuchFileException when there is no store at {@code file}
     */
    public static Connection readOnly(Path file) throws SQLException, java.nio.file.NoSuchFileException {
        if (!Files.isRegularFile(file)) throw new java.nio.file.NoSuchFileException(file.toString(), null, "no store there");
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "false");
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
    }

    /** How long a writer waits for readers in other processes (a serve request's read-only connection) to let go. */
    public static final long LOCK_WAIT_MILLIS = 10_000;

    /**
     * Connects, waiting up to {@link #LOCK_WAIT_MILLIS} while another process holds the file's lock, and saying so
     * meanwhile with a marker file beside the store ({@link #writerWaiting}): a server lets go of its read-only
     * instance when it sees the marker (and every few seconds in any case), so the writer gets the file a moment later.
     */
    private static Connection connectWaiting(Path file, String url, Properties p) throws SQLException {
        long deadline = System.nanoTime() + LOCK_WAIT_MILLIS * 1_000_000L;
        Path marker = waitingMarker(file);
        boolean announced = false;
        try {
            while (true) {
                try {
                    return DriverManager.getConnection(url, p);
                } catch (SQLException e) {
                    String m = String.valueOf(e.getMessage());
                    if (!m.contains("Could not set lock") || System.nanoTime() > deadline) throw e;
                    if (!announced) {
                        try {
                            Files.writeString(marker, Long.toString(ProcessHandle.current().pid()));
                            announced = true;
                        } catch (java.io.IOException ignored) {
                            // only a courtesy to readers: they also let go every few seconds
                        }
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        } finally {
            if (announced) {
                try {
                    Files.deleteIfExists(marker);
                } catch (java.io.IOException ignored) {
                    // a stale marker is ignored after WAITING_MARKER_MILLIS
                }
            }
        }
    }

    /** A marker older than this is a writer that died waiting, and is ignored. */
    static final long WAITING_MARKER_MILLIS = LOCK_WAIT_MILLIS + 5_000;

    private static Path waitingMarker(Path file) {
        return file.resolveSibling(file.getFileName() + ".writer-waiting");
    }

    /**
     * Whether a writer in some process is waiting for the file's lock (it leaves a marker beside the file while it
     * retries): a long-lived reader should let go of the file now (see docs/adr/0012-serve-reads-read-only.md).
     */
    public static boolean writerWaiting(Path file) {
        try {
            java.nio.file.attribute.FileTime t = Files.getLastModifiedTime(waitingMarker(file));
            return System.currentTimeMillis() - t.toMillis() < WAITING_MARKER_MILLIS;
        } catch (java.io.IOException e) {
            return false;
        }
    }


    public Path file() {
        return file;
    }

    /** The JDBC connection, for queries and exports. */
    public Connection connection() {
        return connection;
    }

    /** The identity of an article: its canonical URL when it has one, else a hash of its text. */
    public static String key(Article a) {
        String url = canonicalUrl(a.url());
        return url != null ? url : "sha256:" + contentHash(a.text());
    }

    /** A URL without fragment, tracking parameters, default port or trailing slash; host in lower case. */
    static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            URI u = new URI(url.trim());
            if (u.getHost() == null) return url.trim();
            String query = u.getRawQuery();
            if (query != null) {
                List<String> keep = new ArrayList<>();
                for (String part : query.split("&")) if (!part.toLowerCase(Locale.ROOT).matches("(utm_|fbclid|gclid|ref=|cmp=).*")) keep.add(part);
                query = keep.isEmpty() ? null : String.join("&", keep);
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
            String scheme = u.getScheme() == null ? "https" : u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                    + (query == null ? "" : "?" + query);
        } catch (java.net.URISyntaxException e) {
            return url.trim();
        }
    }

    /**
     * The id of a coder's row in {@code coders}: SHA-256 (first 12 hex digits) over its fields, so the same
     * coder has the same id in every store and merged stores agree.
     */
    public static String coderId(Provenance p) {
        String fields = String.join("\n", p.readout(), p.kb(), p.lexicon(), p.ontologyVersion(), p.ontology());
        if (!Provenance.NO_MODEL.equals(p.model())) fields += "\n" + p.model(); // pattern-only coders keep their ids
        return HexFormat.of().formatHex(Resources.sha256().digest(fields.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
    }

    /** SHA-256 of the text with its white space normalised: the key of an article without a URL. */
    public static String contentHash(String text) {
        String normal = text.strip().replaceAll("\\s+", " ");
        return HexFormat.of().formatHex(Resources.sha256().digest(normal.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Stores an article and its events in one transaction, unless an article with the same key is there.
     *
     * @param source where it came from (file, WARC record, feed), for the ingest log
     */
    public Added add(Article article, CodedArticle coded, String source) throws SQLException {
        String key = key(article);
        String hash = contentHash(article.text());
        if (batchKeys.contains(key)) {
            log(source, null, "duplicate", StoreRows.duplicateReason(key));
            return new Added(null, Outcome.DUPLICATE, null, 0);
        }
        try (PreparedStatement q = connection.prepareStatement("SELECT id FROM articles WHERE key = ?")) {
            q.setString(1, key);
            try (ResultSet r = q.executeQuery()) {
                if (r.next()) {
                    String existing = r.getString(1);
                    log(source, existing, "duplicate", StoreRows.duplicateReason(key));
                    return new Added(existing, Outcome.DUPLICATE, existing, 0);
                }
            }
        }
        String id = uniqueId(article.id(), hash);
        long simhash = SimHash.of(article.text());
        String original = nearest(simhash, article.text());
        String basis = original == null ? null : "copy";
        String reason = "near-copy of " + original;
        Rewrites.Lead lead = rewrites == null ? null : rewrites.encode(article.text());
        java.util.Set<String> dyads = new java.util.TreeSet<>();
        for (Event e : coded.events()) if (StoreRows.dyad(e) != null) dyads.add(StoreRows.dyad(e));
        if (original == null && lead != null) {
            Rewrite r = rewriteOf(article.date(), lead, dyads);
            if (r != null) {
                original = r.articleId();
                basis = "rewrite";
                reason = String.format(Locale.ROOT, "rewrite of %s (lead cosine %.3f, alignment %.3f)", original, r.cosine(),
                        r.alignment());
            }
        }
        begin();
        try {
            String coder = coded.coder() == null ? null : coder(coded.coder());
            append(articleAppender, StoreRows.article(article, coded, id, key, hash, simhash, original, source, coder,
                    lead == null ? null : lead.whole(), lead == null ? null : lead.flatSentences(), basis, LocalDateTime.now()));
            List<Event> events = coded.events();
            for (Event e : events) {
                String eventId = StoreRows.eventId(e, id);
                append(eventAppender, StoreRows.event(e, eventId, id, original == null));
                for (Object[] m : StoreRows.mentions(e, eventId, id)) append(mentionAppender, m);
                for (Object[] a : StoreRows.actors(e)) if (actorCodes.add((String) a[0])) append(actorAppender, a);
            }
            for (readout.core.model.Statement st : coded.statements()) append(statementAppender, StoreRows.statement(st, id));
            log(source, id, original == null ? "stored" : "near_duplicate", original == null ? events.size() + " events" : reason);
            for (String skipped : coded.skipped()) log(source, id, "skipped", skipped); // a sentence the coder failed on
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
        if (original == null) {
            fingerprints.add(new Fingerprint(id, simhash));
        }
        batchKeys.add(key);
        batchIds.add(id);
        if (original == null) batchTexts.put(id, article.text());
        if (original == null && lead != null && article.date() != null) batchLeads.add(new Lead(id, article.date(), lead, dyads));
        pending++;
        if (pending >= BATCH_ARTICLES || System.nanoTime() - batchStarted > BATCH_NANOS) commit();
        return new Added(id, original == null ? Outcome.STORED : Outcome.NEAR_DUPLICATE, original, coded.events().size(), basis);
    }

    /**
     * Makes everything added so far durable. Articles are committed in small batches (at most
     * {@value #BATCH_ARTICLES} or one second's worth): a commit costs a disk sync, and each article is still
     * all-or-nothing; after a crash the uncommitted batch is simply ingested again.
     */
    public void commit() throws SQLException {
        if (eventAppender == null) return;
        try {
            for (DuckDBAppender a : appenders()) a.close();
            connection.commit();
            coderIds.addAll(batchCoderIds);
            for (Lead l : batchLeads) { // days read before these rows were committed
                List<Lead> held = leadsByDay.get(l.published());
                if (held != null) held.add(l);
            }
        } finally {
            clearBatch();
            connection.setAutoCommit(true);
        }
    }

    private void begin() throws SQLException {
        if (eventAppender != null) return;
        connection.setAutoCommit(false);
        coderAppender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "coders");
        articleAppender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles");
        eventAppender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
        mentionAppender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions");
        actorAppender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "actors");
        logAppender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ingest_log");
        statementAppender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "statements");
        batchStarted = System.nanoTime();
    }

    /** In dependency order: a coder's row before its articles' rows, an article's row before its events' rows. */
    private List<DuckDBAppender> appenders() {
        return List.of(coderAppender, articleAppender, eventAppender, mentionAppender, actorAppender, logAppender,
                statementAppender);
    }

    private void clearBatch() {
        coderAppender = null;
        articleAppender = null;
        eventAppender = null;
        mentionAppender = null;
        actorAppender = null;
        logAppender = null;
        statementAppender = null;
        pending = 0;
        batchKeys.clear();
        batchIds.clear();
        batchTexts.clear();
        batchLeads.clear();
        batchCoderIds.clear();
    }

    private void rollback() throws SQLException {
        if (eventAppender != null) {
            for (DuckDBAppender a : appenders()) {
                try {
                    a.close();
                } catch (SQLException ignored) {
                    // the transaction is rolled back either way
                }
            }
        }
        clearBatch();
        connection.rollback();
        connection.setAutoCommit(true);
    }

    /** True when an article with this article's key is stored (re-ingest skips it before coding). */
    public boolean contains(Article article) throws SQLException {
        if (batchKeys.contains(key(article))) return true;
        try (PreparedStatement q = connection.prepareStatement("SELECT 1 FROM articles WHERE key = ?")) {
            q.setString(1, key(article));
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }

    /** True when a feed's item was fetched before (by any earlier run). */
    public boolean seen(String feed, String item) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT 1 FROM feed_seen WHERE feed = ? AND item = ?")) {
            q.setString(1, feed);
            q.setString(2, item);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Remembers a feed item as fetched. */
    public void markSeen(String feed, String item) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT OR IGNORE INTO feed_seen VALUES (?, ?, ?)")) {
            p.setString(1, feed);
            p.setString(2, item);
            p.setObject(3, LocalDateTime.now());
            p.executeUpdate();
        }
    }

    /** Records that an item was already stored and skipped. */
    public void logDuplicate(String item) throws SQLException {
        log(item, null, "duplicate", "already stored");
    }

    /** Records an item that could not be read or coded; nothing else is written for it. */
    public void logFailure(String item, String reason) throws SQLException {
        log(item, null, "error", reason);
    }

    private void log(String item, String articleId, String status, String reason) throws SQLException {
        if (logAppender != null) {
            append(logAppender, StoreRows.log(LocalDateTime.now(), item, articleId, status, reason));
            return;
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO ingest_log VALUES (?, ?, ?, ?, ?)")) {
            p.setObject(1, LocalDateTime.now());
            p.setString(2, item);
            p.setString(3, articleId);
            p.setString(4, status);
            p.setString(5, reason);
            p.executeUpdate();
        }
    }

    /** The stored story this text is a near-copy of: a SimHash candidate whose shingles mostly agree. */
    private String nearest(long simhash, String text) throws SQLException {
        for (Fingerprint f : fingerprints) {
            if (SimHash.distance(f.simhash(), simhash) > SimHash.NEAR) continue;
            String pendingText = batchTexts.get(f.articleId()); // appended rows are not visible yet
            if (pendingText != null) {
                if (SimHash.overlap(pendingText, text) >= SimHash.SAME_STORY) return f.articleId();
                continue;
            }
            try (PreparedStatement q = connection.prepareStatement("SELECT text FROM articles WHERE id = ?")) {
                q.setString(1, f.articleId());
                try (ResultSet r = q.executeQuery()) {
                    if (r.next() && SimHash.overlap(r.getString(1), text) >= SimHash.SAME_STORY) return f.articleId();
                }
            }
        }
        return null;
    }

    /** A stored story an article's lead matches, and how closely. */
    private record Rewrite(String articleId, double cosine, double alignment) {
    }

    /**
     * The stored original story this article rewrites: the closest lead among stories published within the rule's
     * days that passes {@link Rewrites#same}. Stored leads are read from the file once per day, never re-encoded.
     */
    private Rewrite rewriteOf(LocalDate published, Rewrites.Lead lead, java.util.Set<String> dyads) throws SQLException {
        if (published == null) return null; // closeness in date cannot be checked
        Rewrite best = null;
        List<Lead> candidates = new ArrayList<>(batchLeads);
        for (LocalDate d = published.minusDays(rewrites.days()); !d.isAfter(published.plusDays(rewrites.days())); d = d.plusDays(1)) {
            candidates.addAll(leads(d));
        }
        for (Lead l : candidates) {
            if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(l.published(), published)) > rewrites.days()) continue;
            if (l.vectors().whole().length != lead.whole().length) continue; // stored by another encoder
            double c = lead.cosine(l.vectors());
            if (best != null && c <= best.cosine()) continue;
            double a = lead.alignment(l.vectors());
            if (rewrites.same(c, a, published, l.published(), dyads, l.dyads())) best = new Rewrite(l.articleId(), c, a);
        }
        return best;
    }

    /**
     * The leads of the committed original stories published on a day. On a miss, the week around it is read in one
     * query (a scan reads the whole lead column of the row groups it touches, so one query per day would cost as
     * much as one per week); the days are then kept up to date at each commit.
     */
    private List<Lead> leads(LocalDate day) throws SQLException {
        List<Lead> held = leadsByDay.get(day);
        if (held != null) return held;
        LocalDate from = day.minusDays(LEAD_DAYS_READ / 2);
        LocalDate to = day.plusDays(LEAD_DAYS_READ / 2);
        java.util.Map<LocalDate, List<Lead>> read = new java.util.TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) read.put(d, new ArrayList<>());
        String sql = """
                SELECT a.id, a.published, any_value(a.lead), any_value(a.lead_sentences), string_agg(DISTINCT e.dyad, ';')
                FROM articles a LEFT JOIN events e ON e.article_id = a.id AND e.dyad IS NOT NULL
                WHERE a.published BETWEEN ? AND ? AND a.duplicate_of IS NULL AND a.lead IS NOT NULL AND a.lead_sentences IS NOT NULL
                GROUP BY a.id, a.published""";
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            q.setObject(1, from);
            q.setObject(2, to);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    LocalDate published = r.getObject(2, LocalDate.class);
                    Rewrites.Lead vectors = Rewrites.Lead.of(floats(r.getArray(3)), floats(r.getArray(4)));
                    if (vectors == null) continue; // lengths that do not fit: not comparable
                    String d = r.getString(5);
                    read.get(published).add(new Lead(r.getString(1), published, vectors,
                            d == null ? java.util.Set.of() : java.util.Set.of(d.split(";"))));
                }
            }
        }
        read.forEach(leadsByDay::putIfAbsent); // a day already held is as current as the file
        return leadsByDay.containsKey(day) ? leadsByDay.get(day) : read.get(day);
    }

    private static float[] floats(java.sql.Array a) throws SQLException {
        Object[] xs = (Object[]) a.getArray();
        float[] v = new float[xs.length];
        for (int i = 0; i < xs.length; i++) v[i] = ((Number) xs[i]).floatValue();
        return v;
    }

    private String uniqueId(String wanted, String hash) throws SQLException {
        if (batchIds.contains(wanted)) return wanted + "~" + hash.substring(0, 8);
        try (PreparedStatement q = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            q.setString(1, wanted);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? wanted + "~" + hash.substring(0, 8) : wanted;
            }
        }
    }

    /** The coder's id, writing its row the first time this store sees it. */
    private String coder(Provenance p) throws SQLException {
        String id = coderId(p);
        if (coderIds.contains(id) || !batchCoderIds.add(id)) return id;
        append(coderAppender, StoreRows.coder(p));
        return id;
    }

    /** Appends one row of {@link StoreRows} values, in table order. */
    private static void append(DuckDBAppender ap, Object[] row) throws SQLException {
        ap.beginRow();
        for (Object v : row) {
            if (v == null) ap.appendNull();
            else if (v instanceof String x) ap.append(x);
            else if (v instanceof Integer x) ap.append(x.intValue());
            else if (v instanceof Long x) ap.append(x.longValue());
            else if (v instanceof Double x) ap.append(x.doubleValue());
            else if (v instanceof Boolean x) ap.append(x.booleanValue());
            else if (v instanceof LocalDate x) ap.append(x);
            else if (v instanceof LocalDateTime x) ap.append(x);
            else if (v instanceof float[] x) ap.append(x);
            else throw new IllegalArgumentException("no store type for " + v.getClass());
        }
        ap.endRow();
    }

    /** Commits what is pending and closes the file. */
    @Override
    public void close() throws SQLException {
        try {
            commit();
        } finally {
            connection.close();
        }
    }
}
