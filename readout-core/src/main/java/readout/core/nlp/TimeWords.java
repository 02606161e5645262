package readout.core.nlp;

import java.util.Set;

/** Words that name a time: the parser adapter and the extraction stages treat their phrases alike. */
public final class TimeWords {
    /** Words naming a time, whose prepositions never select a pattern ("called on Tuesday"). */
    public static final Set<String> TIME = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "day", "week", "month", "year", "morning", "evening", "night",
            "afternoon", "weekend", "occasion", "sideline", "sidelines", "time", "date", "anniversary", "today", "yesterday", "tonight",
            "overnight", "hour", "decade", "midnight", "dawn");

    private TimeWords() {
    }

    /** A time word or a number: "on Tuesday", "in 1998". */
    public static boolean isTime(Token t) {
        return TIME.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) || "CD".equals(t.pos());
    }
}
