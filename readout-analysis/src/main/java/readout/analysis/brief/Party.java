package readout.analysis.brief;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A side as the reader meets it: a country, and when the coverage names one, the person who acted for it with
 * the title they held on the day.
 *
 * @param code     polity code (KOR)
 * @param country  country name (South Korea)
 * @param demonym  adjective (South Korean); null when unknown
 * @param capital  the seat standing for the government (Seoul); null when unknown
 * @param person   the person's name (Lee Jae-myung); null for the country itself
 * @param surname  how the person is named again (Lee)
 * @param title    office on the day, lower case (president); null when unknown
 */
public record Party(String code, String country, String demonym, String capital, String person, String surname,
                    String title) {

    /** The country alone. */
    public static Party country(String code, String country, String demonym, String capital) {
        return new Party(code, country, demonym, capital, null, null, null);
    }

    /** The same country with a person acting for it. */
    public Party with(String person, String surname, String title) {
        return new Party(code, country, demonym, capital, person, surname, title);
    }

    /** In full: "South Korean President Lee Jae-myung", "Lee Jae-myung", or "South Korea". */
    public String full() {
        if (person == null) return country;
        if (title == null) return person;
        String t = Arrays.stream(title.split(" ")).map(Templates::capitalize).collect(Collectors.joining(" "));
        return (demonym == null ? country + "'s " + t.toLowerCase(Locale.ROOT) + " " : demonym + " " + t + " ") + person;
    }

    /** Named again: "Lee", or the country. */
    public String brief() {
        return person == null ? country : surname == null ? person : surname;
    }

    /** The government as a place, for "Seoul's account": the capital, else the country. */
    public String seat() {
        return capital == null ? country : capital;
    }
}
