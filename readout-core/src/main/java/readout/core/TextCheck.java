package readout.core;

/**
 * Decides whether a text can be coded at all, with a specific reason when not: empty, binary, mangled
 * encoding, or not English. Cheap: looks at characters and a sample of common English words.
 */
final class TextCheck {
    private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "of", "and", "to", "in", "a", "is",
            "that", "for", "on", "with", "said", "was", "as", "by", "has", "his", "at", "it", "from", "will", "are");

    private TextCheck() {
    }

    /** Null when the text can be coded; otherwise the reason it cannot. */
    static String problem(String text) {
        if (text == null || text.isBlank()) return "empty text";
        int sample = Math.min(text.length(), 20_000);
        int control = 0;
        int replacement = 0;
        int letters = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') replacement++;
            else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') control++;
            else if (Character.isLetter(c)) letters++;
        }
        if (control > sample / 100 + 2) return "binary data: " + control + " control characters in the first " + sample
                + " characters";
        if (replacement > sample / 50 + 2) return "invalid or mis-decoded text: " + replacement
                + " replacement characters (U+FFFD) in the first " + sample + " characters; is the file UTF-8?";
        if (letters == 0) return "no words: the text has no letters";
        int words = 0;
        int english = 0;
        for (String w : text.substring(0, sample).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) {
            if (w.isEmpty()) continue;
            words++;
            if (ENGLISH.contains(w)) english++;
        }
        if (words >= 20 && english * 100 < words * 3) return "not English: only " + english + " of " + words
                + " words are common English words (Readout codes English text)";
        return null;
    }
}
