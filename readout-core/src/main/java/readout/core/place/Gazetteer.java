package readout.core.place;

import readout.core.nlp.Accents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Place names to places. Where several places share a name, the most populous wins (Paris, France over
 * Paris, Texas), which is what a news report almost always means.
 */
public final class Gazetteer {
    private final Map<String, Place> byName = new HashMap<>();
    private int maxTokens = 1;

    public void add(Place p) {
        byName.merge(key(p.name()), p, (a, b) -> a.population() >= b.population() ? a : b);
        maxTokens = Math.max(maxTokens, p.name().split(" ").length);
    }

    public Optional<Place> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** Longest place name in tokens, to bound look-ups. */
    public int maxTokens() {
        return maxTokens;
    }

    /** Every place, one per name (the most populous of those sharing it). */
    public java.util.Collection<Place> all() {
        return java.util.Collections.unmodifiableCollection(byName.values());
    }

    public int size() {
        return byName.size();
    }

    /** Finds the longest place name starting at token {@code i} of the given words. */
    public Optional<Place> longestAt(List<String> words, int i) {
        for (int n = Math.min(maxTokens, words.size() - i); n >= 1; n--) {
            Optional<Place> p = find(String.join(" ", words.subList(i, i + n)));
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    /** Case and accents aside, as the name index matches them: "Los Ángeles" (Chile) and Los Angeles share a key. */
    private static String key(String name) {
        return Accents.fold(name).toLowerCase(java.util.Locale.ROOT);
    }
}
