package readout.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits cleaned text into sentences: at line breaks, at forced breaks from the cleaner, and after
 * sentence-final punctuation followed by an upper-case start, except after common abbreviations and
 * initials. Cheap by design; runs on every sentence of every article, unlike the parser.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt",
            "sen", "rep", "gov", "prof", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "jr", "sr", "no", "vs", "etc", "inc", "corp", "ltd", "co", "adm", "sgt", "pres", "amb",
            "dept", "approx", "est", "fig", "cf", "e.g", "i.e", "u.s", "u.n", "u.k", "e.u");

    public List<Sentence> split(CleanText clean) {
        String t = clean.text();
        TreeSet<Integer> forced = new TreeSet<>(clean.forcedBreaks());
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int cut = -1;
            if (c == '\n') {
                cut = i;
            } else if (forced.contains(i)) {
                cut = i;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(t, i)) {
                int j = i + 1;
                while (j < t.length() && (t.charAt(j) == '"' || t.charAt(j) == '\'' || t.charAt(j) == ')')) j++;
                cut = j;
                i = j - 1;
            }
            if (cut >= 0) {
                add(out, t, start, cut);
                start = (c == '\n') ? cut + 1 : cut;
            }
        }
        add(out, t, start, t.length());
        return out;
    }

    private static void add(List<Sentence> out, String t, int from, int to) {
        while (from < to && Character.isWhitespace(t.charAt(from))) from++;
        while (to > from && Character.isWhitespace(t.charAt(to - 1))) to--;
        // bullet markers at a line start are not part of the sentence
        if (to - from >= 2 && (t.charAt(from) == '-' || t.charAt(from) == '*' || t.charAt(from) == '\u2022')
                && t.charAt(from + 1) == ' ') {
            from += 2;
        }
        if (to > from && hasLetter(t, from, to)) out.add(new Sentence(out.size(), from, to, t.substring(from, to)));
    }

    private static boolean hasLetter(String t, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isLetter(t.charAt(i))) return true;
        return false;
    }

    private static boolean endsSentence(String t, int i) {
        int j = i + 1;
        while (j < t.length() && (t.charAt(j) == '"' || t.charAt(j) == '\'' || t.charAt(j) == ')')) j++;
        if (j >= t.length()) return true;
        if (!Character.isWhitespace(t.charAt(j))) return false;
        while (j < t.length() && t.charAt(j) == ' ') j++;
        if (j >= t.length() || t.charAt(j) == '\n') return true;
        char next = t.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\'')) return false;
        if (t.charAt(i) != '.') return true;
        int w = i;
        while (w > 0 && !Character.isWhitespace(t.charAt(w - 1)) && t.charAt(w - 1) != '(') w--;
        String word = t.substring(w, i).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return false; // an initial
        if (word.matches("(\\p{L}\\.)+\\p{L}")) return false; // initials run together: "K.P. Sharma Oli"
        return !ABBREVIATIONS.contains(word);
    }
}
