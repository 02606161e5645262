package readout.core.extract;

import readout.core.nlp.Token;

import java.util.Set;

/** Closed word classes the extraction stages share. */
final class Words {
    /** Words naming a time, whose prepositions never select a pattern ("called on Tuesday"). */
    static final Set<String> TIME = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "day", "week", "month", "year", "morning", "evening", "night",
            "afternoon", "weekend", "occasion", "sideline", "sidelines", "time", "date", "anniversary", "today",
            "overnight", "hour", "decade", "midnight", "dawn");

    private Words() {
    }

    /** A time word or a number: "on Tuesday", "in 1998". */
    static boolean isTime(Token t) {
        return TIME.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) || "CD".equals(t.pos());
    }
}
