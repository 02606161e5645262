package readout.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads the Parquet output of the Spark job (readout-spark, {@code readout spark-code}) into a store: its tables
 * have the store's columns ({@link StoreRows}), so the load is one {@code INSERT … SELECT} per table, in one
 * transaction. Articles already in the store (same key or id) are skipped with their rows, so importing the same
 * output twice adds nothing. Near-copies are linked within the output, not against stories already stored.
 */
public final class ArchiveImport {
    /** The marker the job writes last; without it the output is unfinished. */
    public static final String MANIFEST = "_readout.json";

    /** Rows added per table, and articles skipped because the store had them. */
    public record Result(Map<String, Long> added, long skipped) {
    }

    private ArchiveImport() {
    }

    public static Result load(EventStore store, Path dir) throws SQLException, IOException {
        check(dir);
        return loadChecked(store, dir);
    }

    /** Fails, saying why, unless {@code dir} is a finished spark-code output (so nothing is opened or created). */
    public static void check(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new NoSuchFileException(dir.toString(), null, "no such directory");
        if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
            throw new IOException(dir + " is not a finished spark-code output (no " + MANIFEST
                    + "): the job did not finish; run it again with the same --out");
        }
        for (StoreRows.Table t : StoreRows.TABLES) {
            if (!Files.isDirectory(dir.resolve(t.name()))) throw new IOException(dir + " has no " + t.name() + " table");
        }
    }

    private static Result loadChecked(EventStore store, Path dir) throws SQLException, IOException {
        store.commit();
        Connection c = store.connection();
        Map<String, Long> added = new LinkedHashMap<>();
        long skipped;
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (StoreRows.Table t : StoreRows.TABLES) {
                boolean any;
                try (var files = Files.walk(dir.resolve(t.name()))) {
                    any = files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
                }
                s.execute("CREATE OR REPLACE TEMP TABLE import_" + t.name() + " AS SELECT " + String.join(", ", quoted(t))
                        + (any ? " FROM read_parquet('" + glob(dir, t) + "', hive_partitioning = true, union_by_name = true)"
                        : " FROM " + t.name() + " LIMIT 0")); // a table the job wrote no file for: empty
            }
            s.execute("""
                    CREATE OR REPLACE TEMP TABLE import_new AS SELECT id FROM import_articles i
                    WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.key = i.key OR a.id = i.id)""");
            skipped = count(s, "SELECT (SELECT count(*) FROM import_articles) - (SELECT count(*) FROM import_new)");
            added.put("coders", insert(s, StoreRows.CODERS, "WHERE id NOT IN (SELECT id FROM coders)"));
            added.put("articles", insert(s, StoreRows.ARTICLES, "WHERE id IN (SELECT id FROM import_new)"));
            added.put("events", insert(s, StoreRows.EVENTS, "WHERE article_id IN (SELECT id FROM import_new)"));
            added.put("mentions", insert(s, StoreRows.MENTIONS, "WHERE article_id IN (SELECT id FROM import_new)"));
            added.put("actors", insert(s, StoreRows.ACTORS, "WHERE code NOT IN (SELECT code FROM actors)"));
            added.put("statements", insert(s, StoreRows.STATEMENTS, "WHERE article_id IN (SELECT id FROM import_new)"));
            added.put("ingest_log", insert(s, StoreRows.INGEST_LOG, """
                    i WHERE NOT EXISTS (SELECT 1 FROM ingest_log l WHERE l.item IS NOT DISTINCT FROM i.item
                      AND l.status = i.status AND l.reason IS NOT DISTINCT FROM i.reason)"""));
            for (StoreRows.Table t : StoreRows.TABLES) s.execute("DROP TABLE import_" + t.name());
            s.execute("DROP TABLE import_new");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        store.reload();
        return new Result(added, skipped);
    }

    private static long insert(Statement s, StoreRows.Table t, String where) throws SQLException {
        String cols = String.join(", ", quoted(t));
        return s.executeUpdate("INSERT INTO " + t.name() + " (" + cols + ") SELECT " + cols + " FROM import_" + t.name()
                + " " + where);
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static java.util.List<String> quoted(StoreRows.Table t) {
        return t.names().stream().map(n -> '"' + n + '"').toList();
    }

    private static String glob(Path dir, StoreRows.Table t) {
        return dir.toAbsolutePath().resolve(t.name()).resolve("**").resolve("*.parquet").toString().replace("'", "''");
    }
}
