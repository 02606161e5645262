package readout.core.place;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Place names to places: the most populous of those that share a name, case and accents aside. */
class GazetteerTest {

    @Test
    void the_most_populous_of_places_sharing_a_name_wins_whatever_the_accents() {
        Gazetteer g = new Gazetteer();
        g.add(new Place("Los Ángeles", "CHL", -37.5, -72.4, 125_000));
        g.add(new Place("Los Angeles", "USA", 34.1, -118.2, 3_970_000));
        g.add(new Place("Paris", "USA", 33.7, -95.6, 25_000));
        g.add(new Place("Paris", "FRA", 48.9, 2.4, 2_100_000));
        assertEquals("USA", g.find("Los Angeles").orElseThrow().country());
        assertEquals("USA", g.find("LOS ÁNGELES").orElseThrow().country());
        assertEquals("FRA", g.find("paris").orElseThrow().country());
        assertEquals(2, g.all().size());
    }
}
