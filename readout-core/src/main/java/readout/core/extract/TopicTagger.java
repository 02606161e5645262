package readout.core.extract;

import readout.core.Resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stage 8, topics: tags text with topics from {@code lexicon/topics.tsv} (extensible, one regex per topic; each
 * topic has a one-line definition in the file's third column).
 */
public final class TopicTagger {
    private static final TopicTagger STANDARD = load("lexicon/topics.tsv");

    private final Map<String, Pattern> topics;
    private final Map<String, String> definitions;

    private TopicTagger(Map<String, Pattern> topics, Map<String, String> definitions) {
        this.topics = topics;
        this.definitions = definitions;
    }

    /** The topic's one-line definition from the lexicon file. */
    public String definition(String topic) {
        String d = definitions.get(topic);
        if (d == null) throw new IllegalArgumentException("topic: no such topic in the lexicon: " + topic);
        return d;
    }

    public static TopicTagger standard() {
        return STANDARD;
    }

    /** The lexicon's topics, in order. */
    public List<String> topics() {
        return List.copyOf(topics.keySet());
    }

    /** Topics the text names, in lexicon order. */
    public List<String> tag(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (var e : topics.entrySet()) if (e.getValue().matcher(lower).find()) out.add(e.getKey());
        return out;
    }

    private static TopicTagger load(String resource) {
        Map<String, Pattern> topics = new LinkedHashMap<>();
        Map<String, String> definitions = new LinkedHashMap<>();
        int n = 0;
        for (String line : Resources.lines(resource)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 3 || f[2].isBlank()) {
                throw new IllegalStateException(resource + ":" + n + ": a topic needs three columns (topic, phrases,"
                        + " one-line definition); add the definition");
            }
            definitions.put(f[0].trim(), f[2].trim());
            List<String> alts = new ArrayList<>();
            for (String phrase : f[1].split(";")) {
                String p = phrase.trim();
                if (p.isEmpty()) continue;
                boolean prefix = p.endsWith("*");
                if (prefix) p = p.substring(0, p.length() - 1);
                alts.add(Pattern.quote(p) + (prefix ? "[\\w-]*" : ""));
            }
            topics.put(f[0].trim(), Pattern.compile("\\b(?:" + String.join("|", alts) + ")\\b"));
        }
        return new TopicTagger(topics, definitions);
    }
}
