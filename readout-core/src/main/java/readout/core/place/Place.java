package readout.core.place;

/** A populated place from the gazetteer. */
public record Place(String name, String country, double lat, double lon, long population) {
}
