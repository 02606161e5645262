package readout.core.model;

/** A place an event happened, from the gazetteer. */
public record Location(String name, String country, double lat, double lon) {
}
