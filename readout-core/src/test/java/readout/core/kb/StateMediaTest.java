package readout.core.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** State media are marked in knowledge-base rows, with the basis for the mark; other media are no party's voice. */
class StateMediaTest {
    private static final KnowledgeBase KB = KnowledgeBase.builtIn();

    @Test
    void the_state_media_of_the_parties_are_marked_with_their_basis() {
        for (String name : new String[]{"Xinhua", "Xinhua News Agency", "People's Daily", "Global Times", "CGTN",
                "China Central Television", "KCNA", "Rodong Sinmun", "TASS", "RIA Novosti"}) {
            Media m = KB.media(name).orElseThrow(() -> new AssertionError(name + " is not in the knowledge base"));
            assertTrue(m.state(), name);
            assertFalse(m.basis().isBlank(), name + " has no basis");
        }
        assertEquals("PRK", KB.media("KCNA").orElseThrow().country());
    }

    @Test
    void agencies_that_speak_for_no_party_are_not_state_media() {
        assertFalse(KB.media("Yonhap").orElseThrow().state());
        assertFalse(KB.media("Kyodo").orElseThrow().state());
        assertTrue(KB.media("Reuters").isEmpty());
    }

    @Test
    void a_user_file_marks_its_own_state_media_and_a_bad_mark_names_the_line(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.tsv"),
                "@organizations\nVNMMED\tVietnam News Agency\tVNA\tVNM\tMED\tstate\tthe government's news agency\n");
        assertTrue(KnowledgeBase.builder().add(good).build().media("VNA").orElseThrow().state());
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "@organizations\nVNMMED\tVietnam News Agency\tVNA\tVNM\tMED\tstat\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.builder().add(bad));
        assertTrue(e.getMessage().contains("bad.tsv:2") && e.getMessage().contains("column 6"), e.getMessage());
    }
}
