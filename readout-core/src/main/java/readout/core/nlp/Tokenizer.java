package readout.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fast tokenizer for the pre-pass (actor and trigger look-up on every sentence). Keeps hyphenated
 * names whole ("Jae-myung"), dotted acronyms whole ("U.S."), and splits the possessive "'s" and a name from a
 * participle that makes it a modifier ("Saudi-led").
 */
public final class Tokenizer {
    /** Participles that make a name a modifier ("Saudi-led", "Iranian-backed"): the name is a token of its own. */
    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("led", "backed", "based", "born", "owned",
            "run", "brokered", "sponsored", "allied", "aligned", "controlled", "held", "occupied", "made", "supplied",
            "funded", "armed", "trained", "built", "linked", "affiliated", "friendly", "bound", "flagged", "registered");


    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '-' || d == '.' || d == '&') && j + 1 < to
                            && Character.isLetterOrDigit(text.charAt(j + 1)) && !(d == '.' && isWordy(text, i, j))
                            && !(d == '-' && modifierSuffix(text, j + 1, to))) {
                        j++;
                    } else if (d == '\'' && j + 1 < to && Character.isLetter(text.charAt(j + 1))
                            && !(text.charAt(j + 1) == 's' && (j + 2 >= to || !Character.isLetter(text.charAt(j + 2))))) {
                        j++; // O'Brien, don't -- but not the possessive 's
                    } else {
                        break;
                    }
                }
                // dotted acronym: U.S. / U.N. keeps its final period
                if (j < to && text.charAt(j) == '.' && j - i >= 3 && text.charAt(j - 2) == '.') j++;
                add(out, text, i, j);
                i = j;
            } else if (c == '\'' && i + 1 < to && text.charAt(i + 1) == 's'
                    && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)))) {
                add(out, text, i, i + 2);
                i += 2;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                add(out, text, i, i + 1);
                i++;
            }
        }
        return out;
    }

    private static boolean modifierSuffix(String text, int at, int to) {
        int e = at;
        while (e < to && Character.isLetter(text.charAt(e))) e++;
        return (e == to || !Character.isLetterOrDigit(text.charAt(e)) && text.charAt(e) != '-')
                && SUFFIXES.contains(text.substring(at, e));
    }

    /** True when text[i,j) is a run of letters longer than one, so a following '.' ends a word, not an acronym. */
    private static boolean isWordy(String text, int i, int j) {
        int lastDot = text.lastIndexOf('.', j - 1);
        int segmentStart = lastDot >= i ? lastDot + 1 : i;
        return j - segmentStart > 1;
    }

    private static void add(List<Token> out, String text, int s, int e) {
        String w = text.substring(s, e);
        out.add(new Token(out.size(), w, w.toLowerCase(Locale.ROOT), null, s, e));
    }
}
