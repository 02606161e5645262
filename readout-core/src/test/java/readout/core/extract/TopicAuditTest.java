package readout.core.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The topic lexicon against the phrasing of readouts and wire copy (sentences written for this test). */
class TopicAuditTest {
    private static final TopicTagger TOPICS = TopicTagger.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Seoul called for the denuclearisation of the peninsula.|denuclearization",
            "Beijing said it would keep playing a constructive part on the Korean Peninsula issue.|denuclearization",
            "The envoys discussed the nuclear issue at length.|denuclearization",
            "The leaders pledged to deepen their strategic cooperative partnership.|partnership",
            "Both sides should uphold multilateralism and free trade.|multilateralism",
            "Both sides should uphold multilateralism and free trade.|trade",
            "Washington reaffirmed its alliance with Seoul.|alliance",
    })
    void real_phrasing_gets_its_topic(String sentence, String topic) {
        assertTrue(TOPICS.tag(sentence).contains(topic), TOPICS.tag(sentence).toString());
    }

    @Test
    void a_partnership_is_not_an_alliance() {
        assertFalse(TOPICS.tag("China and South Korea will develop their strategic cooperative partnership.").contains("alliance"));
        assertFalse(TOPICS.tag("The two countries upgraded ties to a comprehensive strategic partnership.").contains("alliance"));
    }

    @Test
    void every_topic_has_a_one_line_definition() {
        for (String t : TOPICS.topics()) {
            String d = TOPICS.definition(t);
            assertFalse(d.isBlank(), t);
            assertFalse(d.contains("\n"), t);
        }
        assertEquals(TOPICS.topics().size(), TOPICS.topics().stream().distinct().count());
    }
}
