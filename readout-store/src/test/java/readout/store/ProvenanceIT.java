package readout.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.core.model.Actor;
import readout.core.model.Article;
import readout.core.model.CodedArticle;
import readout.core.model.Event;
import readout.core.model.Evidence;
import readout.core.model.Modality;
import readout.core.model.Provenance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Provenance in a real DuckDB file: each article's coder, each event's pattern, and old files migrated. */
class ProvenanceIT {
    private static final Provenance CODER = new Provenance("9.9.9-test", "kb0123456789", "lex012345678",
            "cameo-test", "ont012345678", "none");
    private static final Provenance NEWER = new Provenance("9.9.9-test", "kb0123456789", "lex999999999",
            "cameo-test", "ont012345678", "mod012345678");

    private static final String TEXT = "South Korean President Lee Jae-myung spoke by phone with Chinese President Xi Jinping.";

    private static CodedArticle coded(String id, Provenance coder, String pattern) {
        Actor lee = new Actor("Lee Jae-myung", "Lee Jae-myung", "KORGOV", "KOR", "GOV", "president", 23, 36);
        Actor xi = new Actor("Xi Jinping", "Xi Jinping", "CHNGOV", "CHN", "GOV", "president", 75, 85);
        Event e = new Event(id + "-0-0", id, 0, "2025-06-10", "publication date", lee, xi, "041", "04", "CONSULT", "phone",
                1.0, 1, Modality.ASSERTED, null, null, List.of(), new Evidence(TEXT, 0, TEXT.length(), "spoke by phone", List.of()),
                pattern, null);
        return new CodedArticle(id, List.of(e), null, coder, 1, 1);
    }

    private static Article article(String id, String url) {
        return new Article(id, LocalDate.parse("2025-06-10"), null, url, "Example", TEXT + " (" + id + ")");
    }

    @Test
    void a_sentence_the_coder_skipped_is_logged_with_its_article_and_reason(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("readout.db");
        CodedArticle c = coded("a", CODER, "lexicon/events.tsv:41");
        CodedArticle partly = new CodedArticle(c.id(), c.events(), null, CODER, 2, 1, List.of(),
                List.of("sentence 1: coder failed: IllegalStateException: no parse"));
        try (EventStore s = EventStore.open(db)) {
            s.add(article("a", "https://example.org/a"), partly, "in.jsonl:1");
        }
        try (EventStore s = EventStore.open(db)) {
            assertEquals(1, scalar(s, "SELECT count(*) FROM events WHERE article_id = 'a'"), "the rest of the article is stored");
            assertEquals("sentence 1: coder failed: IllegalStateException: no parse",
                    string(s, "SELECT reason FROM ingest_log WHERE status = 'skipped' AND article_id = 'a' AND item = 'in.jsonl:1'"));
        }
    }

    @Test
    void a_stored_article_names_its_coder_and_a_stored_event_its_pattern(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("readout.db");
        try (EventStore s = EventStore.open(db)) {
            s.add(article("a", "https://example.org/a"), coded("a", CODER, "lexicon/events.tsv:41"), "test");
            s.add(article("b", "https://example.org/b"), coded("b", CODER, "lexicon/events.tsv:42"), "test");
            s.add(article("c", "https://example.org/c"), coded("c", NEWER, "lexicon/events.tsv:43"), "test");
        }
        try (EventStore s = EventStore.open(db)) { // reopened: what was committed, not what was in memory
            Queries q = new Queries(s);
            assertEquals(CODER, q.coder("a"));
            assertEquals(CODER, q.coder("b"));
            assertEquals(NEWER, q.coder("c"));
            assertEquals(2, scalar(s, "SELECT count(*) FROM coders"), "one row per distinct coder");
            assertEquals(EventStore.coderId(CODER), string(s, "SELECT coder FROM articles WHERE id = 'a'"));
            assertNotEquals(EventStore.coderId(CODER), EventStore.coderId(NEWER));
            assertEquals("lexicon/events.tsv:41", string(s, "SELECT pattern FROM events WHERE id = 'a-0-0'"));
            assertEquals("lexicon/events.tsv:43", string(s, "SELECT pattern FROM events WHERE id = 'c-0-0'"));
            var rows = q.events(EventQuery.all(10));
            assertEquals(3, rows.size());
            for (Queries.EventRow r : rows) assertTrue(r.pattern().startsWith("lexicon/events.tsv:4"), r.toString());
        }
        try (EventStore s = EventStore.open(db)) { // a later ingest by a known coder adds no second row
            s.add(article("d", "https://example.org/d"), coded("d", CODER, "lexicon/events.tsv:44"), "test");
        }
        try (EventStore s = EventStore.open(db)) {
            assertEquals(2, scalar(s, "SELECT count(*) FROM coders"));
            assertEquals(CODER, new Queries(s).coder("d"));
        }
    }

    @Test
    void csv_and_parquet_exports_carry_each_events_pattern(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("readout.db");
        try (EventStore s = EventStore.open(db)) {
            s.add(article("a", "https://example.org/a"), coded("a", CODER, "lexicon/events.tsv:41"), "test");
            s.commit();
            new Export(s).write(Export.Format.csv, dir.resolve("events.csv"));
            new Export(s).write(Export.Format.parquet, dir.resolve("events.parquet"));
            assertEquals("lexicon/events.tsv:41", string(s, "SELECT pattern FROM read_parquet('"
                    + dir.resolve("events.parquet").toAbsolutePath() + "')"));
        }
        List<String> csv = Files.readAllLines(dir.resolve("events.csv"));
        assertTrue(List.of(csv.get(0).split(",")).contains("pattern"), csv.get(0));
        assertTrue(csv.get(1).contains("lexicon/events.tsv:41"), csv.get(1));
    }

    @Test
    void a_store_from_before_provenance_is_migrated_and_its_old_rows_say_not_recorded(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement st = c.createStatement()) { // a version-3 file with one article and its event
            st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
            for (int v = 1; v <= 3; v++) {
                for (String sql : Migrations.STEPS.get(v - 1).split(";")) if (!sql.isBlank()) st.execute(sql);
                st.execute("INSERT INTO schema_version VALUES (" + v + ", now())");
            }
            st.execute("INSERT INTO articles (id, key, content_hash, simhash, ingested_at, text)"
                    + " VALUES ('old', 'https://example.org/old', 'h', 0, now(), 'old text')");
            st.execute("INSERT INTO events (id, article_id, cameo) VALUES ('old-0-0', 'old', '041')");
        }
        try (EventStore s = EventStore.open(db)) {
            assertEquals(Migrations.STEPS.size(), scalar(s, "SELECT max(version) FROM schema_version"));
            s.add(article("new", "https://example.org/new"), coded("new", CODER, "lexicon/events.tsv:41"), "test");
        }
        try (EventStore s = EventStore.open(db)) {
            Queries q = new Queries(s);
            assertNull(q.coder("old"), "coded before provenance was stored: unknown, not invented");
            assertNull(string(s, "SELECT pattern FROM events WHERE id = 'old-0-0'"));
            assertEquals(CODER, q.coder("new"));
            assertEquals("lexicon/events.tsv:41", string(s, "SELECT pattern FROM events WHERE id = 'new-0-0'"));
        }
    }

    private static long scalar(EventStore s, String sql) throws SQLException {
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String string(EventStore s, String sql) throws SQLException {
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            assertTrue(r.next(), "no row: " + sql);
            return r.getString(1);
        }
    }
}
