package readout.core.extract;

import readout.core.kb.Entry;
import readout.core.model.Actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the coder remembers while reading one article: its date, people named so far (so a later
 * surname or pronoun finds them) and short names introduced by full ones. One per article, never shared.
 */
public final class Discourse {
    /** Nouns by which a report names again a country it has named ("the country", "the island"). */
    public static final Set<String> COUNTRY_ANAPHORS = Set.of("country", "nation", "island", "kingdom", "republic",
            "archipelago", "emirate");
    private final LocalDate published;
    private final Map<String, Mention> shortNames = new HashMap<>();
    private final List<Mention> people = new ArrayList<>();
    private final List<Mention> named = new ArrayList<>();
    /** Countries, and organisations without one, that the article has named so far, in any form (by polity). */
    private final java.util.Set<String> polities = new java.util.HashSet<>();
    private Actor lastSubject;
    /** The sides of the events coded so far. */
    private final List<Actor> eventSides = new ArrayList<>();
    /** The country the article was filed from, as its dateline names it ("KIGALI, April 12 (Reuters) -"). */
    private Actor filedFrom;

    public Discourse(LocalDate published) {
        this.published = published;
    }

    public LocalDate published() {
        return published;
    }

    /** Records a mention; a person named in full also becomes findable by each of their names alone. */
    void remember(Mention m, List<String> nameParts) {
        polities.add(m.actor().polity()); // a country, or an organisation's code: "the alliance" after NATO
        if (m.kind() != Entry.Kind.DEMONYM && m.kind() != Entry.Kind.PLACE) named.add(m);
        if (m.kind() != Entry.Kind.PERSON) return;
        people.add(m);
        if (nameParts.size() < 2) return;
        for (String part : List.of(nameParts.get(0), nameParts.get(nameParts.size() - 1))) {
            if (part.length() >= 2 && Character.isUpperCase(part.charAt(0))) shortNames.put(part, m);
        }
    }

    /** True when the article has named the country (by name, people, seat, demonym or city) or organisation so far. */
    boolean hasNamed(String polity) {
        return polities.contains(polity);
    }

    /**
     * The group named last: an armed group or a non-governmental organisation ("Hamas", "Human Rights Watch"),
     * for "the group" or "the militant group" later in the article.
     */
    Optional<Mention> lastGroup() {
        for (int i = named.size() - 1; i >= 0; i--) {
            Mention m = named.get(i);
            String role = m.actor().role();
            if (m.kind() == Entry.Kind.ORGANIZATION && ("REB".equals(role) || "NGO".equals(role) || "IMG".equals(m.actor().code()))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Makes a short name ("Lee") stand for a person from here on, as if a full name had introduced it. */
    void introduce(String shortName, Mention m) {
        shortNames.putIfAbsent(shortName, m);
    }

    /** The person a short name ("Lee") refers to, if a full name introduced it earlier. */
    public Optional<Mention> byShortName(String word) {
        return Optional.ofNullable(shortNames.get(word));
    }

    /** The last person named before an offset whose name is not excluded ("Xi praised him": not Xi). */
    public Optional<Actor> lastPersonBefore(int offset, Set<String> excludedNames) {
        for (int i = people.size() - 1; i >= 0; i--) {
            Actor a = people.get(i).actor();
            if (people.get(i).start() < offset && !excludedNames.contains(a.name())) return Optional.of(a);
        }
        return Optional.empty();
    }

    /**
     * The referent of a subject pronoun ("he", "she"): the last person who acted (was an event's source)
     * before the offset, else the last person named.
     */
    public Optional<Actor> subjectBefore(int offset) {
        if (lastSubject != null && lastSubject.start() < offset) return Optional.of(lastSubject);
        return lastPersonBefore(offset, Set.of());
    }

    /** Notes an event's source; a person who acts is what a following "he" most likely refers to. */
    public void acted(Actor source) {
        for (Mention m : people) {
            if (m.actor().name().equals(source.name())) {
                lastSubject = source;
                return;
            }
        }
    }

    /**
     * The last side named before an offset that is none of the excluded polities: what "it" or "them" means
     * as the party accused or asked ("cut ties with Qatar, accusing it of supporting terrorism").
     */
    public Optional<Actor> lastSideBefore(int offset, Set<String> excludedPolities) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Mention m = named.get(i);
            if (m.start() < offset && !excludedPolities.contains(m.actor().polity())) return Optional.of(m.actor());
        }
        return Optional.empty();
    }

    /**
     * The last {@code n} sides named before an offset, one actor per country or organisation, for "the two
     * leaders" (people only) or "the two countries"; empty when fewer than {@code n} were named.
     */
    public List<Actor> lastSides(int offset, int n, boolean peopleOnly) {
        // "Russian and Ukrainian delegations held talks ... The two sides agreed": sides of events, named by their
        // country's word; "Lee met Ishiba at the G7 summit in Canada, and the two agreed": the sides of events
        // before the places and bodies named after them
        List<Actor> sides = peopleOnly ? List.of() : lastOf(eventSides.stream().filter(a -> a.start() < offset).toList(), n);
        if (!sides.isEmpty()) return sides;
        List<Actor> before = new ArrayList<>();
        for (Mention m : named) {
            if (m.start() < offset && (!peopleOnly || m.kind() == Entry.Kind.PERSON)) before.add(m.actor());
        }
        return lastOf(before, n);
    }

    /** The {@code n} last of these actors in the text, one per country or organisation; empty when fewer. */
    private static List<Actor> lastOf(List<Actor> actors, int n) {
        List<Actor> before = new ArrayList<>(actors);
        before.sort(java.util.Comparator.comparingInt(Actor::start).reversed());
        java.util.LinkedHashMap<String, Actor> sides = new java.util.LinkedHashMap<>();
        for (Actor a : before) {
            if (sides.size() == n) break;
            sides.putIfAbsent(a.polity(), a);
        }
        return sides.size() == n ? List.copyOf(sides.values()) : List.of();
    }

    /**
     * The country named last before an offset, leaving out {@code except}, for "the country" or "the island" ("an
     * earthquake struck Myanmar, and Japan pledged aid to the country"): the mention that named it.
     */
    public Optional<Actor> lastCountry(int offset, Set<String> except) {
        Actor last = null;
        for (Mention m : named) {
            Actor a = m.actor();
            if (m.start() < offset && a.country() != null && !except.contains(a.country())
                    && (last == null || a.start() > last.start())) last = a;
        }
        return Optional.ofNullable(last);
    }

    /** Notes a side of an event, so that "the two sides" later can find it however it was named. */
    public void sided(Actor side) {
        eventSides.add(side);
    }

    /** Notes the country a dateline names; it holds for the rest of the article. */
    public void filedFrom(Actor country) {
        filedFrom = country;
    }

    /** The country the article was filed from (its dateline's), whatever a sentence names; empty without one. */
    public Optional<Actor> filedFrom() {
        return Optional.ofNullable(filedFrom);
    }

    /**
     * The country the article was filed from, for a sentence that names no other country (its mentions, nulls
     * skipped): where a wire story datelined KIGALI says "soldiers massacred villagers", they are Rwanda's; a
     * sentence that names another country may be about what happens there.
     */
    public Optional<Actor> filedFrom(Iterable<Mention> mentions) {
        if (filedFrom == null) return Optional.empty();
        for (Mention m : mentions) {
            String c = m == null ? null : m.actor().country();
            if (c != null && !c.equals(filedFrom.country())) return Optional.empty();
        }
        return Optional.of(filedFrom);
    }

    public boolean hasPeople() {
        return !people.isEmpty();
    }
}
