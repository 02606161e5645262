package readout.analysis.brief;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The brief's phrasing, read from a data file ({@code brief/templates.tsv}): per event type a headline, a lede
 * clause and a summary line; reader's words for each topic; and the sentence frames the brief fills in. Event
 * types are chosen by the longest CAMEO prefix, so codebook labels never reach the reader.
 */
public final class Templates {
    /** The built-in file, on the class path. */
    public static final String RESOURCE = "brief/templates.tsv";

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z.]+)}");

    /** One event type in reader's words. */
    public record EventType(String kind, List<String> prefixes, String headline, String lede, String summary) {
        /** True when the type tells both sides as doing it together ("{a} and {b} held talks"), not one to the other. */
        public boolean mutual() {
            return lede.contains("{a} and {b}");
        }
    }

    private final Map<String, EventType> byPrefix;
    private final Map<String, String> topics;
    private final Map<String, String> phrases;

    private Templates(Map<String, EventType> byPrefix, Map<String, String> topics, Map<String, String> phrases) {
        this.byPrefix = Map.copyOf(byPrefix);
        this.topics = Map.copyOf(topics);
        this.phrases = Map.copyOf(phrases);
    }

    private static volatile Templates builtIn;

    /** The templates shipped with Readout (read once per JVM). */
    public static Templates builtIn() {
        Templates t = builtIn;
        if (t == null) {
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the class path: rebuild readout-analysis");
                builtIn = t = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
        return t;
    }

    /** Templates from a file's text; errors name the file and line. */
    public static Templates parse(String text, String file) {
        Map<String, EventType> byPrefix = new HashMap<>();
        Map<String, String> topics = new LinkedHashMap<>();
        Map<String, String> phrases = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            String where = file + ":" + (i + 1);
            switch (f[0]) {
                case "event" -> {
                    if (f.length != 6) throw new IllegalArgumentException(where + ": an event row has 6 columns"
                            + " (event, kind, prefixes, headline, lede, summary), found " + f.length);
                    List<String> prefixes = List.of(f[2].split(";"));
                    EventType t = new EventType(f[1], prefixes, f[3], f[4], f[5]);
                    for (String p : prefixes) {
                        if (!p.matches("\\d{2,4}")) throw new IllegalArgumentException(where + ": not a CAMEO prefix: " + p);
                        if (byPrefix.put(p, t) != null) throw new IllegalArgumentException(where + ": prefix " + p + " given twice");
                    }
                }
                case "topic" -> {
                    if (f.length != 3) throw new IllegalArgumentException(where + ": a topic row has 3 columns (topic, key, words)");
                    topics.put(f[1], f[2]);
                }
                case "phrase" -> {
                    if (f.length != 3) throw new IllegalArgumentException(where + ": a phrase row has 3 columns (phrase, key, text)");
                    phrases.put(f[1], f[2]);
                }
                default -> throw new IllegalArgumentException(where + ": a row starts with event, topic or phrase, not '" + f[0] + "'");
            }
        }
        for (String root : List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15",
                "16", "17", "18", "19", "20")) {
            if (!byPrefix.containsKey(root)) throw new IllegalArgumentException(file + ": no event row covers CAMEO root " + root
                    + ": add one, so no event falls back to a codebook label");
        }
        return new Templates(byPrefix, topics, phrases);
    }

    /** The event type of a CAMEO code: the row with the longest prefix of it. */
    public EventType type(String cameo) {
        if (cameo == null || cameo.length() < 2) throw new IllegalArgumentException("cameo must be a CAMEO code: " + cameo);
        for (int n = cameo.length(); n >= 2; n--) {
            EventType t = byPrefix.get(cameo.substring(0, n));
            if (t != null) return t;
        }
        throw new IllegalArgumentException("no event row for CAMEO code " + cameo);
    }

    /** A topic in reader's words ("peace_stability" → "peace and stability"). */
    public String topic(String key) {
        String t = topics.get(key);
        return t != null ? t : key.replace('_', ' ');
    }

    /** A sentence frame filled in; a slot with no value is an error in the file, named. */
    public String phrase(String key, Map<String, String> values) {
        String p = phrases.get(key);
        if (p == null) throw new IllegalStateException(RESOURCE + " has no phrase '" + key + "'");
        return fill(p, values);
    }

    /** Fills {@code {slot}}s from the values. */
    public static String fill(String template, Map<String, String> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) throw new IllegalStateException("template slot {" + m.group(1) + "} has no value in: " + template);
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** "a", "a and b", "a, b and c". */
    public static String list(List<String> items) {
        if (items.isEmpty()) return "";
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Upper-cases the first letter. */
    public static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
