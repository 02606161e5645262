package readout.core.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {
    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String raw) {
        return splitter.split(cleaner.clean(raw)).stream().map(Sentence::text).toList();
    }

    @Test
    void splits_after_a_period_followed_by_a_capital() {
        assertEquals(List.of("The talks ended.", "Both sides left Geneva."), split("The talks ended. Both sides left Geneva."));
    }

    @Test
    void does_not_split_after_mr() {
        assertEquals(List.of("He met Mr. Smith in Seoul."), split("He met Mr. Smith in Seoul."));
    }

    @Test
    void does_not_split_after_an_abbreviation_followed_by_a_lower_case_word() {
        assertEquals(List.of("The U.S. officials met Mr. and Mrs. Park.", "Talks went well."),
                split("The U.S. officials met Mr. and Mrs. Park. Talks went well."));
    }

    @Test
    void does_not_split_after_initials() {
        assertEquals(List.of("John F. Kennedy visited Berlin in 1963."), split("John F. Kennedy visited Berlin in 1963."));
        assertEquals(List.of("Prime Minister K.P. Sharma Oli resigned.", "Protests went on."),
                split("Prime Minister K.P. Sharma Oli resigned. Protests went on."));
    }

    @Test
    void splits_at_line_breaks() {
        assertEquals(List.of("First line without a period", "Second line"), split("First line without a period\nSecond line"));
    }

    @Test
    void strips_bullet_markers() {
        assertEquals(List.of("Seoul protested.", "Tokyo replied."), split("- Seoul protested.\n- Tokyo replied."));
    }

    @Test
    void forced_breaks_from_the_cleaner_split_a_glued_heading_off() {
        List<String> s = split("Chatting with XiLee Jae-myung, South Korea's new president, spoke on Tuesday.");
        assertEquals(List.of("Chatting with Xi", "Lee Jae-myung, South Korea's new president, spoke on Tuesday."), s);
    }

    @Test
    void sentence_offsets_point_at_the_sentence_text() {
        String raw = "- Seoul protested [1] on Monday.\nChatting with XiLee Jae-myung met Mr. Smith. The U.S. said no!\n"
                + "\u201CWe will,\u201D he said. John F. Kennedy left.";
        CleanText clean = cleaner.clean(raw);
        List<Sentence> sentences = splitter.split(clean);
        assertEquals(6, sentences.size(), sentences.toString());
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            assertEquals(k, s.index());
            assertEquals(s.text(), clean.text().substring(s.start(), s.end()));
        }
    }
}
