package readout.core.extract;

import readout.core.kb.Entry;
import readout.core.kb.KnowledgeBase;
import readout.core.model.Actor;
import readout.core.nlp.Dependency;
import readout.core.nlp.ParsedSentence;
import readout.core.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Stage 4b, sides: who a phrase of a parsed sentence names. A named mention; a pronoun's referent ("it" in a
 * clause said is whoever said it); a noun phrase whose modifiers name a country or organisation, with the role
 * its head noun gives ("China's foreign ministry", "Thai police"); an agent located by a place ("police in
 * Seoul"); what a partitive counts ("tens of thousands of students"); the leader of a "-led" force; and the
 * country where an act happens, for sides named only by their role. One per sentence; the event extractor
 * asks it about the arguments it has found.
 */
final class SideReader {
    /** Words that name people by their number alone: "thousands rallied", "dozens were detained". */
    private static final Set<String> COUNTS = Set.of("thousand", "hundred", "dozen", "score", "thousands", "hundreds",
            "dozens", "scores");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    /** Pronouns that, as the subject of a clause said or announced, stand for whoever said it. */
    private static final Set<String> CLAUSE_PRONOUNS = Set.of("it", "they", "we");
    /** Relative pronouns that stand for the phrase before their comma. */
    private static final Set<String> RELATIVE_SUBJECTS = Set.of("which", "who");
    /** Nouns of another party than their owner: "Israel's militia ally", "Iran's proxies", "China's neighbours". */
    private static final Set<String> OTHERS = Set.of("ally", "proxy", "partner", "neighbour", "neighbor", "rival",
            "enemy", "foe", "adversary", "opponent");
    /** Their possessives: "said their forces had withdrawn" are the speaker's forces. */
    static final Set<String> CLAUSE_POSSESSIVES = Set.of("its", "their", "our");
    /** Possessives that stand for a person ("his administration"). */
    private static final Set<String> PERSON_POSSESSIVES = Set.of("his", "her");
    /** Bodies a leader heads, which act for the leader's state ("his government", "her troops"). */
    private static final Set<String> LED_BODIES = Set.of("administration", "government", "cabinet", "regime", "army",
            "military", "force", "troop");
    /**
     * Roles of crowds, which are of the place where they act when nothing else names their country; armed
     * groups and officials are not (foreign troops, a visiting minister).
     */
    private static final Set<String> CROWDS = Set.of("CVL", "OPP", "EDU", "LAB", "AGR", "REF", "HLH", "RAD", "MOD", "JUD");
    /** Places that a country's word does not locate: they stand in another country ("the U.S. embassy"). */
    private static final Set<String> STANDS_ABROAD = Set.of("embassy", "consulate", "legation", "base", "mission");
    /** Nouns that a place name before them makes a place: "Gaza City", "the Donetsk region", "Kebbi state". */
    private static final Set<String> PLACE_HEADS = Set.of("city", "town", "region", "province", "state", "district",
            "oblast", "governorate", "prefecture", "county", "village", "area", "strip", "camp", "port", "neighbourhood",
            "neighborhood", "suburb", "quarter");
    /** Nouns of accords and meetings that are named after where they were made or held. */
    private static final Set<String> NAMED_BY_VENUE = Set.of("accord", "accords", "agreement", "talks", "talk", "summit",
            "process", "declaration", "format", "conference", "protocol", "framework", "truce", "ceasefire", "deal");
    /** Nouns of a line between two countries. */
    private static final Set<String> FRONTIERS = Set.of("border", "frontier", "boundary");
    /** Prepositions of a place under a place ("a village in Zamfara", "a suburb of Damascus"). */
    private static final Set<String> LOCATIVE = Set.of("in", "on", "at", "near", "outside", "inside", "across",
            "around", "along", "off", "into", "throughout", "within", "of");
    /** Relations by which a clause goes on from another ("pounded Kyiv, killing two people"). */
    private static final Set<String> CLAUSE_CHAIN = Set.of("conj", "advcl", "xcomp", "dep");
    /** Words that say a side is not known ("unidentified gunmen"): no one to place. */
    private static final Set<String> UNKNOWN = Set.of("unidentified", "unknown", "unnamed", "anonymous", "foreign");
    /** Roles as often foreign to the place where they act as not (troops, agents): not placed there unnamed. */
    /** Participles of a third side's part in what others do: "U.S.-brokered talks" are not Washington's own. */
    private static final Set<String> MEDIATING = Set.of("broker", "mediate", "host", "facilitate", "arrange");
    private static final Set<String> FOREIGN_ROLES = Set.of("MIL", "SPY", "GOV", "IGO");
    /** Roles of armed groups that fight their own state. */
    private static final Set<String> INSURGENT_ROLES = Set.of("REB", "INS");
    /** Roles of a state's agents who serve at home: its government, police, courts and legislature. */
    private static final Set<String> AT_HOME_ROLES = Set.of("GOV", "COP", "JUD", "LEG");
    /**
     * Words that make a force the state's own, where it acts ("government soldiers", "security forces", "national
     * guard troops"), or its own turned against it ("renegade soldiers", "mutinous troops").
     */
    private static final Set<String> OWN_FORCES = Set.of("government", "security", "state", "federal", "regime", "guard",
            "renegade", "mutinous", "rogue", "breakaway", "disgruntled");
    private static final Set<String> PEOPLE_NOUNS = Set.of("leader", "president", "minister", "premier",
            "diplomat", "envoy", "counterpart", "peer");
    private static final Set<String> PAIR_NOUNS = Set.of("leader", "president", "minister", "premier", "diplomat",
            "envoy", "counterpart", "peer", "country", "nation", "side", "government", "neighbour", "neighbor", "ally");
    /** Nouns of a government named after the one who leads it ("the Trump administration", "the Assad regime"). */
    private static final Set<String> RULE_NOUNS = Set.of("administration", "government", "regime", "cabinet");
    /** Words that count or gather people and pass the actor on to what they count ("thousands of Kurds"). */
    private static final Set<String> PARTITIVES = union(COUNTS, Set.of("ten", "tens", "million", "millions", "group",
            "crowd", "handful", "band", "some", "many", "several", "most", "all", "number", "contingent", "delegation",
            "team", "unit", "member"));
    /**
     * Relations through which a noun phrase names the country it belongs to; last, the members it names ("25
     * countries, including Britain and Japan", "20 people, including four Australians").
     */
    private static final List<String> MODIFIER_RELATIONS = List.of("nmod:poss", "amod", "compound", "nmod:of", "nmod:from",
            "appos", "dep", "nmod:include", "nmod:such_as");
    /** The relations of those members, which name them only by name. */
    private static final Set<String> MEMBERS = Set.of("nmod:include", "nmod:such_as");

    private final KnowledgeBase kb;
    /** The "the country" being resolved, while its clause's subjects are read. */
    private int anaphor = -1;
    private final ParsedSentence ps;
    private final String text;
    private final Mention[] mentionAt;
    private final Discourse discourse;
    /** The subjects of a verb, as the extractor reads them (controlled and coordinated verbs borrow theirs). */
    private final IntFunction<List<Actor>> subjects;

    SideReader(KnowledgeBase kb, ParsedSentence ps, String text, Mention[] mentionAt, Discourse discourse,
               IntFunction<List<Actor>> subjects) {
        this.kb = kb;
        this.ps = ps;
        this.text = text;
        this.mentionAt = mentionAt;
        this.discourse = discourse;
        this.subjects = subjects;
    }

    /**
     * Sides named only by a role ("militants", "protesters", "five suspected rebels") that {@code roles} accepts,
     * placed in the country where the act at {@code v} happens (when {@code atPlace}: an act of force), else in
     * the country of the other side, if any (talks held abroad are still with one's own rebels).
     */
    List<Actor> placed(List<Integer> tokens, int v, List<Actor> otherSide, java.util.function.Predicate<String> roles,
                       boolean atPlace) {
        return placed(tokens, v, otherSide, roles, atPlace, false);
    }

    /**
     * As {@link #placed(List, int, List, java.util.function.Predicate, boolean)}; {@code crowds} also places a crowd
     * named by its size alone ("thousands rallied in central Seoul"), as civilians.
     */
    List<Actor> placed(List<Integer> tokens, int v, List<Actor> otherSide, java.util.function.Predicate<String> roles,
                       boolean atPlace, boolean crowds) {
        List<Actor> out = new ArrayList<>();
        // those a state's police or officials act on, with no place named under the act, are their own people, not
        // of another country the sentence happens to name ("Germans watched as police fired gas at youths")
        boolean domestic = !otherSide.isEmpty() && otherSide.get(0).role() != null
                && AT_HOME_ROLES.contains(otherSide.get(0).role());
        Actor place = !atPlace ? null : domestic ? placeUnder(v, v, 2) : home(v, v, 2);
        String own = otherSide.isEmpty() ? null : otherSide.get(0).country();
        String iso = place != null ? place.country() : atPlace && !domestic ? struckBefore(v, own) : null;
        // "an Israeli strike on a school sheltering families in Gaza City killed 30 people": the towns the sentence
        // names, where the parse hangs them too deep to read as the act's place
        if (iso == null && atPlace && !domestic) iso = onlyTown();
        if (iso == null) iso = own;
        // "Israel struck government troops": a state's forces that a state (not its rebels) strikes are another's
        String actorRole = otherSide.isEmpty() ? "" : otherSide.get(0).role();
        boolean stateStrikes = actorRole == null || FOREIGN_ROLES.contains(actorRole);
        for (int t : tokens) {
            int head = counted(t);
            if (stateStrikes && own != null && own.equals(iso) && ownForce(head)) continue;
            // "detained 30 ethnic Albanians": a people named as such, no state's, is of the place, as a crowd is
            boolean people = mentionAt[head] != null && ethnic(head, head);
            if (!people && (mentionAt[head] != null || !actorsAt(head).isEmpty()) || unknown(head)) continue;
            String role = people ? "CVL" : roleAt(head);
            // "thousands rallied", "thousands of supporters of Imran Khan staged a sit-in": a crowd by its size
            if (crowds && role == null && (COUNTS.contains(ps.token(head).lemma()) || COUNTS.contains(ps.token(t).lemma()))) role = "CVL";
            if (role == null || iso == null || !roles.test(role)) continue;
            Token tok = ps.token(t);
            out.add(agent(tok.word(), iso, role, head, tok.start(), tok.end()));
        }
        return out;
    }

    /**
     * The country an act of force struck, for a clause that goes on from it: where it happened ("pounded Kyiv
     * ..., killing two people"), else the country of what it struck ("struck Iran's nuclear sites and killed
     * commanders") other than {@code own}; null when neither is named.
     */
    private String struckBefore(int v, String own) {
        for (Dependency up : ps.parents(v)) {
            if (up.governor() < 0 || !CLAUSE_CHAIN.contains(up.base())) continue;
            Actor there = home(up.governor(), up.governor(), 2);
            if (there != null) return there.country();
            for (Actor a : actorsOf(ps.children(up.governor(), "obj"))) {
                if (a.country() != null && !a.country().equals(own)) return a.country();
            }
        }
        return null;
    }

    /**
     * The side of an act of force at {@code v} that the text names only by its role ("gunmen", "suspected
     * guerrillas") or by its means ("a roadside bomb", "an explosion near Samarra"): of the country where the
     * act happens. None where no place is named: an attacker left unnamed is not the victim's country.
     */
    List<Actor> perpetrators(List<Integer> tokens, int v, java.util.function.Predicate<String> weapon) {
        List<Actor> out = new ArrayList<>();
        for (int t : tokens) {
            int head = counted(t);
            Token tok = ps.token(head);
            if (mentionAt[head] != null || tok.pos() == null || !tok.pos().startsWith("NN")) continue;
            String role = roleAt(head);
            if (unknown(head)) continue;
            boolean means = role == null && !tok.pos().startsWith("NNP") && weapon.test(tok.lemma());
            // "government soldiers", "security forces" are the state's own where they act; plain troops may be anyone's
            boolean own = ownForce(head) || "COP".equals(role); // police are a state's own force
            if (!means && (role == null || (FOREIGN_ROLES.contains(role) && !own))) continue;
            // the state's own forces act at home: the one country the sentence names will do ("Nepal's prime
            // minister resigned after security forces killed 19 people")
            Actor place = home(v, t, 2, own);
            // a place named, not a country's word on what was hit ("fired rockets at Israeli towns"), unless the
            // story is filed from that country ("KIGALI - ... massacred civilians in the Rwandan capital")
            // nor a country named as what was aimed at ("militants fired rockets at Israel")
            if (place != null && (demonymAt(place.start()) || countryAimedAt(v, place))) {
                String there = place.country();
                place = discourse.filedFrom(sidesNamed())
                        .filter(f -> there.equals(f.country())).orElse(null);
            }
            // "KABUL - Gunmen abducted seven Indian engineers": those struck, of whatever country, leave the story's
            // dateline to place those who struck them
            if (place == null) place = discourse.filedFrom(sidesNamed(struck(v))).orElse(null);
            // "gunmen killed a senior Iraqi official": a state's officials, police or judges struck are at home
            if (place == null && !means) place = officialsStruck(v);
            // "ATHENS - Greeks protested against Merkel's visit, and police fired tear gas at youths": police act at
            // home, where the story is filed, whatever other country the sentence names
            if (place == null && "COP".equals(role)) place = discourse.filedFrom().orElse(null);
            if (place == null) continue;
            out.add(means ? place : agent(head, place.country(), role));
        }
        return out;
    }

    /** Prepositions of what an act of force is aimed at. */
    private static final Set<String> AIMED = Set.of("at", "against", "on", "toward", "towards");

    /** True when a place is a country named whole as the object of a verb or its phrase of aim ("fired at Israel"). */
    private boolean countryAimedAt(int v, Actor place) {
        for (Dependency d : ps.children(v)) {
            Mention m = mentionAt[d.dependent()];
            boolean aim = d.base().equals("obj") || d.base().equals("obl") && AIMED.contains(d.specifier());
            if (aim && m != null && m.kind() == Entry.Kind.COUNTRY && m.actor().start() == place.start()) return true;
        }
        return false;
    }

    /**
     * The country whose officials, police, judges or lawmakers an act at {@code v} struck, when all it struck are
     * of one such country and none is an envoy or at an embassy (abroad); null otherwise. Soldiers are left out: a
     * country's troops are often abroad ("insurgents killed three American soldiers").
     */
    private Actor officialsStruck(int v) {
        List<Actor> struck = actorsOf(ps.children(v, "obj", "nsubj:pass"));
        // ("two staff members of Israel's embassy": an embassy stands abroad)
        boolean abroad = struck(v).stream().anyMatch(t -> STANDS_ABROAD.contains(ps.token(t).lemma().toLowerCase(Locale.ROOT)));
        boolean home = !abroad && !struck.isEmpty() && struck.stream().allMatch(a -> a.role() != null
                && AT_HOME_ROLES.contains(a.role()) && !envoy(a) && a.country() != null
                && a.country().equals(struck.get(0).country()));
        return home ? struck.get(0) : null;
    }

    /** True when a force is named as a state's own: "government soldiers", "security forces", "renegade troops". */
    private boolean ownForce(int head) {
        return ps.children(head, "compound", "amod").stream()
                .anyMatch(c -> OWN_FORCES.contains(ps.token(c).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * Rebels or insurgents named only by their role who fight a state's own forces ("Islamist rebels battled Syrian
     * government forces"), of that state: rebels fight their own government.
     */
    List<Actor> insurgents(List<Integer> tokens, int v) {
        List<Actor> state = new ArrayList<>();
        for (int o : ps.children(v, "obj", "obl:against", "obl:with", "obl:on")) {
            if (ownForce(o)) state.addAll(actorsAt(o));
        }
        return state.isEmpty() ? List.of() : placed(tokens, v, state, INSURGENT_ROLES::contains, false);
    }

    /** True when a token is a border's noun: the country it names is not the place, nor the party struck. */
    boolean frontier(int t) {
        return FRONTIERS.contains(ps.token(t).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The sentence's mentions by token, leaving out a country named only for a border ("near the Afghan border",
     * "the border with Iraq"): a story filed from Pakistan that names the Afghan border names no other side.
     */
    private List<Mention> sidesNamed() {
        return sidesNamed(List.of());
    }

    /** What an act at {@code v} struck: its object or passive subject, with all under it. */
    private List<Integer> struck(int v) {
        List<Integer> heads = ps.children(v, "obj", "nsubj:pass");
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < mentionAt.length; t++) {
            for (int h : heads) if (t == h || ps.governs(h, t)) out.add(t);
        }
        return out;
    }

    /** As {@link #sidesNamed()}, leaving out the tokens given too. */
    private List<Mention> sidesNamed(List<Integer> besides) {
        List<Mention> out = new ArrayList<>(java.util.Arrays.asList(mentionAt));
        for (int t : besides) out.set(t, null);
        for (int t = 0; t < out.size(); t++) {
            for (Dependency d : ps.parents(t)) {
                if (d.governor() >= 0 && frontier(d.governor())) out.set(t, null);
            }
        }
        return out;
    }

    /** True when the words on a noun say its side is not known ("unidentified gunmen"). */
    private boolean unknown(int t) {
        return ps.children(t, "amod").stream().anyMatch(c -> UNKNOWN.contains(ps.token(c).lemma().toLowerCase(Locale.ROOT)));
    }

    private boolean demonymAt(int offset) {
        for (Token t : ps.tokens()) {
            if (t.start() == offset) return mentionAt[t.index()] != null && mentionAt[t.index()].kind() == Entry.Kind.DEMONYM;
        }
        return false;
    }

    /**
     * A government, an army or a parliament named only by its role ("unless the government agreed") as the
     * other side of one country's actors: that country's.
     */
    List<Actor> ownRole(List<Integer> tokens, List<Actor> sources) {
        List<Actor> out = new ArrayList<>();
        String iso = sources.isEmpty() ? null : sources.get(0).country();
        for (int t : tokens) {
            Token tok = ps.token(t);
            String role = kb.roleOf(tok.lemma());
            if (iso == null || role == null || mentionAt[t] != null || !actorsAt(t).isEmpty()) continue;
            if (sources.stream().anyMatch(a -> role.equals(a.role()))) continue; // a side is not its own target
            out.add(agent(t, iso, role));
        }
        return out;
    }

    /**
     * Words that make a run of capitalised words the name of a body, a place or a thing rather than of a person
     * ("the Peoples' Democratic Party", "the Supreme Court", "Abu Ghraib Prison").
     */
    private static final Set<String> NOT_PERSONAL = Set.of("party", "ministry", "court", "council", "front",
            "movement", "army", "group", "union", "company", "corporation", "corp", "inc", "bank", "university",
            "agency", "brotherhood", "committee", "commission", "organization", "organisation", "association",
            "league", "alliance", "force", "forces", "guard", "police", "service", "office", "institute",
            "foundation", "news", "times", "post", "square", "street", "airport", "province", "city", "island",
            "islands", "river", "prison", "base", "camp", "mosque", "church", "temple", "hotel", "embassy",
            "state", "republic", "kingdom", "federation", "department", "board", "network", "fund", "club",
            "center", "centre", "hospital", "school", "college", "media", "press", "daily", "tv", "radio");

    /**
     * People named by a name the knowledge base does not know ("detained Selahattin Demirtas", "jailed Alexei
     * Gorinov, a Moscow councillor"), as {@code iso}'s: in the role their title or apposition names, else as
     * civilians. A name is two capitalised words or more, none of them a body's or a place's word; a single word
     * may be a place or an organisation, and is left alone.
     */
    List<Actor> strangers(List<Integer> tokens, String iso) {
        List<Actor> out = new ArrayList<>();
        if (iso == null) return out;
        for (int t : tokens) {
            int head = counted(t);
            if (!personName(head)) continue;
            String role = roleAt(head);
            for (int a : ps.children(head, "appos")) if (role == null) role = roleAt(counted(a));
            int start = ps.token(head).start(), end = ps.token(head).end();
            for (int c : ps.children(head, "flat", "compound")) {
                start = Math.min(start, ps.token(c).start());
                end = Math.max(end, ps.token(c).end());
            }
            out.add(agent(text.substring(start, end), iso, role != null ? role : "CVL", head, start, end));
        }
        return out;
    }

    /** True when a token heads a person's name the sentence's mentions do not cover. */
    private boolean personName(int head) {
        if (!"NNP".equals(ps.token(head).pos()) || mentionAt[head] != null || !actorsAt(head).isEmpty()) return false;
        List<Integer> words = new ArrayList<>(List.of(head));
        for (int c : ps.children(head, "flat", "compound")) if ("NNP".equals(ps.token(c).pos())) words.add(c);
        if (words.size() < 2) return false;
        for (int w : words) {
            if (mentionAt[w] != null || placeCountry(w) != null
                    || NOT_PERSONAL.contains(ps.token(w).lemma().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** Titles of a state's envoys abroad, whom only their host summons, expels or sends home. */
    private static final Set<String> ENVOYS = Set.of("ambassador", "envoy", "diplomat", "charge", "attache", "consul");

    /**
     * The host of another country's envoys ("the foreign ministry summoned the Chinese ambassador", in a story
     * filed from Seoul): a part of the state named only by its role, of the country the story was filed from, when
     * every side acted on is an envoy of another country. None otherwise.
     */
    List<Actor> host(List<Integer> doers, List<Actor> envoys) {
        Actor filed = discourse.filedFrom().orElse(null);
        if (filed == null || envoys.isEmpty()) return List.of();
        for (Actor e : envoys) {
            if (!envoy(e) || filed.country().equals(e.country())) return List.of();
        }
        List<Actor> out = new ArrayList<>();
        for (int d : doers) {
            String role = mentionAt[d] == null && actorsAt(d).isEmpty() ? roleAt(d) : null;
            if (role != null) out.add(agent(d, filed.country(), role));
        }
        return out;
    }

    /** The states envoys are posted to ("Beijing's ambassador to Canberra"), who alone summon or expel them. */
    List<Actor> postedTo(List<Integer> envoys) {
        List<Actor> out = new ArrayList<>();
        for (int e : envoys) {
            if (!ENVOYS.contains(ps.token(e).lemma().toLowerCase(Locale.ROOT))) continue;
            // (an envoy to the U.N. or to the EU is posted to no state)
            for (Actor a : actorsOf(ps.children(e, "nmod:to"))) if (a.country() != null) out.add(a);
        }
        return out;
    }

    /** True when an actor is named as an envoy abroad ("the Chinese ambassador"). */
    static boolean envoy(Actor a) {
        return a.title() != null && java.util.Arrays.stream(a.title().toLowerCase(Locale.ROOT).split(" "))
                .anyMatch(ENVOYS::contains);
    }

    /**
     * Ministers the knowledge base does not know, named with their title and no country ("CARACAS - Interior
     * Minister Nestor Reverol accused Colombia ..."): a minister is a state's, and holds office in the country the
     * story was filed from. Other titles may be an international body's ("Secretary-General ..."). None without a
     * dateline.
     */
    List<Actor> ministers(List<Integer> doers) {
        Actor filed = discourse.filedFrom().orElse(null);
        if (filed == null) return List.of();
        List<Actor> out = new ArrayList<>();
        for (int d : doers) {
            if (!personName(d) || !"GOV".equals(roleAt(d)) || !titleWords(d).contains("minister")) continue;
            out.add(agent(d, filed.country(), "GOV"));
        }
        return out;
    }

    /** What a partitive counts: "tens of thousands of students" → students; other tokens are themselves. */
    int counted(int t) {
        return counted(ps, t);
    }

    static int counted(ParsedSentence ps, int t) {
        int c = t;
        while ((PARTITIVES.contains(ps.token(c).lemma().toLowerCase(Locale.ROOT)) || "CD".equals(ps.token(c).pos()))
                && !ps.children(c, "nmod:of").isEmpty()) {
            c = ps.children(c, "nmod:of").get(0);
        }
        return c;
    }

    List<Actor> actorsOf(List<Integer> tokens) {
        List<Actor> out = new ArrayList<>();
        for (int t : tokens) {
            out.addAll(actorsAt(t));
            for (int c : ps.children(t, "conj")) out.addAll(actorsAt(c));
        }
        return dedupe(out);
    }

    @SafeVarargs
    final List<Actor> actorsOf(List<Integer>... lists) {
        List<Integer> all = new ArrayList<>();
        for (List<Integer> l : lists) all.addAll(l);
        return actorsOf(all);
    }

    /**
     * The actors a token stands for: a named mention; a pronoun's referent; or a noun phrase whose
     * modifiers name a country or organisation ("China's foreign ministry", "Thai F-16 jets",
     * "the foreign ministers of Congo and Rwanda"), with the role its head noun gives.
     */
    List<Actor> actorsAt(int t) {
        List<Actor> found = actorsOfPhrase(t);
        // "several Arab countries, including Jordan and Egypt, condemned ...": a group that is no side and names no
        // role is the sides it names (people it names a role of, "detained ten activists, including ...", are placed
        // as a whole)
        if (!found.isEmpty() || roleAt(t) != null) return found;
        // "sanctions on seven entities based in China, Iran and Belgium", "a strike on a facility belonging to Saudi
        // Aramco": a thing is of the place it is based in, or of whom it belongs to
        List<Integer> bases = based(t);
        if (!bases.isEmpty()) return actorsOf(bases);
        for (int a : CARRIERS.contains(ps.token(t).lemma()) ? ps.children(t, "acl") : List.<Integer>of()) {
            // "a ship carrying 60,000 tonnes of Russian wheat", "a plane carrying vaccine donated by China": a carrier
            // is of what it carries
            if (!CARRYING.contains(ps.token(a).lemma())) continue;
            List<Actor> goods = actorsOf(ps.children(a, "obj", "obl:with"));
            if (!goods.isEmpty()) return goods;
        }
        return "NNS".equals(ps.token(t).pos()) ? actorsOf(ps.children(t, "nmod:include")) : found;
    }

    /**
     * Participles and adjectives that say where a thing is based or whose it is, with the phrase that names it:
     * "based in China", "belonging to Saudi Aramco", "owned by Iran", "a bank controlled by Hezbollah", "firms
     * linked to the Revolutionary Guards", "journalists working for Al Jazeera", "troops loyal to Assad", "a helicopter
     * launched from a Chinese coast guard ship".
     */
    private static final Map<String, List<String>> BELONGING = Map.ofEntries(
            Map.entry("base", List.of("obl:in")), Map.entry("headquarter", List.of("obl:in")),
            Map.entry("headquartered", List.of("obl:in")), Map.entry("belong", List.of("obl:to")),
            Map.entry("work", List.of("obl:for")), Map.entry("own", List.of("obl:by", "obl:agent")),
            Map.entry("operate", List.of("obl:by", "obl:agent")), Map.entry("control", List.of("obl:by", "obl:agent")),
            Map.entry("run", List.of("obl:by", "obl:agent")), Map.entry("link", List.of("obl:to")),
            Map.entry("tie", List.of("obl:to")), Map.entry("associate", List.of("obl:with")),
            Map.entry("affiliate", List.of("obl:with")), Map.entry("loyal", List.of("obl:to")),
            Map.entry("launch", List.of("obl:from")), Map.entry("donate", List.of("obl:by", "obl:agent")),
            Map.entry("fund", List.of("obl:by", "obl:agent")), Map.entry("supply", List.of("obl:by", "obl:agent")));

    /** Vehicles, which are of the side whose goods they carry, and the verbs by which they carry them. */
    private static final Set<String> CARRIERS = Set.of("ship", "vessel", "plane", "aircraft", "train", "truck", "lorry",
            "convoy", "tanker", "freighter", "flight", "boat");
    private static final Set<String> CARRYING = Set.of("carry", "load", "bring", "transport", "ferry");

    /** The places or owners a noun is said to be based in or belong to ("entities based in China and Iran"). */
    private List<Integer> based(int t) {
        List<Integer> out = new ArrayList<>(ps.children(t, "nmod:base"));
        for (int a : ps.children(t, "acl", "amod")) {
            for (String rel : BELONGING.getOrDefault(ps.token(a).lemma(), List.of())) out.addAll(ps.children(a, rel));
        }
        for (int p : List.copyOf(out)) out.addAll(ps.children(p, "conj"));
        return out;
    }

    private List<Actor> actorsOfPhrase(int t) {
        Mention m = mentionAt[t];
        Token tok = ps.token(t);
        if (m != null && m.kind() != Entry.Kind.DEMONYM) return List.of(m.actor());
        if (PLACE_HEADS.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
            // "a church in Kwara state", "the Donetsk region": the place, not a state's government
            for (int c : ps.children(t, "compound")) {
                Mention place = mentionAt[c];
                if (place != null && (place.kind() == Entry.Kind.PLACE || place.kind() == Entry.Kind.COUNTRY)) {
                    return spanned(List.of(place.actor()), tok);
                }
            }
        }
        String word = tok.word().toLowerCase(Locale.ROOT);
        if (tok.pos() != null && tok.pos().startsWith("PRP") && SUBJECT_PRONOUNS.contains(word)) {
            // "Trump said he would raise tariffs": the person who says it, named as the saying verb's subject
            int verb = clauseOf(t);
            if (verb < 0) verb = adjunctOf(t);
            for (int s : verb < 0 ? List.<Integer>of() : ps.children(verb, "nsubj")) {
                Mention said = mentionAt[s];
                if (said != null && said.kind() == Entry.Kind.PERSON) return spanned(List.of(said.actor()), tok);
                // "Japan's prime minister said he would seek an exemption": the office-holder named by title
                if (said == null && PEOPLE_NOUNS.contains(ps.token(s).lemma())) {
                    List<Actor> holder = actorsAt(s);
                    if (!holder.isEmpty()) return spanned(holder, tok);
                }
            }
        }
        if (tok.pos() != null && tok.pos().startsWith("PRP")
                && (SUBJECT_PRONOUNS.contains(word) || OBJECT_PRONOUNS.contains(word))) {
            java.util.Optional<Actor> referent = SUBJECT_PRONOUNS.contains(word) ? discourse.subjectBefore(tok.start())
                    : discourse.lastPersonBefore(tok.start(), clauseSubjectNames(t));
            return referent.map(a -> List.of(a.withSpan(tok.word(), tok.start(), tok.end()))).orElse(List.of());
        }
        if (RELATIVE_SUBJECTS.contains(word) && tok.relative() && t > 1
                && ps.token(t - 1).word().equals(",")) {
            // "protested to Japan, which had detained two fishermen", "Taipei, which accused Beijing of ...": the
            // phrase the relative follows, by its head ("the bombings in Kampala, which killed 76" are no side)
            return spanned(actorsAt(antecedent(t)), tok);
        }
        if (word.equals("them") && "PRP".equals(tok.pos())) {
            // "expelled two Estonian diplomats, accusing them of spying": those the verb above acted on
            for (Dependency d : ps.parents(t)) {
                if (d.governor() < 0 || !d.base().equals("obj")) continue;
                for (Dependency up : ps.parents(d.governor())) {
                    if (up.governor() < 0 || !Set.of("dep", "advcl", "conj").contains(up.base())) continue;
                    for (int o : ps.children(up.governor(), "obj")) {
                        List<Actor> acted = actorsOf(List.of(o)); // with its conjuncts: "lambasted Seoul and Washington, accusing them"
                        if (!acted.isEmpty()) return spanned(acted, tok);
                    }
                }
            }
            return List.of();
        }
        if (tok.pos() != null && tok.pos().startsWith("PRP") && CLAUSE_PRONOUNS.contains(word)) {
            // "Syria said it would ...", "the rebels announced that they were willing to ...": the speaker
            int verb = clauseOf(t);
            return verb < 0 ? List.of() : spanned(subjects.apply(verb), tok);
        }
        if ("PRP$".equals(tok.pos()) && CLAUSE_POSSESSIVES.contains(word)) {
            // "Taiwan said Chinese aircraft had entered its air defence zone": what another side's act reaches in
            // a clause told is the teller's own
            int verb = ownerClauseOf(t);
            return verb < 0 ? List.of() : spanned(subjects.apply(verb), tok);
        }
        // "ethnic Albanians" are a people, not a state: of the place where they act, as a crowd is
        if (m != null && ethnic(t, t)) return located(t, "CVL");
        if (m != null && m.kind() == Entry.Kind.DEMONYM && m.actor().role() == null) {
            // "Thai and Cambodian troops", parsed with "Thai" a noun conjoined to "Cambodian troops": the role
            // noun is shared
            for (int c : ps.children(t, "conj")) {
                String role = roleAt(c);
                if (role == null || ps.children(c, "amod").stream().noneMatch(a -> mentionAt[a] != null)) continue;
                Actor a = m.actor();
                return List.of(new Actor(a.text(), a.name(), a.country() + role, a.country(), role, roleTitle(c),
                        a.start(), a.end()));
            }
        }
        if (m != null) return List.of(m.actor()); // a demonym standing alone ("the Chinese")
        int counted = counted(t);
        if (counted != t) {
            // "a group of Chechen refugees", "tens of thousands of students throughout Indonesia": the counted, with
            // its conjuncts ("thousands of Thai and American troops")
            List<Actor> a = actorsOf(List.of(counted));
            String role = roleAt(counted);
            if (a.isEmpty() && role != null) a = located(t, role);
            if (!a.isEmpty()) return a;
        }
        if ("CD".equals(tok.pos()) && tok.lemma().equals("two") && ps.hasChild(t, "det", "the")
                && ps.parents(t).stream().anyMatch(d -> d.base().equals("nsubj"))) {
            // "... met his Japanese counterpart, and the two agreed to ...": the last two sides named before
            return spanned(discourse.lastSides(tok.start(), 2, false), tok);
        }
        if (tok.pos() == null || !tok.pos().startsWith("NN")) return List.of();
        if (roleAt(t) != null) {
            // "derided its leader Kim Jong Un", "its leader, Kim Jong Un,": a title is the person it names
            for (int a : ps.children(t, "appos", "dep")) {
                Mention named = mentionAt[a];
                boolean next = named != null && a > t && named.actor().start() <= ps.token(Math.min(t + 2, a)).start();
                if (next && named.kind() == Entry.Kind.PERSON) return List.of(named.actor());
            }
        }
        List<Actor> owners = owners(t, 2, new HashSet<>());
        if (owners.isEmpty() && PAIR_NOUNS.contains(tok.lemma())
                && (ps.hasChild(t, "nummod", "two") || ps.hasChild(t, "det", "both"))) {
            // "the two leaders", "the two countries", "both sides": the last two sides named; as the object of a
            // clause, named before the sentence ("Washington and Beijing urged both sides to show restraint")
            boolean subject = ps.parents(t).stream().anyMatch(d -> d.base().equals("nsubj"));
            int before = subject ? tok.start() : ps.token(0).start();
            List<Actor> pair = discourse.lastSides(before, 2, PEOPLE_NOUNS.contains(tok.lemma()));
            // "the two governments": each side's government, however the side was named ("Pakistani and Afghan forces")
            String role = roleAt(t);
            if (role == null || pair.stream().anyMatch(a -> a.country() == null)) return spanned(pair, tok);
            return pair.stream().map(a -> agent(tok.word(), a.country(), role, t, tok.start(), tok.end())).toList();
        }
        if (owners.isEmpty() && Discourse.COUNTRY_ANAPHORS.contains(tok.lemma()) && ps.hasChild(t, "det", "the")
                && ps.children(t, "amod", "compound", "nmod:of").isEmpty()
                && ps.parents(t).stream().noneMatch(d -> d.relation().equals("nmod:poss"))) { // "the country's", often the subject's
            // "pledged emergency aid to the island": the country named last, not the clause's own (as a subject, the
            // one named last: "Kim said the country would ...")
            if (anaphor == t) return List.of(); // the clause's subjects reached this very word again ("Japan and the country")
            int verb = t;
            for (int depth = 0; verb >= 0 && depth < 4 && !String.valueOf(ps.token(verb).pos()).startsWith("VB"); depth++) {
                verb = ps.head(verb);
            }
            Set<String> own = new HashSet<>();
            if (verb >= 0 && ps.parents(t).stream().noneMatch(d -> d.base().equals("nsubj"))) {
                int outer = anaphor;
                anaphor = t;
                try {
                    subjects.apply(verb).forEach(a -> own.add(a.polity()));
                } finally {
                    anaphor = outer;
                }
            }
            return discourse.lastCountry(tok.start(), own)
                    .map(a -> List.of(country(a.country(), tok.word(), tok.start(), tok.end()))).orElse(List.of());
        }
        String role = roleAt(t);
        if (owners.isEmpty() && role != null && ps.children(t, "nmod:poss").stream()
                .anyMatch(c -> CLAUSE_POSSESSIVES.contains(ps.token(c).word().toLowerCase(Locale.ROOT)))) {
            // "Bosnian Serbs said their forces had withdrawn": the speaker's own
            int verb = clauseOf(t);
            if (verb >= 0) owners = subjects.apply(verb);
        }
        boolean led = LED_BODIES.contains(tok.lemma()) && ps.parents(t).stream().anyMatch(d -> d.base().equals("nsubj"));
        for (int c : owners.isEmpty() && role != null && led ? ps.children(t, "nmod:poss") : List.<Integer>of()) {
            // "Obama demanded that Assad step down, and his administration froze Syrian assets": as a subject, the
            // body of the person "his" stands for, as "he" would
            Token owner = ps.token(c);
            if ("PRP$".equals(owner.pos()) && PERSON_POSSESSIVES.contains(owner.word().toLowerCase(Locale.ROOT))) {
                owners = discourse.subjectBefore(owner.start()).map(List::of).orElse(List.of());
            }
        }
        if (owners.isEmpty() && role != null) {
            // "a spokesman for Japan's foreign ministry", "an official at the Israeli embassy": the body
            for (int c : ps.children(t, "nmod:for", "nmod:at", "nmod:with")) {
                List<Actor> body = actorsAt(c);
                if (!body.isEmpty()) return spanned(body, tok);
            }
            return located(t, role);
        }
        List<Actor> out = new ArrayList<>();
        boolean generic = role != null && kb.genericTitle(titleWords(t));
        for (Actor owner : owners) {
            // "Hamas leader Khalil al-Hayya": a generic head speaks for its body, in the body's own role
            // ... and an armed group's fighters are the group ("Hamas fighters", "Hezbollah militants"), not unknown men
            boolean members = role != null && owner.role() != null && ARMED.contains(role) && ARMED.contains(owner.role());
            if (owner.country() == null || role == null || generic && owner.role() != null || members) {
                out.add(owner);
                continue;
            }
            int start = Math.min(owner.start(), tok.start());
            int end = Math.max(owner.end(), tok.end());
            out.add(new Actor(text.substring(start, end), owner.name(), owner.country() + role, owner.country(), role,
                    roleTitle(t), start, end));
        }
        return out;
    }

    /**
     * The phrases subjects stand for: a clause pronoun's teller's subjects ("the rebels said they attacked a post in
     * Mali": the rebels, to be placed as the teller would be), else the subject itself.
     */
    List<Integer> tellers(List<Integer> subjects) {
        List<Integer> out = new ArrayList<>();
        for (int t : subjects) {
            Token tok = ps.token(t);
            boolean pronoun = "PRP".equals(tok.pos()) && CLAUSE_PRONOUNS.contains(tok.word().toLowerCase(Locale.ROOT));
            int verb = pronoun ? clauseOf(t) : -1;
            out.addAll(verb < 0 ? List.of(t) : ps.children(verb, "nsubj"));
        }
        return out;
    }

    /** The verb whose complement clause has {@code t} for its subject ("Syria said it would": said), else -1. */
    private int clauseOf(int t) {
        for (Dependency d : ps.parents(t)) {
            if (d.governor() < 0 || !d.base().equals("nsubj")) continue;
            // "said that aircraft had entered its zone and that it had scrambled jets": a second clause told
            for (int v = d.governor(), depth = 0; v >= 0 && depth < 2; depth++) {
                int next = -1;
                for (Dependency up : ps.parents(v)) {
                    if (up.governor() >= 0 && up.base().equals("ccomp")) return up.governor();
                    if (up.governor() >= 0 && up.base().equals("conj")
                            && !ps.children(v, "mark").isEmpty()) next = up.governor();
                }
                v = next;
            }
        }
        return -1;
    }

    /**
     * The verb whose subject a subject pronoun in an adverbial clause stands for, up the chain of infinitives:
     * "Trump urged Takaichi not to provoke Beijing the day after he spoke with Xi" (Trump, who urged), or -1.
     */
    private int adjunctOf(int t) {
        for (Dependency d : ps.parents(t)) {
            if (d.governor() < 0 || !d.base().equals("nsubj")) continue;
            for (Dependency up : ps.parents(d.governor())) {
                if (up.governor() < 0 || !up.base().equals("advcl")) continue;
                int v = up.governor();
                for (int depth = 0; depth < 3 && ps.children(v, "nsubj").isEmpty(); depth++) {
                    int next = -1;
                    for (Dependency x : ps.parents(v)) if (x.governor() >= 0 && x.base().equals("xcomp")) next = x.governor();
                    if (next < 0) break;
                    v = next;
                }
                return v;
            }
        }
        return -1;
    }

    /** Roles of armed men, of a state or of none. */
    private static final Set<String> ARMED = Set.of("UAF", "REB", "INS", "MIL");

    /** Phrases of an area another side's act reaches ("sailed into its waters", "flew near its airspace"). */
    private static final Set<String> REACHED = Set.of("obl:into", "obl:near", "obl:over", "obl:toward", "obl:towards");

    /** What only a country owns, so that no ship or aircraft that reaches it is its owner ("entered its airspace"). */
    private static final Set<String> AREAS = Set.of("airspace", "water", "waters", "territory", "border", "coast",
            "zone", "soil", "island");

    /**
     * The verb whose clause tells of a possessive's thing, or that a clause of another side's act hangs on, when the
     * thing is what that clause's verb reaches (its object, or an area it goes into or near) and its subject is
     * another side: "said Chinese aircraft had entered its zone", "protested after Chinese ships sailed into its
     * waters" (not "said it would cut its tariffs").
     */
    private int ownerClauseOf(int t) {
        for (Dependency d : ps.parents(t)) {
            if (d.governor() < 0 || !d.relation().equals("nmod:poss")) continue;
            for (Dependency o : ps.parents(d.governor())) {
                if (o.governor() < 0 || !o.base().equals("obj") && !REACHED.contains(o.relation())) continue;
                List<Actor> actors = actorsOf(ps.children(o.governor(), "nsubj"));
                for (Dependency up : ps.parents(o.governor())) {
                    // "Japan protested after Chinese ships entered its waters": so is a country's area in an
                    // adverbial clause ("after the allies opened their drills" are the allies' own)
                    boolean area = up.base().equals("advcl") && AREAS.contains(ps.token(d.governor()).lemma());
                    if (up.governor() < 0 || !up.base().equals("ccomp") && !area || actors.isEmpty()) continue;
                    Set<String> tellers = new HashSet<>();
                    for (Actor a : subjects.apply(up.governor())) tellers.add(a.polity());
                    if (!tellers.isEmpty() && actors.stream().noneMatch(a -> tellers.contains(a.polity()))) return up.governor();
                }
            }
        }
        return -1;
    }

    /**
     * The head of the phrase a relative pronoun (after a comma) stands for: the noun its clause is hung on, else the
     * word before the comma, up through the phrase it ends ("the twin bombings in Kampala").
     */
    private int antecedent(int t) {
        boolean who = ps.token(t).lemma().equals("who");
        for (Dependency d : ps.parents(t)) {
            if (d.governor() < 0 || !d.base().equals("nsubj")) continue;
            for (Dependency up : ps.parents(d.governor())) {
                // "talks between the Thai and Cambodian leaders, who agreed": "who" is of people, not of the talks
                // the parser hung the clause on
                if (up.governor() < 0 || !up.relation().equals("acl:relcl")) continue;
                if (!who || person(up.governor())) return up.governor();
            }
        }
        int n = t - 2;
        for (int depth = 0; depth < 3 && !(who && person(n)); depth++) {
            Dependency up = ps.parents(n).stream().filter(d -> d.governor() >= 0).findFirst().orElse(null);
            if (up == null || up.governor() > n || !(up.base().equals("nmod") || up.base().equals("compound")
                    || up.base().equals("flat"))) break;
            n = up.governor();
        }
        return n;
    }

    /** True when a word can name people: a person, a people's name, or a noun of a role ("leaders", "police"). */
    private boolean person(int t) {
        Mention m = mentionAt[t];
        return m != null ? m.kind() != Entry.Kind.PLACE : kb.roleOf(ps.token(t).lemma()) != null;
    }

    /** Actors found elsewhere, as the words at {@code tok} name them ("it", "the two leaders", "a spokesman"). */
    private static List<Actor> spanned(List<Actor> actors, Token tok) {
        return actors.stream().map(a -> a.withSpan(tok.word(), tok.start(), tok.end())).toList();
    }

    /**
     * An agent located by a place attached to it ("police in Seoul" → KORCOP, "troops in Kandahar" →
     * AFGMIL); a place attached to the verb is where the event happened and says nothing of the agent.
     */
    List<Actor> located(int t, String role) {
        Token tok = ps.token(t);
        List<Integer> places = new ArrayList<>(ps.children(t, "nmod:in", "nmod:throughout", "nmod:across", "nmod:from"));
        for (Dependency d : ps.parents(t)) {
            // "called on the government in Kyrgyzstan", the place hung on the verb by the parse: a place that
            // follows the noun at once is the noun's
            if (d.governor() < 0) continue;
            for (int c : ps.children(d.governor(), "obl:in")) {
                if (c > t && ps.children(c, "case").contains(t + 1)) places.add(c);
            }
        }
        for (int of : ps.children(t, "nmod:of")) {
            // "victims of the floods in Pakistan": the place of what befell them
            if (mentionAt[of] == null) places.addAll(ps.children(of, "nmod:in"));
        }
        List<Integer> owners = based(t); // "militants based in Pakistan", "officials linked to Hezbollah"
        places.addAll(owners);
        for (int b : ps.children(t, "amod")) {
            if (ps.token(b).lemma().equals("base")) places.addAll(ps.children(b, "obl")); // "Pakistan-based militants"
        }
        for (int c : places) {
            Mention m = mentionAt[c];
            // ("officials associated with Hezbollah" are the group's, not Lebanon's government)
            boolean group = m != null && m.kind() == Entry.Kind.ORGANIZATION && owners.contains(c);
            if (group && m.actor().role() != null) return spanned(List.of(m.actor()), tok);
            String iso = m != null ? m.actor().country() : placeCountry(c);
            // "a helicopter launched from a Chinese coast guard ship", "warplanes from the Saudi-led coalition": of the
            // country of what it belongs to or comes from
            if (iso == null && (owners.contains(c) || ps.children(t, "nmod:from").contains(c))) iso = actorsAt(c).stream().map(Actor::country).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (iso == null || kb.country(iso).isEmpty()) continue;
            int end = Math.max(tok.end(), ps.token(c).end());
            return List.of(agent(text.substring(tok.start(), end), iso, role, t, tok.start(), end));
        }
        if (CROWDS.contains(role)) {
            // "thousands of students marched in Jakarta": a crowd acting somewhere is of that place
            for (Dependency d : ps.parents(t)) {
                if (d.governor() < 0 || !d.base().equals("nsubj")) continue;
                // (or where a verb joined to it does: "crowds smashed windows and hurled bottles at the embassy in
                // Belgrade")
                List<Integer> verbs = new ArrayList<>(List.of(d.governor()));
                verbs.addAll(ps.children(d.governor(), "conj"));
                for (int v : verbs) {
                    Actor place = home(v, v, 2);
                    if (place != null) return List.of(agent(t, place.country(), role));
                }
            }
        }
        return List.of();
    }

    /** True when a people's word at {@code c}, on or heading the noun {@code t}, is marked "ethnic". */
    private boolean ethnic(int t, int c) {
        Mention m = mentionAt[c];
        return m != null && (m.kind() == Entry.Kind.DEMONYM || m.kind() == Entry.Kind.GROUP)
                && (ps.hasChild(c, "amod", "ethnic") || ps.hasChild(t, "amod", "ethnic"));
    }

    /** A country's agent named by its role ("police", "students"), its title read from the role word at {@code t}. */
    private Actor agent(String words, String iso, String role, int t, int start, int end) {
        return new Actor(words, kb.displayName(iso), iso + role, iso, role, roleTitle(t), start, end);
    }

    /** As {@link #agent(String, String, String, int, int, int)}, named by the one word at {@code t}. */
    private Actor agent(int t, String iso, String role) {
        Token tok = ps.token(t);
        return agent(tok.word(), iso, role, t, tok.start(), tok.end());
    }

    /**
     * The sides blamed for an act, in the role its doer is named by: "gunmen ... in an attack India blamed on
     * Pakistan" are Pakistan's gunmen; as named where the doer is a means ("a car bomb") or not named.
     */
    List<Actor> asDoers(List<Integer> doers, List<Actor> blamed) {
        for (int t : doers) {
            int head = counted(t);
            String role = roleAt(head);
            if (role == null) continue;
            return blamed.stream().map(a -> a.country() == null ? a : agent(head, a.country(), role)).toList();
        }
        return blamed;
    }

    /** Countries or organisations named by a token's modifiers, searched {@code depth} levels down. */
    List<Actor> owners(int t, int depth, Set<Integer> seen) {
        List<Actor> out = new ArrayList<>();
        if (!seen.add(t)) return out;
        boolean other = OTHERS.contains(ps.token(t).lemma());
        // "Lebanon's Hezbollah group", "Yemen's Houthi movement": the organisation the head's modifier names, not the
        // country that owns it
        boolean owned = !ps.children(t, "nmod:poss").isEmpty();
        for (int c : owned ? ps.children(t, "compound", "amod") : List.<Integer>of()) {
            Mention cm = mentionAt[c];
            if (cm != null && cm.kind() == Entry.Kind.ORGANIZATION) return new ArrayList<>(List.of(cm.actor()));
        }
        for (String rel : MODIFIER_RELATIONS) {
            if (other && rel.equals("nmod:poss")) continue; // "Israel's militia ally" is not Israel; "EC partners" are the EC's
            for (int c : ps.children(t, rel)) {
                Mention cm = mentionAt[c];
                // a person owns only through the possessive ("Lee's office" is Lee's government) or a government
                // named after them, a city
                // through the possessive or "of" ("the Gaza war", "the Istanbul talks" belong to no one)
                if (cm != null && ethnic(t, c)) continue; // "ethnic Albanian guerrillas" are no state's
                boolean rule = (rel.equals("compound") || rel.equals("amod")) && RULE_NOUNS.contains(ps.token(t).lemma()); // "the Trump administration"
                // ("the Baku office of Sputnik": a capital before a noun that has its owner after it is where it is)
                boolean where = venue(t, cm, rel) || cm != null && cm.kind() == Entry.Kind.METONYM && rel.equals("compound")
                        && !ps.children(t, "nmod:of").isEmpty();
                if (cm != null && !where && (cm.kind() != Entry.Kind.PERSON || rel.equals("nmod:poss") || rule)
                        && (cm.kind() != Entry.Kind.PLACE || rel.equals("nmod:poss") || rel.equals("nmod:of"))) {
                    out.add(cm.actor());
                    for (int cc : ps.children(c, "conj")) if (mentionAt[cc] != null) out.add(mentionAt[cc].actor());
                }
                if (cm == null && rel.equals("amod")) out.addAll(leader(c));
            }
            if (!out.isEmpty()) return out;
        }
        if (depth > 1) {
            for (String rel : MODIFIER_RELATIONS) {
                if (MEMBERS.contains(rel)) continue; // "activists, including the director of Amnesty" are not Amnesty's
                for (int c : ps.children(t, rel)) {
                    // "Iranian-backed militia targets" are not Iran's: the backer names no owner
                    if (mentionAt[c] == null && !BACKING.contains(ps.token(c).lemma())) out.addAll(owners(c, depth - 1, seen));
                }
                if (!out.isEmpty()) return out;
            }
        }
        return out;
    }

    /** True when a capital before an accord or talks names where they were made or held ("the Washington accords"). */
    private boolean venue(int head, Mention modifier, String rel) {
        return modifier != null && modifier.kind() == Entry.Kind.METONYM && rel.equals("compound")
                && NAMED_BY_VENUE.contains(ps.token(head).lemma());
    }

    /** Participles of a "-backed" modifier, whose country supports a side without being it. */
    private static final Set<String> BACKING = Set.of("back", "support", "sponsor", "fund", "arm", "ally", "align", "inspire");

    /** Who leads, for a "-led" modifier ("the U.S.-led invasion", "a Saudi-led coalition"); else none. */
    List<Actor> leader(int c) {
        return ps.token(c).lemma().equals("lead") ? actorsOf(ps.children(c, "obl", "compound", "npadvmod"))
                : List.of();
    }

    /**
     * The role a noun names with its compounds, read as a title ("police officer", "security forces", "Consul
     * General": the office's, not an army's general).
     */
    String roleAt(int t) {
        return kb.roleOfTitle(titleWords(t));
    }

    /**
     * A noun's title words: its compounds, theirs ("opposition leader Bobi Wine", with "opposition" on "leader"),
     * and itself, in reading order.
     */
    private List<String> titleWords(int t) {
        List<String> words = new ArrayList<>();
        // "Kashmiri separatist leaders", "military leaders": an adjective that names a role is a title word of a
        // role noun ("a military base" is no one); so is one that names a role with it ("armed men")
        String head = ps.token(t).lemma().toLowerCase(Locale.ROOT);
        for (int c : ps.children(t, "amod")) {
            String mod = ps.token(c).word().toLowerCase(Locale.ROOT); // as written: "armed", which a tagger may lemmatise "arm"
            if (kb.roleOf(mod + " " + head) != null || kb.roleOf(head) != null && kb.roleOf(mod) != null) words.add(mod);
        }
        for (int c : ps.children(t, "compound")) words.addAll(titleWords(c));
        words.add(ps.token(t).lemma());
        return words;
    }

    String roleTitle(int t) {
        StringBuilder sb = new StringBuilder();
        for (int c : ps.children(t, "compound")) {
            if (mentionAt[c] == null) sb.append(ps.token(c).lemma()).append(' ');
        }
        return sb.append(ps.token(t).lemma()).toString();
    }

    /**
     * Actors modifying a noun: "China's influence", "US sanctions"; for attacks also the place
     * ("struck sites in Pakistan"), which for other events is only where they happened.
     */
    List<Actor> modifierActors(int n, EventPattern sense) {
        List<Actor> out = new ArrayList<>();
        boolean violent = sense != null && sense.code() != null && sense.code().compareTo("18") >= 0;
        for (String rel : violent ? List.of("nmod:poss", "compound", "amod", "nmod:in")
                : List.of("nmod:poss", "compound", "amod")) {
            if (rel.equals("nmod:poss") && OTHERS.contains(ps.token(n).lemma())) continue; // "Israel's allies"
            for (int c : ps.children(n, rel)) {
                Mention m = mentionAt[c];
                if (m != null && m.kind() == Entry.Kind.PLACE && (rel.equals("compound") || rel.equals("amod"))
                        && !PLACE_HEADS.contains(ps.token(n).lemma().toLowerCase(Locale.ROOT))) {
                    continue; // "the Istanbul talks" are nobody's; "Gaza City" is where Gaza is
                }
                if (venue(n, m, rel)) continue; // nor are "the Washington accords" or "the Minsk agreements"
                if (m != null && rel.equals("nmod:in")) {
                    out.add(asPlace(m)); // "a rally in Kathmandu" struck: the city's country
                } else if (m != null) {
                    out.add(m.actor());
                } else if (rel.equals("amod") && "VBN".equals(ps.token(c).pos())) {
                    // "a U.S.-backed plan" is the backer's; "U.S.-brokered talks" are not the broker's (a mediation)
                    if (!MEDIATING.contains(ps.token(c).lemma())) out.addAll(actorsOf(ps.children(c, "obl", "compound", "npadvmod")));
                } else {
                    out.addAll(rel.equals("amod") && !leader(c).isEmpty() ? leader(c) : actorsAt(c));
                }
            }
            if (!out.isEmpty()) break;
        }
        return dedupe(out);
    }

    /**
     * The country where an event happens, as a place or country named in a phrase under its trigger or
     * anchor, or one level further down ("rioted at a jail in northern Israel"), or by a country's word on the
     * place ("in Israeli jails"); else where its actors are ("prisoners in Israeli jails began a hunger
     * strike"); else the country the article was filed from, when the sentence names no other; null when none.
     */
    Actor home(int trigger, int anchor, int depth) {
        return home(trigger, anchor, depth, true);
    }

    /**
     * As {@link #home(int, int, int)}; {@code anyCountry} false leaves out the one country the sentence names,
     * which for an act of force may be only the victim's ("a bomb killed three U.S. soldiers").
     */
    private Actor home(int trigger, int anchor, int depth, boolean anyCountry) {
        Actor here = placeUnder(trigger, anchor, depth);
        if (here != null || depth < 2) return here;
        for (int x : new int[] {trigger, anchor}) {
            for (int s : ps.children(x, "nsubj")) {
                // "a bomb in Kabul killed", "the strike on Kyiv killed": where the subject struck
                for (int c : ps.children(s, "nmod:in", "nmod:on", "nmod:against")) {
                    Actor at = placeUnder(c, c, 1);
                    if (at == null) at = placeAt(c);
                    if (at != null) return at;
                }
            }
        }
        return discourse.filedFrom(sidesNamed()).orElseGet(() -> anyCountry ? onlyCountry(null, mentionAt.length) : null);
    }

    /** The country of the towns a sentence names (gazetteer places), when they all lie in one; else null. */
    private String onlyTown() {
        String iso = null;
        for (Mention m : mentionAt) {
            if (m == null || m.kind() != Entry.Kind.PLACE || m.actor().country() == null) continue;
            if (iso != null && !iso.equals(m.actor().country())) return null;
            iso = m.actor().country();
        }
        return iso;
    }

    /**
     * The one country a sentence names, by its name, a place in it or its people ("Police arrested 200 people in
     * Tbilisi after protesters tried to storm the palace": Georgia; "workers of the Serbian union stopped work":
     * Serbia), for a story with no dateline; null when it names none or several, or names it only for what stands
     * or is burnt abroad ("protesters rallied outside the U.S. embassy", "burned an Israeli flag" are nobody's).
     * With {@code except}, the one country named before token {@code before} besides that one ("an earthquake
     * struck Myanmar, and China sent rescue teams": Myanmar, besides China).
     */
    Actor onlyCountry(String except, int before) {
        Mention only = null;
        for (int t = 0; t < before; t++) {
            Mention m = mentionAt[t];
            if (m == null || m.actor().country() == null || m.actor().country().equals(except)) continue;
            if (only != null && !only.actor().country().equals(m.actor().country())) return null;
            for (Dependency up : ps.parents(t)) {
                String head = up.governor() < 0 ? "" : ps.token(up.governor()).lemma().toLowerCase(Locale.ROOT);
                if (STANDS_ABROAD.contains(head) || head.equals("flag")) return null;
            }
            if (only == null) only = m;
        }
        return only == null || kb.country(only.actor().country()).isEmpty() ? null
                : country(only.actor().country(), only.actor().text(), only.actor().start(), only.actor().end());
    }

    private Actor placeUnder(int trigger, int anchor, int depth) {
        for (int x : new int[] {trigger, anchor}) {
            for (Dependency d : ps.children(x)) {
                // "captured by the Sudanese authorities" names who acted, not where
                boolean phrase = (d.base().equals("obl") || d.base().equals("nmod"))
                        && !d.relation().equals("obl:agent") && !"by".equals(d.specifier());
                // "stormed a hotel in Mogadishu": where the object lies; "pounded Kyiv": the object itself
                if (!phrase && !d.relation().equals("obj")) continue;
                int c = d.dependent();
                boolean placeNamed = mentionAt[c] != null && (mentionAt[c].kind() == Entry.Kind.PLACE
                        || mentionAt[c].kind() == Entry.Kind.METONYM);
                Actor at = phrase || placeNamed ? placeAt(c) : null;
                if (at == null && depth > 1) at = placeBelow(c, depth - 1);
                if (at != null) return at;
            }
        }
        return null;
    }

    /** The country of a place phrase: the place itself or one further down ("in the city of Dnipro"); null when none. */
    Actor placeOf(int c) {
        Actor at = placeAt(c);
        return at != null ? at : placeBelow(c, 2);
    }

    /**
     * A place further down a chain of places ("in an attack on a village in Nigeria's Zamfara state"), or of parts
     * ("the gates of the embassy in Bishkek").
     */
    private Actor placeBelow(int c, int depth) {
        for (Dependency d : ps.children(c)) {
            // "the gates of the embassy in Bishkek": a part is where its whole is (not "of France": an owner)
            boolean whole = d.relation().equals("nmod:of") && mentionAt[d.dependent()] == null;
            if (whole) { // (the hop to the whole does not count as a step down)
                Actor at = placeBelow(d.dependent(), depth);
                if (at != null) return at;
            }
            if (!d.base().equals("nmod") || !LOCATIVE.contains(d.specifier())) continue;
            // "the embassies of Rwanda and France": whose they are, not where they stand
            if (d.specifier().equals("of") && STANDS_ABROAD.contains(ps.token(c).lemma().toLowerCase(Locale.ROOT))) continue;
            Actor at = placeAt(d.dependent());
            // "stones at the U.S. embassy in Beijing": an embassy is where it stands (not a step down either)
            boolean abroad = STANDS_ABROAD.contains(ps.token(d.dependent()).lemma().toLowerCase(Locale.ROOT));
            if (at == null && (depth > 1 || abroad)) at = placeBelow(d.dependent(), abroad ? depth : depth - 1);
            if (at != null) return at;
        }
        return null;
    }

    /**
     * The country whose embassy, consulate or base a protest or riot happens at ("outside the American
     * consulate in Karachi": the United States), else null: where it is aimed, not where it is.
     */
    Actor abroadAt(int trigger, int anchor) {
        for (int x : new int[] {trigger, anchor}) {
            for (Dependency d : ps.children(x)) {
                if (!d.base().equals("obl") || !STANDS_ABROAD.contains(ps.token(d.dependent()).lemma())) continue;
                for (Actor a : actorsAt(d.dependent())) {
                    if (a.country() != null) return country(a.country(), a.text(), a.start(), a.end());
                }
            }
        }
        return null;
    }

    /** The country a place word names: itself ("Israel", "Kharkiv") or a country's word on it ("Israeli jails"). */
    private Actor placeAt(int c) {
        // "near the Iraqi border", "near the border with Burkina Faso": a border has two sides, and the country it
        // names is the other one as often as not
        if (frontier(c)) return null;
        for (int x : placeWords(c)) {
            // "outside the Japanese embassy in Seoul": an embassy or a base stands in another country than its own
            if (x != c && STANDS_ABROAD.contains(ps.token(c).lemma())) continue;
            Mention m = mentionAt[x];
            String iso = m != null ? m.actor().country() : x == c ? placeCountry(c) : null;
            // ("in an upmarket Nairobi neighbourhood": a capital compounded with a place noun is the city, not its
            // government; "at Beirut's port" is left unplaced, an explosion there being as often an accident)
            boolean city = m != null && m.kind() == Entry.Kind.METONYM && ps.children(c, "compound").contains(x)
                    && PLACE_HEADS.contains(ps.token(c).lemma().toLowerCase(Locale.ROOT));
            if (iso != null && kb.country(iso).isPresent() && (x == c || m.actor().role() == null || city)) {
                Token t = ps.token(x);
                return m != null ? country(iso, m.actor().text(), m.actor().start(), m.actor().end())
                        : country(iso, t.word(), t.start(), t.end());
            }
        }
        return null;
    }

    /** The country of a place word that no actor was found at: "Kharkiv", not "Oman" of "the Gulf of Oman". */
    private String placeCountry(int c) {
        return KnowledgeBase.inWaters(ps.tokens(), c) ? null : kb.countryOfPlace(ps.token(c).word()).orElse(null);
    }

    private List<Integer> placeWords(int c) {
        List<Integer> out = new ArrayList<>(List.of(c));
        out.addAll(ps.children(c, "amod", "compound", "nmod:poss")); // "in Nigeria's Zamfara state"
        return out;
    }

    /**
     * A name as the place where force falls: a capital is its country, not its government ("shot protesters at
     * a rally in Kathmandu"); any other name is itself.
     */
    Actor asPlace(Mention m) {
        Actor a = m.actor();
        return m.kind() == Entry.Kind.METONYM ? country(a.country(), a.text(), a.start(), a.end()) : a;
    }

    /** A country as a target, spanning the words that named it (a place, or the source's own name). */
    Actor country(String iso, String words, int start, int end) {
        return new Actor(words, kb.displayName(iso), iso, iso, null, null, start, end);
    }

    /** Names of the subjects of the clause a token is an argument of, which an object pronoun cannot mean. */
    Set<String> clauseSubjectNames(int t) {
        Set<String> names = new HashSet<>();
        for (Dependency d : ps.parents(t)) {
            if (d.governor() < 0) continue;
            for (int s : ps.children(d.governor(), "nsubj")) {
                Mention m = mentionAt[s];
                if (m != null) names.add(m.actor().name());
            }
        }
        return names;
    }

    static List<Actor> dedupe(List<Actor> actors) {
        Map<String, Actor> byKey = new LinkedHashMap<>();
        for (Actor a : actors) byKey.putIfAbsent(a.code() + "@" + a.start(), a);
        return new ArrayList<>(byKey.values());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
