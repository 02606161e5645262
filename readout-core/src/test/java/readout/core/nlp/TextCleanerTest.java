package readout.core.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void cleaned_text_has_exactly_the_length_of_the_original() {
        String raw = "\u201CWe agree,\u201D she said.[1][23] It\u2019s done.\r\nNext\u00A0line\u2029end.";
        CleanText clean = cleaner.clean(raw);
        assertEquals(raw.length(), clean.text().length());
    }

    @Test
    void curly_quotes_are_straightened() {
        CleanText clean = cleaner.clean("\u201CWe agree,\u201D she said. It\u2019s \u2018fine\u2019.");
        assertEquals("\"We agree,\" she said. It's 'fine'.", clean.text());
    }

    @Test
    void citation_markers_are_blanked_but_kept_as_references() {
        String raw = "Talks resumed.[1][2] More later.";
        CleanText clean = cleaner.clean(raw);
        assertEquals("Talks resumed.       More later.", clean.text());
        int first = raw.indexOf("[1]");
        assertEquals(List.of(new CleanText.Citation(1, first, first + 3), new CleanText.Citation(2, first + 3, first + 6)),
                clean.citations());
    }

    @Test
    void citations_in_a_span_are_reported_by_number() {
        CleanText clean = cleaner.clean("One.[4] Two.[7]");
        assertEquals(List.of(4), clean.citationsIn(0, 7));
        assertEquals(List.of(4, 7), clean.citationsIn(0, 15));
    }

    @Test
    void a_heading_glued_to_the_next_sentence_gets_a_forced_break_before_the_sentence() {
        String raw = "Chatting with XiLee Jae-myung, South Korea's new president, spoke with Xi Jinping on Tuesday.";
        CleanText clean = cleaner.clean(raw);
        assertEquals(List.of(raw.indexOf("Lee")), clean.forcedBreaks());
    }

    @Test
    void camel_case_brand_names_are_not_taken_for_glued_headings() {
        assertTrue(cleaner.clean("YouTube removed the video on Monday.").forcedBreaks().isEmpty());
        assertTrue(cleaner.clean("McDonald opened a new store in Seoul.").forcedBreaks().isEmpty());
    }

    @Test
    void plain_text_has_no_forced_breaks_or_citations() {
        CleanText clean = cleaner.clean("The minister said the talks would continue.");
        assertTrue(clean.forcedBreaks().isEmpty());
        assertTrue(clean.citations().isEmpty());
        assertFalse(clean.text().isEmpty());
    }
}
