package readout.core.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateResolverTest {
    /** A Thursday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 12);
    private static final Function<String, Optional<LocalDate>> NO_TENURES = name -> Optional.empty();

    private final DateResolver resolver = new DateResolver();

    private String date(String sentence) {
        return resolver.resolve(sentence, PUBLISHED, NO_TENURES).orElseThrow().date();
    }

    /** What a dateline is, as the sentence's opening words the coder reads past; "-" where none is. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
        MOSCOW, Aug 12 (Reuters) – Putin spoke. | MOSCOW, Aug 12 (Reuters) –
        SEOUL, South Korea, Sept. 3 (AP) — Lee spoke. | SEOUL, South Korea, Sept. 3 (AP) —
        WASHINGTON (Reuters) - Trump spoke. | WASHINGTON (Reuters) -
        # a city in capitals is a dateline without a date or an agency, and may end in a colon
        TOKYO — Japan's prime minister spoke. | TOKYO —
        PORT SUDAN: A paramilitary attack killed 14. | PORT SUDAN:
        # a month in capitals, an agency in slashes, a dash run into the first word
        ISLAMABAD, AUG 30 /APP/ -The United States pledged aid. | ISLAMABAD, AUG 30 /APP/ -
        # the agency alone
        (AFP) — North Korea fired a missile. | (AFP) —
        # a name in ordinary case before a dash, or a word in capitals before a colon that ends no city, is no dateline
        Kenya - a country of 50 million - voted. | -
        Lee Jae-myung — six days into his term — phoned Xi. | -
        UN: the council will meet. | -
        """)
    void a_dateline_is_the_opening_place_date_and_agency(String sentence, String dateline) {
        int n = DateResolver.datelineLength(sentence);
        assertEquals(dateline, n == 0 ? "-" : sentence.substring(0, n).strip());
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
    void a_month_that_a_span_began_in_dates_nothing() {
        assertEquals(Optional.empty(), resolver.resolve("It was his first visit since taking office in March.", PUBLISHED,
                NO_TENURES));
        assertEquals(Optional.empty(), resolver.resolve("Fighting has raged since April.", PUBLISHED, NO_TENURES));
        assertEquals("2025-05", date("Talks held since April ended in May."));
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

    /**
     * One sentence as the coder dates it: its date and basis for an event of the given modality, after
     * {@link DateResolver#forIntended} for an intended one, {@link DateResolver#forHappened} for one that happened,
     * else the publication date (as Coder.toEvents does).
     */
    record Case(String published, String sentence, boolean intended, String date, String basis) {
        @Override
        public String toString() {
            return "published " + published + (intended ? ", intended: " : ", reported: ") + sentence;
        }
    }

    private static Case reported(String published, String sentence, String date, String basis) {
        return new Case(published, sentence, false, date, basis);
    }

    private static Case intended(String published, String sentence, String date, String basis) {
        return new Case(published, sentence, true, date, basis);
    }

    private EventDate coded(String sentence, LocalDate published, boolean intended) {
        Optional<EventDate> d = resolver.resolve(sentence, published, NO_TENURES);
        Optional<EventDate> when = d.map(e -> intended ? DateResolver.forIntended(e, published)
                : DateResolver.forHappened(e, published));
        return when.orElse(published == null ? null : EventDate.publication(published));
    }

    private void check(Case c) {
        EventDate d = coded(c.sentence(), LocalDate.parse(c.published()), c.intended());
        assertEquals(c.date() + " | " + c.basis(), d.date() + " | " + d.basis(), c.toString());
    }

    /** Datelines: they date what their sentence reports, never an intended event, and are never moved. */
    static Stream<Case> datelines() {
        String call = "BERLIN, Aug 12 (Reuters) \u2013 The chancellor spoke by telephone with the Polish prime minister"
                + " and briefed him on a visit he will make to Kyiv.";
        String yearEnd = "SEOUL, Dec 31 (Yonhap) -- The two defence chiefs traded year-end messages and agreed to hold"
                + " regular talks.";
        String truce = "KUALA LUMPUR, July 28 (Bernama) -- The two neighbours have agreed to stop fighting, with a truce"
                + " starting at midnight on Monday.";
        String midweekTruce = truce.replace("July 28", "July 24");
        return Stream.of(
                reported("2025-08-13", call, "2025-08-12", "dateline Aug 12"),
                intended("2025-08-13", call, "2025-08-13", "publication date"),
                // published 2 January, filed 31 December: the year before, and an intended event is not put a year on
                reported("2026-01-02", yearEnd, "2025-12-31", "dateline Dec 31"),
                intended("2026-01-02", yearEnd, "2026-01-02", "publication date"),
                reported("2025-09-04", "NAIROBI, Kenya, Sept. 3 (AP) \u2014 Kenyan and Ethiopian officials signed a border"
                        + " accord.", "2025-09-03", "dateline Sept. 3"),
                reported("2025-01-10", "ANKARA, Jan. 9 (Anadolu) \u2013 Turkey said its foreign minister would travel to"
                        + " Damascus.", "2025-01-09", "dateline Jan. 9"),
                // a truce's start is the first Monday on or after the dateline, the agreement the dateline's day
                reported("2025-07-29", truce, "2025-07-28", "dateline July 28"),
                intended("2025-07-29", truce, "2025-07-28", "starting at midnight on Monday (dateline July 28)"),
                reported("2025-07-25", midweekTruce, "2025-07-24", "dateline July 24"),
                intended("2025-07-25", midweekTruce, "2025-07-28", "starting at midnight on Monday (dateline July 24)"),
                // relative words count from the dateline; the sentence's own date beats the dateline's
                reported("2025-08-13", "KYIV, Aug 11 (Reuters) - Ukraine said drones struck the port yesterday.",
                        "2025-08-10", "yesterday (dateline Aug 11)"),
                reported("2025-08-13", "KYIV, Aug 11 (Reuters) - The two presidents last met on 28 February in Rome.",
                        "2025-02-28", "28 February (dateline Aug 11)"),
                // a dateline filed from two cities dates its sentence too
                reported("2025-05-13", "GAZA/JERUSALEM, May 11 (Reuters) - Militants fired rockets at the city.",
                        "2025-05-11", "dateline May 11"),
                // a dateline without a date gives none
                reported("2025-06-12", "GENEVA (Reuters) - Negotiators from both sides met on Tuesday.", "2025-06-10",
                        "Tuesday"),
                reported("2025-06-12", "GENEVA (Reuters) - Negotiators from both sides met behind closed doors.",
                        "2025-06-12", "publication date"),
                intended("2025-06-12", "WASHINGTON (AP) \u2014 The envoy will return to the region.", "2025-06-12",
                        "publication date"),
                // a dash in a sentence is no dateline
                reported("2025-06-12", "Moon Jae-in - a former president - met Lee on Tuesday.", "2025-06-10", "Tuesday"));
    }

    /** Weekdays, published on a Thursday (2025-06-12): back for what happened, forward for plans and schedules. */
    static Stream<Case> weekdays() {
        String p = "2025-06-12";
        return Stream.of(
                reported(p, "The ministers met on Tuesday in Seoul.", "2025-06-10", "Tuesday"),
                // a weekday not attached to a plan dates the statement of intent
                intended(p, "The ministers agreed on Tuesday to open a hotline.", "2025-06-10", "Tuesday"),
                // "agreed to a ceasefire": the preposition's "to" makes no plan of the day the agreeing took
                intended(p, "The two armies agreed to a ceasefire on Tuesday after days of fighting.", "2025-06-10", "Tuesday"),
                intended(p, "The two armies agreed to stop fighting on Saturday.", "2025-06-14", "agreed to stop fighting on Saturday"),
                intended(p, "The summit scheduled on Friday will go ahead, officials said.", "2025-06-13",
                        "scheduled on Friday"),
                reported(p, "The summit scheduled on Friday will go ahead, officials said.", p, "publication date"),
                intended(p, "Talks are scheduled for Tuesday in Geneva.", "2025-06-17", "scheduled for Tuesday"),
                intended(p, "A vote in parliament is set for Monday.", "2025-06-16", "set for Monday"),
                intended(p, "The envoy is due in Tokyo on Sunday.", "2025-06-15", "due in Tokyo on Sunday"),
                // on or after publication: a schedule for the publication's own weekday is that day
                intended(p, "Local elections are slated for Thursday.", p, "slated for Thursday"),
                intended(p, "The foreign minister will fly to Beijing for talks with his counterpart on Saturday.",
                        "2025-06-14", "will ... on Saturday"),
                intended(p, "The two leaders will meet next Tuesday.", "2025-06-17", "will meet next Tuesday"),
                // what the text tells as happening on a day still to come did not happen by publication
                reported(p, "Parliament reconvenes next Tuesday.", p, "publication date (next Tuesday is still to come)"),
                reported(p, "Parliament reconvenes next Thursday.", p, "publication date (next Thursday is still to come)"),
                reported(p, "The two leaders met last Tuesday.", "2025-06-10", "last Tuesday"),
                reported(p, "The two leaders met last Thursday.", "2025-06-05", "last Thursday"),
                intended(p, "They agreed last Tuesday to resume talks.", "2025-06-10", "last Tuesday"),
                // the reported meeting and the planned one in one sentence
                reported(p, "The envoys met on Monday and will meet again on Friday.", "2025-06-09", "Monday"),
                intended(p, "The envoys met on Monday and will meet again on Friday.", "2025-06-13",
                        "will meet again on Friday"),
                // "on Monday" dates the launch, not the response; a new clause ends the plan
                intended(p, "Seoul will respond to the missile launched on Monday.", "2025-06-09", "Monday"),
                intended(p, "Officials who will attend the summit said on Wednesday that preparations were complete.",
                        "2025-06-11", "Wednesday"),
                intended(p, "The match was called off due to rain on Monday.", "2025-06-09", "Monday"));
    }

    /** Calendar dates without a year for intended events: next occurrence only well before publication. */
    static Stream<Case> months() {
        return Stream.of(
                intended("2025-10-15", "The president will visit China in April.", "2026-04", "in April"),
                reported("2025-10-15", "The president visited China in April.", "2025-04", "in April"),
                intended("2025-08-13", "The minister will attend a summit on June 10.", "2026-06-10", "June 10"),
                reported("2025-08-13", "The minister attended a summit on June 10.", "2025-06-10", "June 10"),
                // an act announced now that takes effect later happened on publication day
                reported("2025-07-08", "Washington announced a 25% tariff on imports from Japan starting Aug. 1.",
                        "2025-07-08", "publication date (Aug. 1 is still to come)"),
                reported("2025-07-08", "Washington announced tariffs in a letter dated July 9.", "2025-07-09",
                        "July 9"),
                // a day just before publication is not next year's
                intended("2025-08-13", "The envoy will hold talks in Tokyo on Aug 12.", "2025-08-12", "Aug 12"),
                intended("2025-08-13", "The envoy will visit Tokyo in July.", "2025-07", "in July"),
                // a year given is never moved
                intended("2025-08-13", "The minister will attend a summit on June 10, 2025.", "2025-06-10",
                        "June 10, 2025"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datelines")
    void a_dateline_dates_only_the_reported_events_of_its_sentence(Case c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weekdays")
    void a_weekday_looks_forward_only_when_attached_to_a_plan(Case c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("months")
    void an_intended_event_takes_the_next_occurrence_of_a_date_only_well_before_publication(Case c) {
        check(c);
    }

    @Test
    void a_dated_dateline_without_a_publication_date_still_dates_only_reported_events() {
        String s = "LIMA, Peru, March 4, 2025 (AP) \u2014 Peru and Chile agreed to reopen their border.";
        EventDate d = resolver.resolve(s, null, NO_TENURES).orElseThrow();
        assertEquals("2025-03-04 | dateline March 4, 2025", d.date() + " | " + d.basis());
        assertNull(DateResolver.forIntended(d, null));
        assertNull(coded(s, null, true));
    }

    @Test
    void an_undated_dateline_without_a_publication_date_gives_no_date() {
        assertEquals(Optional.empty(), resolver.resolve("PARIS, May 5 (AFP) - Talks opened.", null, NO_TENURES));
    }
}
