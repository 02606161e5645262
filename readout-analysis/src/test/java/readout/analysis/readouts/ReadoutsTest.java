package readout.analysis.readouts;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadoutsTest {
    private static Readouts.Statement s(String side, boolean negated, String evidence, String... topics) {
        return new Readouts.Statement(side, true, Set.of(topics), negated, "a", "outlet", evidence);
    }

    @Test
    void a_topic_seoul_raised_and_beijing_left_out_is_an_omission_with_the_explicit_sentence() {
        Readouts.Comparison c = Readouts.compare("KOR", "CHN", List.of(
                s("KOR", false, "Lee asked Xi to help with denuclearization.", "denuclearization", "peace_stability"),
                s("CHN", false, "Xi said the two countries should keep peace and stability.", "peace_stability", "trade"),
                s("CHN", true, "China's readout did not mention denuclearization.", "denuclearization"),
                s("USA", false, "Washington welcomed the call.", "alliance")));
        Readouts.Omission d = c.omissions().stream().filter(o -> o.topic().equals("denuclearization")).findFirst().orElseThrow();
        assertEquals("KOR", d.raisedBy());
        assertEquals("CHN", d.omittedBy());
        assertEquals("China's readout did not mention denuclearization.", d.explicit().get(0).evidence());
        assertTrue(c.omissions().stream().anyMatch(o -> o.topic().equals("trade") && o.omittedBy().equals("KOR")));
        assertTrue(c.omissions().stream().noneMatch(o -> o.topic().equals("peace_stability")), "both raised it");
        assertTrue(c.omissions().stream().noneMatch(o -> o.topic().equals("alliance")), "a third party is neither side");
    }

    @Test
    void unattributed_narration_is_nobody_s_account_but_an_unattributed_omission_is_explicit() {
        Readouts.Comparison c = Readouts.compare("KOR", "CHN", List.of(
                s("KOR", false, "Seoul said Lee raised denuclearization.", "denuclearization"),
                new Readouts.Statement("CHN", false, Set.of("denuclearization"), false, "a", "o",
                        "The call between Lee and Xi touched on denuclearization, the reporter wrote."),
                new Readouts.Statement("CHN", false, Set.of("denuclearization"), true, "a", "o",
                        "Beijing's statement did not mention denuclearization.")));
        assertEquals(1, c.omissions().size());
        assertEquals("CHN", c.omissions().get(0).omittedBy());
        assertEquals(1, c.omissions().get(0).explicit().size());
    }

    @Test
    void general_topics_are_not_anyone_s_agenda() {
        Readouts.Comparison c = Readouts.compare("KOR", "CHN", List.of(s("KOR", false, "They held a summit.", "summit")));
        assertTrue(c.omissions().isEmpty());
    }
}
