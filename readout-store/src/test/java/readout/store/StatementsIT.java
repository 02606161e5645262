package readout.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.core.model.Article;
import readout.core.model.CodedArticle;
import readout.core.model.Evidence;
import readout.core.model.Statement;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each side's account in a real DuckDB file: attributed statements stored with the article, read back after reopening. */
class StatementsIT {
    private static final String TEXT = "Lee sought help on denuclearization, the office said. Xi praised free trade, Xinhua said.";

    private static final int CUT = TEXT.indexOf(". ") + 1;

    private static CodedArticle coded(String id) {
        return new CodedArticle(id, List.of(), null, null, 2, 0, List.of(
                new Statement(0, "KOR", "the office", "said", List.of("denuclearization"), false,
                        new Evidence(TEXT.substring(0, CUT), 0, CUT, null, List.of())),
                new Statement(1, "CHN", "Xinhua", "said", List.of("trade"), false,
                        new Evidence(TEXT.substring(CUT + 1), CUT + 1, TEXT.length(), null, List.of()))));
    }

    @Test
    void statements_are_stored_with_their_article_and_read_back_by_side_and_window(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("readout.db");
        try (EventStore s = EventStore.open(db)) {
            s.add(new Article("a", LocalDate.parse("2025-06-10"), "t", "https://example.org/a", "Example", TEXT), coded("a"), "test");
        }
        try (EventStore s = EventStore.open(db)) {
            try (ResultSet r = s.connection().createStatement().executeQuery("SELECT max(version) FROM schema_version")) {
                assertTrue(r.next());
                assertEquals(7, r.getInt(1));
            }
            Queries q = new Queries(s);
            List<Queries.AccountRow> rows = q.accounts(List.of("a"));
            assertEquals(2, rows.size());
            Queries.AccountRow kor = rows.get(0);
            assertEquals(List.of("KOR", "the office", "said", "Example"), List.of(kor.side(), kor.speaker(), kor.via(), kor.outlet()));
            assertEquals(List.of("denuclearization"), kor.topics());
            assertEquals(TEXT.substring(0, CUT), kor.evidence());
            assertEquals(Set.of("trade"), q.topicsRaised("CHN", LocalDate.parse("2025-06-09"), LocalDate.parse("2025-06-11")));
            assertTrue(q.topicsRaised("CHN", LocalDate.parse("2025-06-11"), LocalDate.parse("2025-06-12")).isEmpty());
            assertTrue(q.accounts(List.of("missing")).isEmpty());
        }
    }
}
