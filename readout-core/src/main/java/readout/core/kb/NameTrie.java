package readout.core.kb;

import readout.core.nlp.Accents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names as token sequences, lower-cased, for longest-match look-up over a sentence's tokens. Arabic names are
 * written many ways ("al-Bashir", "al Bashir", "El Bashir", "Bashir"): the article is not part of a name's key,
 * whether joined by a hyphen or standing alone, so every spelling of it finds the same entry.
 */
final class NameTrie {
    /** The Arabic article as a prefix: "al-Bashir", "el-Sisi", "ad-Din", "ash-Sharaa". */
    private static final Pattern ARTICLE_PREFIX = Pattern.compile("^(?:al|el|ad|an|ar|as|ash|at|az)-(?=\\p{L}{3})",
            Pattern.CASE_INSENSITIVE);
    private final Node root = new Node();

    static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Entry> entries = new ArrayList<>(1);
        /** True when a name of several words ending here ends in a lower-case word ("Islamic State group"). */
        boolean lowerEnd;
    }

    /**
     * A name word's key: lower case, accents folded, without a joined article ("al-Bashir" → "bashir",
     * "Orbán" → "orban", "Erdoğan" → "erdogan"), since wire copy often drops the accents a dictionary keeps.
     */
    static String key(String word) {
        return ARTICLE_PREFIX.matcher(Accents.fold(word.toLowerCase(Locale.ROOT))).replaceFirst("");
    }

    /** True for the article standing alone inside a name ("Omar al Bashir", "Omar El Bashir"); it is skipped. */
    static boolean article(String word) {
        return word.equalsIgnoreCase("al") || word.equalsIgnoreCase("el");
    }

    /** True when a word can start a name written in lower case: "al-Qaeda", "al-Shabab". */
    static boolean lowerCaseStart(String word) {
        return ARTICLE_PREFIX.matcher(word).find() && Character.isUpperCase(word.charAt(word.indexOf('-') + 1));
    }

    void add(List<String> tokens, Entry entry) {
        Node n = root;
        int kept = 0;
        for (String t : tokens) {
            if (article(t) && tokens.size() > 1) continue;
            n = n.next.computeIfAbsent(key(t), k -> new Node());
            kept++;
        }
        if (kept == 0) return;
        String last = tokens.get(tokens.size() - 1);
        if (kept > 1 && !last.isEmpty() && Character.isLowerCase(last.charAt(0))) n.lowerEnd = true;
        for (Entry e : n.entries) if (e.equals(entry)) return;
        n.entries.add(entry);
    }

    Node root() {
        return root;
    }
}
