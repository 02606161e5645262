package readout.core.ontology;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologyTest {
    private final Ontology ontology = Ontology.standard();

    @Test
    void discuss_by_telephone_is_a_phone_consultation_in_verbal_cooperation() {
        EventType t = ontology.type("041");
        assertEquals("041", t.cameo());
        assertEquals("04", t.root());
        assertEquals("CONSULT", t.plover());
        assertEquals("phone", t.ploverMode());
        assertEquals(1.0, t.goldstein());
        assertEquals(1, t.quadClass());
    }

    @Test
    void sanctions_in_the_pinned_numbering_map_to_sanction_as_the_plover_gold_codes_them() {
        EventType t = ontology.type("166");
        assertEquals("SANCTION", t.plover());
        assertEquals("restrict", t.ploverMode());
        assertEquals(4, t.quadClass());
        assertEquals(-8.0, t.goldstein());
    }

    @Test
    void easing_a_curfew_or_an_emergency_is_a_concession_and_lifting_a_blockade_a_retreat() {
        assertEquals("CONCEDE", ontology.type("0813").plover());
        assertEquals("CONCEDE", ontology.type("0814").plover());
        assertEquals("RETREAT", ontology.type("0872").plover());
    }

    @Test
    void conventional_military_force_is_material_conflict() {
        assertEquals(4, ontology.type("190").quadClass());
    }

    @Test
    void appeals_map_to_request_from_the_supplement() {
        assertEquals("REQUEST", ontology.type("020").plover());
    }

    @Test
    void public_statements_have_no_plover_type() {
        EventType t = ontology.type("010");
        assertNull(t.plover());
        assertNull(t.ploverMode());
        assertEquals(1, t.quadClass());
    }

    @Test
    void an_unknown_code_throws_naming_the_code() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ontology.type("999"));
        assertTrue(e.getMessage().contains("999"), e.getMessage());
    }

    @Test
    void is_code_tells_known_from_unknown_codes() {
        assertTrue(ontology.isCode("041"));
        assertFalse(ontology.isCode("999"));
    }

    @Test
    void checksum_is_twelve_hex_digits() {
        assertTrue(ontology.checksum().matches("[0-9a-f]{12}"), ontology.checksum());
    }

    @Test
    void quad_class_follows_the_gdelt_root_grouping() {
        assertEquals(1, Ontology.quadClass("04"));
        assertEquals(2, Ontology.quadClass("05"));
        assertEquals(2, Ontology.quadClass("08"));
        assertEquals(3, Ontology.quadClass("09"));
        assertEquals(3, Ontology.quadClass("13"));
        assertEquals(4, Ontology.quadClass("14"));
    }
}
