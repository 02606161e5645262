package readout.core.extract;

import readout.core.kb.Entry;
import readout.core.model.Actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the coder remembers while reading one article: its date, people named so far (so a later
 * surname or pronoun finds them) and short names introduced by full ones. One per article, never shared.
 */
public final class Discourse {
    private final LocalDate published;
    private final Map<String, Mention> shortNames = new HashMap<>();
    private final List<Mention> people = new ArrayList<>();

    public Discourse(LocalDate published) {
        this.published = published;
    }

    public LocalDate published() {
        return published;
    }

    /** Records a mention; a person named in full also becomes findable by each of their names alone. */
    void remember(Mention m, List<String> nameParts) {
        if (m.kind() != Entry.Kind.PERSON) return;
        people.add(m);
        if (nameParts.size() < 2) return;
        for (String part : List.of(nameParts.get(0), nameParts.get(nameParts.size() - 1))) {
            if (part.length() >= 2 && Character.isUpperCase(part.charAt(0))) shortNames.put(part, m);
        }
    }

    /** The person a short name ("Lee") refers to, if a full name introduced it earlier. */
    public Optional<Mention> byShortName(String word) {
        return Optional.ofNullable(shortNames.get(word));
    }

    /** The last person named before an offset, for "he" and "she". */
    public Optional<Actor> lastPersonBefore(int offset) {
        for (int i = people.size() - 1; i >= 0; i--) {
            if (people.get(i).start() < offset) return Optional.of(people.get(i).actor());
        }
        return Optional.empty();
    }

    public boolean hasPeople() {
        return !people.isEmpty();
    }
}
