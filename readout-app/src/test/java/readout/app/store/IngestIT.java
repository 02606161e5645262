package readout.app.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.ExampleStore;
import readout.app.cli.Main;
import readout.store.EventStore;
import readout.store.Export;
import readout.store.Queries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ingesting the bundled example corpus (JSON Lines, web pages, a WARC) into a real DuckDB file, twice. */
class IngestIT {
    static Path examples() {
        return ExampleStore.examples();
    }

    @Test
    void the_corpus_is_stored_once_with_syndicated_copies_linked_and_reingest_changes_nothing(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("readout.db");
        assertEquals(0, Main.run("ingest", examples().toString(), "--db", db.toString()));
        Queries.Counts first;
        try (EventStore s = EventStore.open(db)) {
            first = new Queries(s).counts();
        }
        assertTrue(first.articles() >= 54, "articles: " + first.articles());
        long nearCopies = first.articles() - first.stories();
        assertTrue(nearCopies >= 5, "syndicated copies in examples/html and examples/warc should be linked: " + first);
        assertTrue(first.log().getOrDefault("duplicate", 0L) >= 4, "same-URL forms should be skipped: " + first.log());
        assertTrue(first.events() > 100);

        assertEquals(0, Main.run("ingest", examples().toString(), "--db", db.toString()));
        try (EventStore s = EventStore.open(db)) {
            Queries.Counts second = new Queries(s).counts();
            assertEquals(first.articles(), second.articles());
            assertEquals(first.events(), second.events());
            try (Statement st = s.connection().createStatement();
                 ResultSet r = st.executeQuery("SELECT count(*) FROM (SELECT id FROM articles GROUP BY id HAVING count(*) > 1)")) {
                r.next();
                assertEquals(0, r.getLong(1), "an article stored twice");
            }
        }
    }

    @Test
    void the_run_report_sees_every_article_it_just_ingested(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("readout.db");
        java.io.StringWriter buf = new java.io.StringWriter();
        assertEquals(0, Main.run(new java.io.PrintWriter(buf), "run", examples().toString(), "--db", db.toString()));
        long articles;
        try (EventStore s = EventStore.open(db)) {
            articles = new Queries(s).counts().articles();
        }
        String report = buf.toString();
        assertTrue(report.contains("articles " + articles + " ("), "the report missed the last batch: " + report);
    }

    @Test
    void exports_write_gdelt_columns_parquet_csv_and_plover(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("readout.db");
        assertEquals(0, Main.run("ingest", examples().toString(), "--db", db.toString()));
        for (Export.Format f : Export.Format.values()) {
            assertEquals(0, Main.run("export", "--db", db.toString(), "--format", f.name(), "--out",
                    dir.resolve("out." + f).toString()));
        }
        List<String> gdelt = Files.readAllLines(dir.resolve("out.gdelt"));
        assertFalse(gdelt.isEmpty());
        for (String line : gdelt) {
            String[] cols = line.split("\t", -1);
            assertEquals(61, cols.length, line);
            assertTrue(cols[1].matches("\\d{8}"), "SQLDATE: " + cols[1]);
            assertTrue(cols[26].matches("\\d{3,4}"), "EventCode: " + cols[26]);
            assertTrue(Integer.parseInt(cols[31]) >= 1, "NumMentions");
            if (!cols[52].isEmpty()) assertTrue(cols[53].matches("[A-Z]{2}|"), "ActionGeo_CountryCode is FIPS 10-4: " + cols[53]);
        }
        // GLOBALEVENTID: unique, and the same number for the same event in every export (daily files join)
        List<String> ids = gdelt.stream().map(l -> l.split("\t", -1)[0]).toList();
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "GLOBALEVENTIDs are unique");
        assertEquals(0, Main.run("export", "--db", db.toString(), "--format", "gdelt", "--out", dir.resolve("again.gdelt").toString()));
        assertEquals(ids, Files.readAllLines(dir.resolve("again.gdelt")).stream().map(l -> l.split("\t", -1)[0]).toList());
        assertTrue(gdelt.stream().anyMatch(l -> l.split("\t", -1)[53].equals("KS")), "South Korea is KS in FIPS 10-4");
        try (EventStore s = EventStore.open(db); Statement st = s.connection().createStatement()) {
            long events;
            try (ResultSet r = st.executeQuery("SELECT count(*) FROM events")) {
                r.next();
                events = r.getLong(1);
            }
            try (ResultSet r = st.executeQuery("SELECT count(*) FROM read_parquet('"
                    + dir.resolve("out.parquet").toAbsolutePath() + "')")) {
                r.next();
                assertEquals(events, r.getLong(1), "parquet rows");
            }
        }
        assertTrue(Files.readAllLines(dir.resolve("out.csv")).get(0).startsWith("id,article_id,"));
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(dir.resolve("out.plover"))) {
            assertTrue(json.readTree(line).has("event"), line);
        }
    }
}
