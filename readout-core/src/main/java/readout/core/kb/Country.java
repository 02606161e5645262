package readout.core.kb;

import java.util.List;

/** A country from {@code countries.tsv}: ISO codes, names, demonyms and capital (with coordinates). */
public record Country(String iso3, String iso2, String name, List<String> alternates, List<String> demonyms,
                      String capital, double lat, double lon) {
}
