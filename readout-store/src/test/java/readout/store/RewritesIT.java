package readout.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.core.model.Actor;
import readout.core.model.Article;
import readout.core.model.CodedArticle;
import readout.core.model.Event;
import readout.core.model.Evidence;
import readout.core.model.Modality;
import readout.core.learn.MiniLm;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The semantic rewrite check in a real DuckDB file with the real MiniLM encoder: one report told in other words is
 * linked to the stored story; the same words on a distant day, or between other sides, are not.
 */
class RewritesIT {
    /** Two outlets' leads on one call, in different words (written for this test). */
    private static final String FIRST = "South Korean President Lee Jae-myung spoke with Chinese President Xi Jinping by "
            + "telephone on Tuesday, their first conversation since Lee took office. Lee asked Xi to help bring North Korea "
            + "back to talks on its nuclear programme, his spokeswoman said. The two agreed to stay in close contact before "
            + "the APEC summit.";
    private static final String REWRITE = "Chinese leader Xi Jinping and South Korea's new president, Lee Jae-myung, held "
            + "a phone conversation on Tuesday, the first since Lee was sworn in. According to Lee's office, he sought "
            + "Beijing's help in getting Pyongyang back to nuclear negotiations. Both pledged close communication ahead of "
            + "the Asia-Pacific summit.";
    private static final String OTHER = "South Korea's central bank kept its policy rate unchanged on Thursday, citing "
            + "household debt and a weak won. The governor said growth would slow this year. Markets had expected a cut.";

    private static Event event(String articleId, String a, String b) {
        Actor x = new Actor(a, a, a + "GOV", a, "GOV", "president", 0, 3);
        Actor y = new Actor(b, b, b + "GOV", b, "GOV", "president", 4, 7);
        return new Event(articleId + "-0-0", articleId, 0, "2025-06-10", "publication date", x, y, "041", "04", "CONSULT",
                "phone", 1.0, 1, Modality.ASSERTED, null, null, List.of(), new Evidence("x", 0, 1, "spoke", List.of()),
                null, null);
    }

    private static CodedArticle coded(String id, String... dyad) {
        List<Event> events = dyad.length == 0 ? List.of() : List.of(event(id, dyad[0], dyad[1]));
        return new CodedArticle(id, events, null, null, 3, 1);
    }

    private static Article article(String id, String date, String text) {
        return new Article(id, LocalDate.parse(date), null, "https://example.org/" + id, "Example", text);
    }

    private static Rewrites rule() {
        return Rewrites.standard();
    }

    @Test
    void a_rewrite_of_a_committed_story_is_linked_to_it_as_a_rewrite(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("readout.db");
        try (EventStore s = EventStore.open(db, rule())) {
            s.add(article("seoul", "2025-06-10", FIRST), coded("seoul", "KOR", "CHN"), "test");
        }
        try (EventStore s = EventStore.open(db, rule())) { // reopened: the candidate is read back from the file
            EventStore.Added added = s.add(article("beijing", "2025-06-11", REWRITE), coded("beijing", "CHN", "KOR"), "test");
            assertEquals(EventStore.Outcome.NEAR_DUPLICATE, added.outcome());
            assertEquals("seoul", added.duplicateOf());
            assertEquals("rewrite", added.basis());
        }
        try (EventStore s = EventStore.open(db)) {
            assertEquals("rewrite", string(s, "SELECT duplicate_basis FROM articles WHERE id = 'beijing'"));
            assertEquals(384L, scalar(s, "SELECT len(lead) FROM articles WHERE id = 'seoul'"));
            assertEquals(3 * 384L, scalar(s, "SELECT len(lead_sentences) FROM articles WHERE id = 'seoul'"));
            assertTrue(string(s, "SELECT reason FROM ingest_log WHERE article_id = 'beijing'").startsWith("rewrite of seoul"));
            assertEquals(0L, scalar(s, "SELECT count(*) FROM events WHERE article_id = 'beijing' AND counts"),
                    "a rewrite's events do not count twice");
        }
    }

