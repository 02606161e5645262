package readout.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.cli.Main;
import readout.store.EventStore;

import java.nio.file.Path;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code readout lean} and {@code readout dyad} over a real store holding events with known scores. */
class LeanIT {
    @Test
    void china_cooperating_with_pyongyang_and_quarrelling_with_seoul_leans_toward_pyongyang(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("lean.db");
        try (EventStore s = EventStore.open(db); Statement st = s.connection().createStatement()) {
            st.execute("INSERT INTO articles (id, key, published, content_hash, simhash, ingested_at, text)"
                    + " SELECT 'a' || i, 'k' || i, DATE '2025-06-01' + CAST(i AS INTEGER), 'h', 0, now(), '' FROM range(40) t(i)");
            // 20 articles of CHN-PRK cooperation (+3.4 / +4.0), 20 of CHN-KOR criticism (-2.0); one near-copy of
            // a KOR article that must not count; one negated PRK event that must not count
            st.execute("INSERT INTO events (id, article_id, day, source_country, source_code, target_country, target_code,"
                    + " cameo, cameo_root, goldstein, quad_class, modality, dyad, counts)"
                    + " SELECT 'e' || i, 'a' || i, DATE '2025-06-01' + CAST(i % 28 AS INTEGER), 'CHN', 'CHNGOV',"
                    + " CASE WHEN i < 20 THEN 'PRK' ELSE 'KOR' END, CASE WHEN i < 20 THEN 'PRKGOV' ELSE 'KORGOV' END,"
                    + " CASE WHEN i < 20 THEN '051' ELSE '111' END, CASE WHEN i < 20 THEN '05' ELSE '11' END,"
                    + " CASE WHEN i < 20 THEN 3.4 + (i % 2) * 0.6 ELSE -2.0 END, CASE WHEN i < 20 THEN 2 ELSE 3 END,"
                    + " 'asserted', CASE WHEN i < 20 THEN 'CHN|PRK' ELSE 'CHN|KOR' END, true FROM range(40) t(i)");
            st.execute("INSERT INTO events (id, article_id, day, source_country, target_country, cameo, cameo_root, goldstein,"
                    + " quad_class, modality, dyad, counts) VALUES ('copy', 'a25', DATE '2025-06-26', 'CHN', 'KOR', '051', '05',"
                    + " 9.9, 2, 'asserted', 'CHN|KOR', false), ('neg', 'a3', DATE '2025-06-04', 'CHN', 'PRK', '190', '19', -10,"
                    + " 4, 'negated', 'CHN|PRK', false)");
        }
        String out = run("lean", "CHN", "--between", "KOR", "PRK", "--db", db.toString());
        assertTrue(out.contains("CHN-KOR: mean Goldstein -2.00 over 20 events in 20 articles"), out);
        assertTrue(out.contains("CHN-PRK: mean Goldstein +3.70 over 20 events in 20 articles"), out);
        assertTrue(out.contains("verdict: CHN leans toward PRK"), out);
        assertTrue(out.contains("difference -5.70"), out);

        String june = run("dyad", "CHN", "PRK", "--db", db.toString(), "--by", "month");
        assertTrue(june.contains("2025-06-01"), june);
        assertTrue(june.matches("(?s).*2025-06-01\\s+\\d+\\s+\\+\\d.*"), june);
    }

    private static String run(String... args) {
        java.io.StringWriter text = new java.io.StringWriter();
        assertEquals(0, Main.run(new java.io.PrintWriter(text), args));
        return text.toString();
    }
}
