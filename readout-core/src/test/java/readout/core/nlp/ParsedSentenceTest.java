package readout.core.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Words the parser splits at a hyphen are read whole where they were written together. */
class ParsedSentenceTest {

    /** The tokens of {@code text} split at spaces and hyphens, with the offsets they have in it. */
    private static ParsedSentence split(String text) {
        List<Token> ts = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\\s-]+|-").matcher(text);
        while (m.find()) ts.add(new Token(ts.size(), m.group(), m.group().toLowerCase(java.util.Locale.ROOT), null, m.start(), m.end()));
        return new ParsedSentence(ts, List.of());
    }

    @ParameterizedTest(name = "{0} @{1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            lawyers staged a sit-in outside the court | 3 | sit-in
            lawyers staged a sit-in outside the court | 5 | sit-in
            lawyers staged a sit-in outside the court | 4 | none
            both sides broke the cease-fire           | 4 | cease-fire
            a U.S.-led coalition                      | 1 | none
            the Kim - Trump summit                    | 3 | none
            a sit in the square                       | 1 | none
            """)
    void hyphenated(String text, int token, String expected) {
        assertEquals(expected, split(text).hyphenated(token));
    }
}
