package readout.core.extract;

import org.junit.jupiter.api.Test;
import readout.core.kb.Entry;
import readout.core.model.Actor;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What an article remembers for "the two sides" and the filing place. */
class DiscourseTest {

    private static Actor actor(String code, String country, int start) {
        return new Actor(code, code, code, country, null, null, start, start + 3);
    }

    @Test
    void the_two_sides_are_the_last_two_sides_of_events_however_they_were_named() {
        Discourse d = new Discourse(LocalDate.of(2025, 5, 16));
        // "Russian and Ukrainian delegations held talks": demonyms, which are no named side of their own
        d.remember(new Mention(actor("RUS", "RUS", 0), Entry.Kind.DEMONYM), List.of());
        d.remember(new Mention(actor("UKR", "UKR", 12), Entry.Kind.DEMONYM), List.of());
        assertEquals(List.of(), d.lastSides(100, 2, false));
        d.sided(actor("RUSGOV", "RUS", 0));
        d.sided(actor("UKRGOV", "UKR", 12));
        assertEquals(List.of("UKRGOV", "RUSGOV"), d.lastSides(100, 2, false).stream().map(Actor::code).toList());
        // "the two leaders" still needs people named
        assertEquals(List.of(), d.lastSides(100, 2, true));
    }

    @Test
    void the_filing_place_holds_only_for_a_sentence_that_names_no_other_country() {
        Discourse d = new Discourse(LocalDate.of(2025, 5, 16));
        d.filedFrom(actor("TUR", "TUR", 0));
        Mention istanbul = new Mention(actor("TUR", "TUR", 20), Entry.Kind.PLACE);
        Mention syria = new Mention(actor("SYR", "SYR", 30), Entry.Kind.COUNTRY);
        assertEquals("TUR", d.filedFrom(List.of(istanbul)).orElseThrow().code());
        assertEquals(java.util.Optional.empty(), d.filedFrom(List.of(istanbul, syria)));
    }
}
