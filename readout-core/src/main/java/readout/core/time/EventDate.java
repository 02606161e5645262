package readout.core.time;

/**
 * A resolved event date and how it was found.
 *
 * @param date  ISO date; "YYYY-MM" when the text names only a month
 * @param basis the words or rule the date rests on, e.g. "on Tuesday", "six days into Lee's reign", "publication date"
 */
public record EventDate(String date, String basis) {

    public boolean fromPublication() {
        return "publication date".equals(basis);
    }
}
