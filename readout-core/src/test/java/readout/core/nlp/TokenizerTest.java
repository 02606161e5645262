package readout.core.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> words(String text) {
        return tokenizer.tokenize(text, 0, text.length()).stream().map(Token::word).toList();
    }

    @Test
    void hyphenated_names_stay_whole() {
        assertEquals(List.of("Lee", "Jae-myung", "spoke"), words("Lee Jae-myung spoke"));
    }

    @Test
    void a_name_before_a_modifying_participle_is_a_token_of_its_own() {
        assertEquals(List.of("a", "Saudi", "-", "led", "coalition", "and", "Iranian", "-", "backed", "militias"),
                words("a Saudi-led coalition and Iranian-backed militias"));
        assertEquals(List.of("a", "Greek", "-", "flagged", "tanker"), words("a Greek-flagged tanker")); // a ship's flag
        assertEquals(List.of("Jae-ledger"), words("Jae-ledger")); // only the whole participle
    }

    @Test
    void dotted_acronyms_keep_their_final_period() {
        assertEquals(List.of("The", "U.S.", "objected"), words("The U.S. objected"));
    }

    @Test
    void a_sentence_final_period_after_a_word_is_its_own_token() {
        assertEquals(List.of("Talks", "ended", "."), words("Talks ended."));
    }

    @Test
    void the_possessive_is_split_off() {
        assertEquals(List.of("China", "'s", "navy"), words("China's navy"));
    }

    @Test
    void token_offsets_point_at_the_token_text() {
        String text = "Yesterday Lee Jae-myung told U.S. envoys about China's plans.";
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        assertEquals(List.of("Yesterday", "Lee", "Jae-myung", "told", "U.S.", "envoys", "about", "China", "'s", "plans", "."),
                tokens.stream().map(Token::word).toList());
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            assertEquals(k, t.index());
            assertEquals(t.word(), text.substring(t.start(), t.end()));
            assertEquals(t.word().toLowerCase(), t.lemma());
        }
    }

    @Test
    void tokenizing_a_range_gives_offsets_into_the_whole_text() {
        String text = "Intro. China's envoy";
        int from = text.indexOf("China");
        List<Token> tokens = tokenizer.tokenize(text, from, text.length());
        assertEquals(List.of("China", "'s", "envoy"), tokens.stream().map(Token::word).toList());
        assertEquals(from, tokens.get(0).start());
        assertEquals(text.length(), tokens.get(2).end());
    }
}
