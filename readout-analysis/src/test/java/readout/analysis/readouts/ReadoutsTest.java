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
        assertEquals(Readouts.Kind.EXPLICIT, d.kind());
        assertTrue(c.omissions().stream().noneMatch(o -> o.topic().equals("trade")),
                "one statement is too thin an account for its silence to mean anything");
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

    private static Readouts.Statement in(String article, String side, String evidence, String... topics) {
        return new Readouts.Statement(side, true, Set.of(topics), false, article, "outlet", evidence);
    }

    @Test
    void a_topic_one_side_raises_and_the_other_s_substantial_account_never_does_is_an_implicit_omission() {
        List<Readouts.Statement> seoul = List.of(in("yna", "KOR", "Lee asked for help on denuclearization, the office said.",
                "denuclearization", "nuclear"));
        List<Readouts.Statement> beijing = List.of(in("xinhua", "CHN", "Xi called for free trade.", "trade"),
                in("xinhua", "CHN", "Xi praised the partnership.", "partnership"),
                in("wire", "CHN", "Citing Xinhua, Xi urged multilateralism.", "multilateralism"));
        List<Readouts.Statement> all = new java.util.ArrayList<>(seoul);
        all.addAll(beijing);
        Readouts.Comparison c = Readouts.compare("KOR", "CHN", all);
        Readouts.Omission d = c.omissions().stream().filter(o -> o.omittedBy().equals("CHN")).findFirst().orElseThrow();
        assertEquals("denuclearization", d.topic());
        assertEquals(Readouts.Kind.IMPLICIT, d.kind());
        assertEquals(seoul, d.raised());
        assertEquals(List.of("xinhua", "wire"), d.accountReports(), "the report with most of Beijing's account first");
        assertEquals(new Readouts.Support(1, 1, 2, 3), d.support());
        assertTrue(c.omissions().stream().noneMatch(o -> o.topic().equals("nuclear")), "said once, by the narrower topic");
        assertTrue(c.omissions().stream().noneMatch(o -> o.omittedBy().equals("KOR")),
                "Seoul's one statement is too thin an account to omit anything");

        Readouts.Comparison thin = Readouts.compare("KOR", "CHN", List.of(seoul.get(0), beijing.get(0)));
        assertTrue(thin.omissions().isEmpty(), "one statement from Beijing is not an account to judge");
    }

    @Test
    void a_side_is_never_said_to_omit_a_topic_its_own_statements_raise_elsewhere() {
        List<Readouts.Statement> all = List.of(in("a", "KOR", "Seoul wants denuclearization, the office said.", "denuclearization"),
                in("b", "CHN", "Xi called for free trade.", "trade"), in("b", "CHN", "Xi praised the partnership.", "partnership"));
        Readouts.Comparison c = Readouts.compare("KOR", "CHN", all, java.util.Map.of("CHN", Set.of("denuclearization")));
        assertTrue(c.omissions().stream().noneMatch(o -> o.omittedBy().equals("CHN")), c.toString());
    }

    @Test
    void the_same_side_twice_is_a_misuse() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Readouts.compare("KOR", "KOR", List.of()));
    }

    @Test
    void general_topics_are_not_anyone_s_agenda() {
        Readouts.Comparison c = Readouts.compare("KOR", "CHN", List.of(s("KOR", false, "They held a summit.", "summit")));
        assertTrue(c.omissions().isEmpty());
    }
}
