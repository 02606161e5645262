package readout.analysis.relations;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeanTest {
    private static List<Lean.Observation> sides(int articles, double a, double b, String month) {
        List<Lean.Observation> out = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            out.add(new Lean.Observation(month + "a" + i, true, a + (i % 3) - 1, month));
            out.add(new Lean.Observation(month + "b" + i, false, b + (i % 3) - 1, month));
        }
        return out;
    }

    @Test
    void a_country_cooperating_with_a_and_clashing_with_b_leans_toward_a_with_an_interval_above_zero() {
        Lean.Result r = Lean.of("CHN", "PRK", "KOR", sides(30, 4.0, -3.0, "2025-06"), 7);
        assertEquals(7.0, r.difference(), 1e-9);
        assertTrue(r.low() > 0 && r.high() > r.low(), r.toString());
        assertTrue(r.low() <= 7.0 && 7.0 <= r.high());
        assertEquals("CHN leans toward PRK", r.verdict());
        assertEquals(30, r.articlesA());
        assertEquals(30, r.eventsB());
    }

    @Test
    void equal_treatment_is_uncertain() {
        Lean.Result r = Lean.of("CHN", "KOR", "PRK", sides(20, 2.0, 2.0, "2025-06"), 7);
        assertTrue(r.low() < 0 && r.high() > 0, r.toString());
        assertTrue(r.verdict().startsWith("uncertain"), r.verdict());
    }

    @Test
    void one_article_cannot_carry_the_verdict_because_articles_are_resampled() {
        List<Lean.Observation> obs = new ArrayList<>();
        for (int i = 0; i < 50; i++) obs.add(new Lean.Observation("one", true, 7.0, "2025-06")); // one article, many events
        obs.add(new Lean.Observation("other", false, 1.0, "2025-06"));
        obs.add(new Lean.Observation("third", true, -5.0, "2025-06"));
        Lean.Result r = Lean.of("CHN", "KOR", "PRK", obs, 7);
        assertTrue(r.low() < 0 && r.high() > 0, "a single article should not decide: " + r);
    }

    @Test
    void without_events_on_one_side_there_is_no_verdict() {
        List<Lean.Observation> obs = List.of(new Lean.Observation("x", true, 3.0, "2025-06"));
        Lean.Result r = Lean.of("CHN", "KOR", "PRK", obs, 7);
        assertFalse(r.defined());
        assertTrue(r.verdict().contains("no CHN–PRK events"), r.verdict());
    }

    @Test
    void the_biggest_monthly_shift_is_the_month_the_lean_turned() {
        List<Lean.Observation> obs = new ArrayList<>(sides(10, 3.0, 0.0, "2025-06"));
        obs.addAll(sides(10, 3.0, 0.5, "2025-07"));
        obs.addAll(sides(10, -2.0, 4.0, "2025-08"));
        List<Lean.Month> months = Lean.byMonth("CHN", "KOR", "PRK", obs, 7);
        assertEquals(3, months.size());
        assertEquals("2025-08", Lean.biggestShifts(months, 1).get(0).month());
        assertEquals(-8.5, Lean.biggestShifts(months, 1).get(0).shift(), 1e-9);
    }

    @Test
    void the_same_seed_gives_the_same_interval() {
        List<Lean.Observation> obs = sides(15, 1.0, -1.0, "2025-06");
        assertEquals(Lean.of("X", "A", "B", obs, 42), Lean.of("X", "A", "B", obs, 42));
    }
}
