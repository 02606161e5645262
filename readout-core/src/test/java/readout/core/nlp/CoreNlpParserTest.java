package readout.core.nlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the real CoreNLP pipeline gives Readout for news copy it used to mistokenize (the models load once). */
class CoreNlpParserTest {
    private static CoreNlpParser parser;

    @BeforeAll
    static void load() {
        parser = new CoreNlpParser();
    }

    @Test
    void a_model_designation_is_one_word_with_its_hyphen_and_its_offsets() {
        String text = "Estonia said three Russian MiG-31 fighter jets entered its airspace, and Turkey bought S-400 systems.";
        ParsedSentence p = parser.parse(text, 100);
        List<String> words = p.tokens().stream().map(Token::word).toList();
        assertTrue(words.contains("MiG-31"), words.toString());
        assertTrue(words.contains("S-400"), words.toString());
        Token mig = p.tokens().get(words.indexOf("MiG-31"));
        assertEquals("MiG-31", text.substring(mig.start() - 100, mig.end() - 100));
        int entered = words.indexOf("entered");
        int jets = words.indexOf("jets");
        assertEquals(List.of(jets), p.children(entered, "nsubj"), "the jets are what entered");
    }

    @Test
    void the_two_before_a_participle_form_are_the_subject_of_its_verb() {
        ParsedSentence p = parser.parse("Xi hosted Lula in Beijing and the two held talks on trade.", 0);
        List<String> words = p.tokens().stream().map(Token::word).toList();
        int held = words.indexOf("held");
        assertEquals(List.of(words.indexOf("two")), p.children(held, "nsubj"), p.dependencies().toString());
    }

    @Test
    void a_proper_adjective_paired_with_another_describes_the_noun_after_both() {
        ParsedSentence p = parser.parse("The Thai and Cambodian leaders agreed to a ceasefire.", 0);
        List<String> words = p.tokens().stream().map(Token::word).toList();
        int agreed = words.indexOf("agreed");
        assertEquals(List.of(words.indexOf("leaders")), p.children(agreed, "nsubj"), p.dependencies().toString());
        assertEquals("JJ", p.tokens().get(words.indexOf("Thai")).pos());
    }
}
