package readout.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.store.EventStore;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Killed mid-ingest (kill -9) and run again: every article is in the store exactly once. */
class KillIT {

    @Test
    void an_ingest_killed_with_sigkill_and_run_again_stores_every_article_exactly_once(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        int articles = 240;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            lines.add("{\"id\":\"a" + i + "\",\"date\":\"2025-06-12\",\"text\":\"South Korean President Lee Jae-myung spoke by"
                    + " phone with Chinese President Xi Jinping on Tuesday about item " + i + ". Seoul said Xi agreed to"
                    + " visit in November, report " + i + " said. Beijing did not mention denuclearization in note " + i
                    + ". Trade between the two countries grew in quarter " + i + ".\"}");
        }
        Files.write(corpus, lines);
        Path db = dir.resolve("store.db");

        Process p = ingest(corpus, db);
        // wait until the first progress line shows it is writing, then kill it without warning
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean writing = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!writing && System.nanoTime() < deadline && (line = err.readLine()) != null) {
                writing = line.contains("articles of");
            }
            assertTrue(writing, "the ingest never reported progress");
            p.destroyForcibly(); // SIGKILL
            p.waitFor(30, TimeUnit.SECONDS);
        }
        long afterKill = count(db, "SELECT count(*) FROM articles");
        assertTrue(afterKill < articles, "the ingest finished before it was killed; make the corpus larger");

        Process again = ingest(corpus, db);
        again.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(again.waitFor(300, TimeUnit.SECONDS), "second ingest did not finish");
        assertEquals(0, again.exitValue());
        assertEquals(articles, count(db, "SELECT count(DISTINCT id) FROM articles"));
        assertEquals(articles, count(db, "SELECT count(*) FROM articles"));
        assertEquals(0, count(db, "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = e.article_id)"),
                "events without their article");
        assertEquals(count(db, "SELECT sum(events) FROM articles"), count(db, "SELECT count(*) FROM events"),
                "an article stored without all its events");
    }

    private static Process ingest(Path corpus, Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), "readout.app.cli.Main",
                "ingest", corpus.toString(), "--db", db.toString(), "--threads", "1")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long count(Path db, String sql) throws Exception {
        try (EventStore s = EventStore.open(db); Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
