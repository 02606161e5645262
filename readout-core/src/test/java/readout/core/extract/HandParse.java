package readout.core.extract;

import readout.core.nlp.ParsedSentence;
import readout.core.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses written by hand for table-driven tests, so that a test exercises a stage, not the parser: tokens as
 * {@code word/POS/lemma} (the lemma defaults to the lower-cased word), dependencies as
 * {@code relation:governor:dependent} over token positions.
 */
final class HandParse {
    private final List<String[]> parts = new ArrayList<>();
    private final String deps;

    HandParse(String tokens, String deps) {
        for (String t : tokens.trim().split("\\s+")) parts.add(t.split("/"));
        this.deps = deps;
    }

    /** The sentence the tokens spell, words separated by spaces, with a full stop. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (String[] p : parts) sb.append(sb.length() == 0 ? "" : " ").append(p[0]);
        return sb.append('.').toString();
    }

    /** The parse of {@code sentence} (this text, or as a coder masks it) found at {@code offset} of its article. */
    ParsedSentence parse(String sentence, int offset) {
        List<Token> ts = new ArrayList<>();
        int at = 0;
        for (String[] p : parts) {
            int start = sentence.indexOf(p[0].replace('-', '_'), at);
            if (start < 0) start = sentence.indexOf(p[0], at);
            ts.add(new Token(ts.size(), p[0], p.length > 2 ? p[2] : p[0].toLowerCase(Locale.ROOT), p[1],
                    offset + start, offset + start + p[0].length()));
            at = start + p[0].length();
        }
        return new ParsedSentence(ts, readout.core.nlp.TestDeps.parse(deps));
    }
}