    @Test
    void a_rewrite_in_the_same_batch_is_linked_before_the_commit(@TempDir Path dir) throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("readout.db"), rule())) {
            s.add(article("seoul", "2025-06-10", FIRST), coded("seoul", "KOR", "CHN"), "test");
            EventStore.Added added = s.add(article("beijing", "2025-06-10", REWRITE), coded("beijing"), "test");
            assertEquals("seoul", added.duplicateOf(), "no events on one side: the lead and the date decide");
        }
    }

    @Test
    void the_same_lead_weeks_later_or_between_other_sides_is_its_own_story(@TempDir Path dir) throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("later.db"), rule())) {
            s.add(article("seoul", "2025-06-10", FIRST), coded("seoul", "KOR", "CHN"), "test");
            s.commit();
            assertEquals(EventStore.Outcome.STORED,
                    s.add(article("later", "2025-06-20", REWRITE), coded("later", "KOR", "CHN"), "test").outcome());
            assertEquals(EventStore.Outcome.STORED,
                    s.add(article("bank", "2025-06-10", OTHER), coded("bank"), "test").outcome());
        }
        try (EventStore s = EventStore.open(dir.resolve("others.db"), rule())) {
            s.add(article("seoul", "2025-06-10", FIRST), coded("seoul", "KOR", "CHN"), "test");
            s.commit();
            assertEquals(EventStore.Outcome.STORED,
                    s.add(article("others", "2025-06-10", REWRITE), coded("others", "JPN", "USA"), "test").outcome());
        }
    }

    @Test
    void without_the_check_a_rewrite_is_stored_as_a_story_and_no_lead_is_kept(@TempDir Path dir) throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("readout.db"))) {
            s.add(article("seoul", "2025-06-10", FIRST), coded("seoul", "KOR", "CHN"), "test");
            assertEquals(EventStore.Outcome.STORED,
                    s.add(article("beijing", "2025-06-10", REWRITE), coded("beijing", "CHN", "KOR"), "test").outcome());
            EventStore.Added copy = s.add(article("copy", "2025-06-10", FIRST + " "), coded("copy"), "test");
            assertEquals("copy", copy.basis(), "SimHash still finds copies");
            s.commit();
            assertNull(string(s, "SELECT CAST(lead AS VARCHAR) FROM articles WHERE id = 'seoul'"));
            assertEquals("copy", string(s, "SELECT duplicate_basis FROM articles WHERE id = 'copy'"));
        }
    }

    @Test
    void the_lead_is_the_first_sentences_and_bad_settings_name_their_line() {
        Rewrites r = new Rewrites(MiniLm::get, 2, 0.75, 0.5, 1);
        assertEquals("One. Two.", r.lead("One. Two. Three."));
        Rewrites.Lead a = r.encode("Lee and Xi spoke by phone on Tuesday. They agreed to meet in the autumn.");
        Rewrites.Lead b = r.encode("Lee and Xi spoke by phone on Tuesday. Oil prices fell sharply in Asian trading.");
        assertTrue(a.alignment(a) > 0.99);
        assertTrue(a.alignment(b) < a.cosine(b), "an unmatched sentence pulls the alignment below the whole-lead cosine");
        var e = assertThrows(IllegalArgumentException.class,
                () -> Rewrites.load(List.of("# x", "cosine\t0.8", "lead\t3"), "r.tsv", MiniLm::get));
        assertTrue(e.getMessage().startsWith("r.tsv:3:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Rewrites.load(List.of("cosine\t0.8", "alignment\t0.5", "lead_sentences\t3"), "r.tsv", MiniLm::get));
        assertTrue(e.getMessage().contains("days"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Rewrites(MiniLm::get, 3, 1.5, 0.5, 1));
        assertNotNull(Rewrites.standard());
    }

    private static long scalar(EventStore s, String sql) throws SQLException {
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String string(EventStore s, String sql) throws SQLException {
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
