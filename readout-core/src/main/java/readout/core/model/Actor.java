package readout.core.model;

/**
 * An actor as coded in one event.
 *
 * @param text    the words in the article that named the actor
 * @param name    canonical name (person, organisation or country)
 * @param code    CAMEO-style actor code: country (ISO alpha-3) + role, e.g. KORGOV; IGO code for organisations
 * @param country ISO 3166 alpha-3, null for international organisations
 * @param role    CAMEO role code (GOV, MIL, MED, ...), null for a bare country
 * @param title   office held on the article's date ("president", "spokesperson"), null if none
 * @param start   character offset of {@code text} in the article
 * @param end     end offset (exclusive)
 */
public record Actor(String text, String name, String code, String country, String role, String title,
                    int start, int end) {

    /** The key used to compare actors across events: the country, or the organisation code when stateless. */
    public String polity() {
        return country != null ? country : code;
    }

    public Actor withSpan(String newText, int newStart, int newEnd) {
        return new Actor(newText, name, code, country, role, title, newStart, newEnd);
    }
}
