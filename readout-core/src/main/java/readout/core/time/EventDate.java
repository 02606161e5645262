package readout.core.time;

/**
 * A resolved event date and how it was found.
 *
 * @param date  ISO date; "YYYY-MM" when the text names only a month, "YYYY" for "last year"/"next year"
 * @param basis the words or rule the date rests on, e.g. "on Tuesday", "six days into Lee's reign",
 *              "dateline Aug 12", "publication date"
 * @param kind  what sort of words gave the date; {@link DateResolver#forIntended} treats kinds differently
 * @param planned the date an intended event in the sentence takes instead, when a weekday is attached to a
 *                plan or a schedule ("scheduled for Friday", "will meet on Friday", "a truce starting on
 *                Monday"): the first such day on or after the reference date. Such a weekday never dates
 *                the events reported as done, which keep {@code date}. Null when there is none.
 */
public record EventDate(String date, String basis, Kind kind, EventDate planned) {

    public EventDate {
        java.util.Objects.requireNonNull(kind, "kind");
    }

    /** What sort of words a date came from. */
    public enum Kind {
        /** A date with its year ("10 June 2024", "2025-06-10", "in November 2024"). */
        EXACT,
        /** A month and day, or a month, without a year: the year is the one nearest the reference date. */
        CALENDAR,
        /** A knowledge-base anchor ("six days into Lee's reign"). */
        ANCHOR,
        /** A weekday ("on Tuesday", "last Tuesday", "next Tuesday", "scheduled for Friday"). */
        WEEKDAY,
        /** A relative word ("yesterday", "next week", "last October"). */
        RELATIVE,
        /**
         * The date of the sentence's dateline ("MOSCOW, Aug 12 (Reuters) –"), the sentence having no date of
         * its own: it dates the events reported there, never an intended one, and is never moved.
         */
        DATELINE,
        /**
         * The article's publication date: the fallback for a sentence without date words, and the date of a
         * sentence whose only date words are a plan's, which date its intended events only.
         */
        PUBLICATION
    }

    /** A date with no planned date beside it. */
    public EventDate(String date, String basis, Kind kind) {
        this(date, basis, kind, null);
    }

    /** The publication date as the date of a sentence that gives none (Coder's fallback). */
    public static EventDate publication(java.time.LocalDate published) {
        return new EventDate(published.toString(), "publication date", Kind.PUBLICATION);
    }

    /** The first day the date covers: the day itself, the 1st of a month, 1 January of a year. */
    public java.time.LocalDate firstDay() {
        return java.time.LocalDate.parse(date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date);
    }

    public boolean fromPublication() {
        return kind == Kind.PUBLICATION;
    }
}
