package readout.core.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parser adapter's repair of "Analysts said a U.S. invasion could begin", misparsed with "said" as a clausal subject. */
class SpeechSubjectRepairTest {

    private static List<Token> tagged(String... words) {
        List<Token> out = new ArrayList<>();
        for (String w : words) {
            String[] f = w.split("/");
            out.add(new Token(out.size(), f[0], f.length > 2 ? f[2] : f[0].toLowerCase(java.util.Locale.ROOT), f[1], 0, 0));
        }
        return out;
    }

    @Test
    void a_speech_verb_read_as_a_clausal_subject_heads_its_clause() {
        // Analysts said an invasion could begin
        List<Token> t = tagged("Analysts/NNS/analyst", "said/VBD/say", "an/DT", "invasion/NN", "could/MD", "begin/VB");
        List<Dependency> misparse = List.of(new Dependency(1, 0, "nsubj"), new Dependency(5, 1, "csubj"),
                new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"), new Dependency(5, 4, "aux"),
                new Dependency(-1, 5, "root"));
        List<Dependency> repaired = ParseRepairs.repairSpeechSubjects(misparse, t);
        assertTrue(repaired.contains(new Dependency(-1, 1, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 5, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(5, 3, "nsubj")), repaired.toString());
        assertEquals(6, repaired.size(), repaired.toString());
    }

    @Test
    void told_with_its_addressee_heads_its_clause_too() {
        // Takaichi told parliament an attack could threaten Japan
        List<Token> t = tagged("Takaichi/NNP", "told/VBD/tell", "parliament/NN", "an/DT", "attack/NN", "could/MD",
                "threaten/VB", "Japan/NNP");
        List<Dependency> misparse = List.of(new Dependency(1, 0, "nsubj"), new Dependency(6, 1, "csubj"),
                new Dependency(1, 2, "iobj"), new Dependency(4, 3, "det"), new Dependency(1, 4, "obj"),
                new Dependency(6, 5, "aux"), new Dependency(-1, 6, "root"), new Dependency(6, 7, "obj"));
        List<Dependency> repaired = ParseRepairs.repairSpeechSubjects(misparse, t);
        assertTrue(repaired.contains(new Dependency(-1, 1, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 6, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(6, 4, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 2, "iobj")), repaired.toString());
        // without an addressee, "told" is not read this way: its object would be whom it told
        List<Dependency> bare = new ArrayList<>(misparse);
        bare.remove(new Dependency(1, 2, "iobj"));
        assertEquals(bare, ParseRepairs.repairSpeechSubjects(bare, t));
    }

    @Test
    void a_clause_with_its_own_subject_is_left_alone() {
        // What he said angered Iran: a real clausal subject ("what he said") is not repaired
        List<Token> t = tagged("What/WP", "he/PRP", "said/VBD/say", "angered/VBD/anger", "Iran/NNP");
        List<Dependency> parse = List.of(new Dependency(2, 0, "obj"), new Dependency(2, 1, "nsubj"),
                new Dependency(3, 2, "csubj"), new Dependency(-1, 3, "root"), new Dependency(3, 4, "obj"));
        assertEquals(parse, ParseRepairs.repairSpeechSubjects(parse, t));
    }

    @Test
    void a_subject_the_parser_reached_back_for_is_no_subject_of_the_clause_told() {
        // stop targeting ships, though the rebels said attacks would continue: "targeting" read as the subject
        List<Token> t = tagged("stop/VB", "targeting/VBG/target", "ships/NNS/ship", "though/IN", "rebels/NNS/rebel",
                "said/VBD/say", "attacks/NNS/attack", "would/MD", "continue/VB");
        List<Dependency> misparse = List.of(new Dependency(-1, 0, "root"), new Dependency(8, 1, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(5, 3, "mark"), new Dependency(5, 4, "nsubj"),
                new Dependency(8, 5, "csubj"), new Dependency(5, 6, "obj"), new Dependency(8, 7, "aux"),
                new Dependency(0, 8, "ccomp"));
        List<Dependency> repaired = ParseRepairs.repairSpeechSubjects(misparse, t);
        assertTrue(repaired.contains(new Dependency(5, 8, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(8, 6, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(0, 5, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(8, 1, "dep")), repaired.toString());
        assertEquals(9, repaired.size(), repaired.toString());
    }
}
