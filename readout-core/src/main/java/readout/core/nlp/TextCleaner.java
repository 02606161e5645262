package readout.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1, clean: straightens quotes, blanks citation markers ("[1][2]") while keeping them as
 * references, and finds headings glued to the next sentence ("Chatting with XiLee Jae-myung, ...")
 * so the splitter can cut there. Never changes the text's length.
 */
public final class TextCleaner {
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})]");
    /** A lower-case letter directly followed by an upper-case word start, inside one word. */
    private static final Pattern GLUE = Pattern.compile("(?<=[a-z])(?=[A-Z][a-z])");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** How many words into a paragraph a glued heading can end. */
    private static final int HEADING_WORDS = 12;
    /** Brand and surname prefixes that are written in camel case on purpose. */
    private static final Set<String> CAMEL_PREFIXES = Set.of("Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von",
            "Du", "Fitz");
    private static final Set<String> CAMEL_WORDS = Set.of("YouTube", "PayPal", "LinkedIn", "WhatsApp", "BlackRock",
            "JPMorgan", "FedEx", "OpenAI", "TikTok", "WeChat", "PetroChina", "SoftBank", "ByteDance", "ExxonMobil",
            "GlaxoSmithKline", "SpaceX", "AstraZeneca", "BioNTech", "HarperCollins", "PricewaterhouseCoopers",
            "CaixaBank", "ArcelorMittal", "ChatGPT", "DeepSeek", "WikiLeaks", "NetEase");

    public CleanText clean(String raw) {
        char[] c = raw.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = switch (c[i]) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
                case '\u00A0', '\u2007', '\u202F', '\t', '\u200B' -> ' ';
                case '\u2028', '\u2029', '\r' -> '\n';
                default -> c[i];
            };
        }
        List<CleanText.Citation> citations = new ArrayList<>();
        Matcher m = CITATION.matcher(new String(c));
        while (m.find()) {
            citations.add(new CleanText.Citation(Integer.parseInt(m.group(1)), m.start(), m.end()));
            for (int i = m.start(); i < m.end(); i++) c[i] = ' ';
        }
        String text = new String(c);
        return new CleanText(text, gluedHeadings(text), List.copyOf(citations));
    }

    private static List<Integer> gluedHeadings(String text) {
        List<Integer> breaks = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) paragraphEnd = text.length();
            Matcher w = WORD.matcher(text).region(paragraphStart, paragraphEnd);
            for (int n = 0; n < HEADING_WORDS && w.find(); n++) {
                int at = glueIn(w.group());
                if (at > 0) {
                    breaks.add(w.start() + at);
                    break;
                }
            }
            paragraphStart = paragraphEnd + 1;
        }
        return breaks;
    }

    /** Offset inside the word where a heading ends and a sentence begins, or -1. */
    static int glueIn(String word) {
        String core = word.replaceAll("[^A-Za-z'-]+$", "");
        if (CAMEL_WORDS.contains(core) || core.contains("'")) return -1;
        Matcher g = GLUE.matcher(core);
        if (!g.find()) return -1;
        String left = core.substring(0, g.start());
        if (left.length() < 2 || CAMEL_PREFIXES.contains(left) || !Character.isLetter(left.charAt(0))) return -1;
        return g.start();
    }
}
