package readout.core.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateResolverTest {
    /** A Thursday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 12);
    private static final Function<String, Optional<LocalDate>> NO_TENURES = name -> Optional.empty();

    private final DateResolver resolver = new DateResolver();

    private String date(String sentence) {
        return resolver.resolve(sentence, PUBLISHED, NO_TENURES).orElseThrow().date();
    }

    @Test
    void a_weekday_means_the_most_recent_such_day_before_publication() {
        assertEquals("2025-06-10", date("The ministers met on Tuesday in Seoul."));
    }

    @Test
    void a_month_and_day_take_the_publication_year() {
        assertEquals("2025-06-10", date("The ministers met on June 10 in Seoul."));
    }

    @Test
    void a_day_month_and_year_resolve_exactly() {
        assertEquals("2024-06-10", date("The ministers met on 10 June 2024 in Seoul."));
    }

    @Test
    void yesterday_is_the_day_before_publication() {
        assertEquals("2025-06-11", date("The ministers met yesterday in Seoul."));
    }

    @Test
    void a_bare_month_resolves_to_a_year_and_month() {
        assertEquals("2025-11", date("Elections are expected in November."));
    }

    @Test
    void days_into_a_tenure_count_from_the_first_day_in_office() {
        Function<String, Optional<LocalDate>> tenureStart =
                name -> "Lee".equals(name) ? Optional.of(LocalDate.of(2025, 6, 4)) : Optional.empty();
        EventDate d = resolver.resolve("Six officials resigned six days into Lee's reign.", PUBLISHED, tenureStart)
                .orElseThrow();
        assertEquals("2025-06-10", d.date());
        assertTrue(d.basis().contains("six days into Lee's reign"), d.basis());
    }

    @Test
    void a_sentence_without_date_words_has_no_date_of_its_own() {
        assertEquals(Optional.empty(), resolver.resolve("The minister spoke about trade and security.", PUBLISHED, NO_TENURES));
    }

    @Test
    void an_impossible_date_does_not_throw_and_does_not_resolve_to_a_day() {
        Optional<EventDate> d = assertDoesNotThrow(
                () -> resolver.resolve("The vote took place on February 30 in the capital.", PUBLISHED, NO_TENURES));
        assertFalse(d.map(e -> e.date().length() == 10).orElse(false), d.toString());
    }
}
