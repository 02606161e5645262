package readout.core.extract;

import readout.core.extract.EventPattern.Flag;
import readout.core.kb.Entry;
import readout.core.kb.KnowledgeBase;
import readout.core.model.Actor;
import readout.core.model.Attribution;
import readout.core.model.Modality;
import readout.core.nlp.Dependency;
import readout.core.nlp.ParsedSentence;
import readout.core.nlp.TimeWords;
import readout.core.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stage 4, events: reads who did what to whom from a parsed sentence's dependencies, at the words the
 * patterns name. Verbal predicates (subject, object, prepositional targets, the target a pattern names),
 * passives (the agent is the source), event nouns under light verbs ("hopped on a call with"), nominal
 * events ("Xi's visit to Pyongyang", "talks between Seoul and Beijing"), coordinated actors (one event per
 * pair), infinitive complements ("agreed to meet", "threatened to impose tariffs"); who each argument names
 * comes from {@link SideReader}, each event's modality and speaker from {@link ModalityReader} and
 * {@link AttributionReader}.
 */
public final class EventExtractor {
    private static final List<String> TARGET_RELATIONS = List.of("obj", "iobj", "obl:with", "obl:to", "obl:against",
            "obl:on", "obl:toward", "obl:towards", "obl:at", "obl:into", "nmod:with", "nmod:to", "obl:from", "obl:across",
            "obl:for");
    /** Phrases that name what an act of force struck: "set fire to homes", "fired at a crowd", "rammed into a bus". */
    private static final Set<String> STRUCK = Set.of("obl:to", "obl:at", "obl:into", "obl:against");
    private static final List<String> NOUN_TARGET_RELATIONS = List.of("nmod:with", "nmod:to", "nmod:on", "nmod:against",
            "nmod:between", "nmod:for", "nmod:toward", "nmod:towards", "nmod:at", "nmod:around", "nmod:into", "nmod:of");
    /** Relations by which a participle's clause hangs on the clause it goes on from ("fired a missile, drawing ..."). */
    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "advcl", "dep");
    /** How the parser hangs a phrase that sums up its clause (", a show of force aimed at Taipei") on the verb. */
    private static final Set<String> SUMMARIES = Set.of("xcomp", "dep", "appos", "parataxis", "obl:npmod", "obj");
    /** Prepositions that say where, not at whom: a capital after them is a place. */
    private static final Set<String> LOCATIVE_PREPS = Set.of("in", "near", "across", "throughout", "outside", "inside");
    /** Prepositions under an object that can name the party an act is aimed at. */
    private static final Set<String> UNDER_OBJECT = Set.of("to", "at", "against", "on", "across", "into", "toward",
            "towards", "in", "for", "near", "over", "about", "from", "around", "off", "inside", "between");
    /** Nouns of a measure, whose "of" phrase names what is measured ("$20 billion worth of U.S. goods"). */
    private static final Set<String> MEASURES = Set.of("worth", "value", "amount", "volume",
            "dollar", "euro", "yuan", "yen", "pound", "rupee", "won", "ruble", "rouble", "$", "€", "£", "tonne", "ton", "barrel");
    /** Adjectives of distance whose phrase places a thing as a bearing does ("airbases deep inside Russia"). */
    private static final Set<String> REACHES = Set.of("deep", "far", "close", "near");
    /** Participles that tie a thing to the party it stands for ("ships linked to Israel"). */
    private static final Set<String> TIES = Set.of("link", "tie", "connect", "affiliate", "belong");
    /** Participles of trade that name where goods come from ("steel imported from China"). */
    private static final Set<String> ORIGINS = Set.of("import", "ship", "source", "export");
    /** Prepositions that name where something sent or aimed goes. */
    private static final Set<String> DESTINATIONS = Set.of("to", "at", "against", "into", "toward", "towards");
    /** Relations through which an argument noun names the party it concerns (its "by" author is read first). */
    private static final List<String> ARGUMENT_PARTIES = List.of("nmod:with", "nmod:on", "nmod:against", "nmod:to",
            "nmod:from", "nmod:of", "nmod:for");
    /** Nouns that frame an event noun modifying them ("a mediation effort", "a peace mission"). */
    private static final Set<String> FRAME_NOUNS = Set.of("effort", "bid", "attempt", "initiative", "mission",
            "process", "operation", "campaign", "drive", "push");
    /** Clauses under an event noun whose subject is its target ("a demand that Israel ease", "a wish for China to"). */
    private static final Set<String> CLAUSE_TARGETS = Set.of("acl", "acl:for", "ccomp");
    /** Nouns that stand for parties not named here ("urged both sides to respect the truce"). */
    private static final Set<String> SIDE_NOUNS = Set.of("side", "party", "faction", "camp", "belligerent");
    /** Prepositions of the setting of a clause ("during talks with", "on a visit to"), not of what led to it. */
    private static final Set<String> SETTINGS = Set.of("during", "at", "in", "on");
    /** Nouns of a moment or a part of an occasion, which pass their governor on to it ("at the start of a visit"). */
    private static final Set<String> MOMENTS = Set.of("start", "end", "outset", "beginning", "close", "conclusion",
            "eve", "course", "leg", "middle", "part", "day");
    /** Words that make a clause the condition of a threat ("unless Baghdad accepts", "if Hamas runs", "until"). */
    private static final Set<String> CONDITIONS = Set.of("unless", "if", "until");
    /** The mark of a condition that a side must meet to stave an act off ("unless Israel agrees"). */
    private static final Set<String> UNLESS = Set.of("unless");
    /** What force is kept up until: another side's yielding ("until Israel halts its offensive"). */
    private static final Set<String> UNTIL = Set.of("until", "till");
    /** Marks of a clause that tells the blow an act of force was dealt by ("were killed when ... was hit by"). */
    private static final Set<String> STRIKING = Set.of("when", "as");
    /** Weapons whose firing, told with no target, may be a test ("fired two ballistic missiles, Seoul said"). */
    private static final Set<String> LAUNCHES = Set.of("missile", "rocket");
    /** How the clause a speaker tells hangs on the verb of saying, or the verb of saying on it. */
    private static final Set<String> TOLD = Set.of("ccomp", "parataxis", "conj");
    /** Roles of a state's agents: police, courts, government, army, legislature. */
    private static final Set<String> STATE_ROLES = Set.of("COP", "JUD", "GOV", "MIL", "LEG");
    /** Roles of a country's own dissenters, who are of the country they deal with unless placed elsewhere. */
    public static final Set<String> DOMESTIC_ROLES = Set.of("REB", "OPP", "RAD", "INS");
    /**
     * True when an actor is a side of its own within its country, apart from the state: a party or dissenters
     * ("Bangladeshi authorities banned the Awami League").
     */
    public static boolean standsApart(Actor a) {
        return a.role() != null && (a.role().equals("PTY") || DOMESTIC_ROLES.contains(a.role()));
    }

    /** Roots of hostile acts (13, 15–20), aimed at the place they fall on; other acts only happen there. */
    private static final Set<String> PLACE_AIMED_ROOTS = Set.of("13", "15", "16", "17", "18", "19", "20");
    /**
     * Codes (and code prefixes) of meetings, deals and cooperation, which several sides named with no other do with
     * each other; not mediation (045), which is a third party's, nor praise, support or apology (051–056): "Egypt
     * and Qatar welcomed the release" praise what they welcome, not each other.
     */
    private static final List<String> JOINT_CODES = List.of("040", "041", "042", "043", "044", "046", "050", "054",
            "057", "06");
    /** Roots of what all present at an occasion take part in: statements, intentions, meetings, deals. */
    private static final Set<String> SHARED_ROOTS = Set.of("01", "03", "04", "05", "06");
    /** Roots of force and coercion (17–20), whose sides named only by a role are placed at home. */
    private static final Set<String> FORCE_ROOTS = Set.of("17", "18", "19", "20");
    /** True when a CAMEO code is an act of force or coercion (roots 17-20). */
    public static boolean isForce(String cameo) {
        return cameo != null && cameo.length() >= 2 && FORCE_ROOTS.contains(cameo.substring(0, 2));
    }

    /** Those of {@code actors} of none of the polities {@code own} (the acting side's own). */
    private static List<Actor> outside(List<Actor> actors, Set<String> own) {
        return actors.stream().filter(a -> !own.contains(a.polity())).toList();
    }

    /** The countries (or organisations) a list of actors belongs to: a side's own, which it does not aim at. */
    private static Set<String> polities(List<Actor> actors) {
        Set<String> out = new HashSet<>();
        for (Actor a : actors) out.add(a.polity());
        return out;
    }

    /** Words that count in the hundreds or more (the built-in class {@code @many}). */
    private static final Set<String> HUNDREDS = Set.of("hundred", "hundreds", "thousand", "thousands", "million",
            "millions");
    /** Words that count counts: "tens of thousands". */
    private static final Set<String> TENS = Set.of("ten", "tens", "dozen", "dozens", "score", "scores");
    /** Object pronouns that can stand for a party ("accusing it of", "urged them to"); lemmas. */
    private static final Set<String> PARTY_PRONOUNS = Set.of("it", "they");
    private static final Set<String> PERSONS = Set.of("he", "she");
    private static final Set<String> SIDES = Set.of("side", "party", "country", "camp");
    /** Verbs by which one side's act makes another act: "prompting Japan to scramble jets". */
    private static final Set<String> PROMPTS = Set.of("prompt", "force", "spur", "provoke", "lead", "push", "drive");
    /** Nouns of a response: "in response to", "in retaliation for" name what is answered. */
    private static final Set<String> RESPONSES = Set.of("response", "retaliation", "reply", "reaction");
    private static final Set<String> RECIPROCALS = Set.of("other", "another");
    /** Relative pronouns: "a plan that Egypt put forward", "militants who attacked". */
    private static final Set<String> RELATIVES = Set.of("that", "which", "whom", "who");
    /** Armed sides outside a state's forces: rebels, insurgents, transnational armed groups, gunmen no one has named. */
    private static final Set<String> IRREGULAR = Set.of("REB", "INS", "UAF", "IMG");
    /**
     * Nouns that stand for the act of the clause they are set beside: "…, a move Tehran denounced", "…, an attack Qatar
     * condemned as a flagrant violation".
     */
    private static final Set<String> MOVES = Set.of("move", "step", "decision", "action", "measure", "attack", "strike",
            "raid", "incursion", "launch", "test", "deployment", "show");
    /** Nouns that rename what a sentence's speaker concluded or said ("..., a finding Israel rejected"). */
    private static final Set<String> CLAIMS = Set.of("finding", "conclusion", "ruling", "verdict", "accusation",
            "allegation", "claim", "charge", "assertion", "remark", "comment");
    /** Verbs of going somewhere, where the act of an infinitive of purpose takes place ("arrived in Haiti to lead"). */
    private static final Set<String> MOVING = Set.of("arrive", "land", "fly", "travel", "go", "come", "head", "return");
    /**
     * Roots of what can be said (comments, appeals, offers, praise, demands, criticism, rejections, threats): what a
     * call, a visit or a meeting was made to say is said.
     */
    private static final Set<String> SAID_ROOTS = Set.of("01", "02", "03", "05", "10", "11", "12", "13");
    /**
     * Verbs that send or order people or arms to act for the sender ("sent 21 personnel to Bosnia to investigate",
     * "ordered two submarines to move closer to Russia").
     */
    private static final Set<String> SENDING = Set.of("send", "dispatch", "deploy", "order", "instruct", "direct");
    /** Prepositions that name an act of force as the means of a death or a wound ("killed in a strike"). */
    private static final Set<String> MEANS = Set.of("in", "during", "by");
    /** Prepositions of what came before an act ("after the incursion", "following talks"). */
    private static final Set<String> AFTERWARDS = Set.of("after", "following", "amid");
    /** Prepositions that introduce the occasion of an act ("agreed in a call", "spoke during talks"). */
    private static final Set<String> OCCASIONS = Set.of("in", "during", "at", "by", "via", "through", "after");

    /** True when {@code preposition} introduces an occasion of the act a noun of {@code sense} names: "on" only a trip's. */
    private static boolean occasionOf(String preposition, EventPattern sense) {
        return OCCASIONS.contains(preposition) || "on".equals(preposition) && sense.code().startsWith("042");
    }
    /** Documents that enact what a participle on them says: "an executive order withdrawing the United States from ...". */
    private static final Set<String> ENACTMENTS = Set.of("order", "decree", "directive", "proclamation", "law", "bill",
            "ordinance", "memorandum");
    /** Verbs by which a side makes such a document its act: "signed", "issued", "passed". */
    private static final Set<String> ENACTING = Set.of("sign", "issue", "pass", "adopt", "approve", "enact");
    /**
     * Nouns of quantity or duration that pass their governor on to the event noun they count ("a package of
     * sanctions", "sat down for three hours of talks").
     */
    private static final Set<String> QUANTITY_NOUNS = Set.of("package", "round", "series", "wave", "barrage", "volley",
            "set", "string", "spate", "flurry", "salvo", "number", "couple", "pair", "host", "slew", "raft", "batch",
            "minute", "hour", "stage", "phase", "leg");

    /** Roots of nouns that ask something of a side: requests, offers, demands, ultimatums. */
    private static final Set<String> ASKING_ROOTS = Set.of("02", "03", "10", "13");

    /** Ordinals that make a noun the one who did an act first ("the first country to recognise"). */
    private static final Set<String> FIRSTS = Set.of("first", "last", "only", "second", "third", "latest");

    /** Stretches of time that count an act spanning them ("began a week of joint drills"). */
    private static final Set<String> DURATIONS = Set.of("week", "month", "year", "night", "fortnight");

    private static final EventPattern.Match NO_MATCH = new EventPattern.Match(null, -1);

    private final KnowledgeBase kb;
    private final Lexicon lexicon;
    private final ModalityReader modalities;
    private final AttributionReader attributions;

    public EventExtractor(KnowledgeBase kb, Lexicon lexicon) {
        this.kb = kb;
        this.lexicon = lexicon;
        this.modalities = new ModalityReader(lexicon);
        this.attributions = new AttributionReader(lexicon);
    }

    /**
     * CAMEO's line between fighting (root 19) and unconventional violence (root 18): force that irregulars
     * (rebels, insurgents, unnamed gunmen) turn on civilians is an assault (180), not a battle, as reporters'
     * "gunmen killed 12 villagers" is coded; against soldiers, or by a state's forces, it stays a fight.
     */
    static Candidate unconventional(Candidate c) {
        boolean irregular = c.source() != null && c.source().role() != null && IRREGULAR.contains(c.source().role());
        boolean civilians = c.target() != null && "CVL".equals(c.target().role());
        return irregular && civilians && c.cameo() != null && c.cameo().startsWith("19") ? c.withCameo("180") : c;
    }

    /** Events of one parsed sentence, in trigger order. */
    public List<Candidate> extract(ParsedSentence ps, String articleText, List<Mention> mentions, Discourse discourse,
                                   boolean question) {
        return new Reading(ps, articleText, mentions, discourse, question).run();
    }

    /**
     * Events of a sentence that no pattern codes, at the CAMEO code the event-type classifier proposed: the
     * sentence's main predicate is read as if a pattern of that code (with no required dependents) had
     * matched there, so that sources, targets, modality and attribution come as for any pattern. The main
     * predicate is the root, or, under a verb of saying, the clause said ("Kyiv said Russian drones hit
     * Odesa"). Where that reading finds no source and target (a misparse, an actor the structure hides), the
     * first side named and the next other side named are taken, leaving out the speaker ("Iraqi troops swept
     * into Kuwait …, diplomats said": IRQMIL → KWT). Each event carries the classifier's probability;
     * {@code origin} names the model.
     */
    public List<Candidate> propose(ParsedSentence ps, String articleText, List<Mention> mentions, Discourse discourse,
                                   boolean question, String code, String origin, double probability) {
        Reading r = new Reading(ps, articleText, mentions, discourse, question);
        int v = predicate(ps);
        if (v < 0) return List.of();
        EventPattern sense = new EventPattern(ps.token(v).lemma(), false, code, Set.of(), List.of(), origin);
        r.verbMatches.put(v, new EventPattern.Match(sense, -1));
        r.verb(v);
        if (r.out.isEmpty()) r.inOrder(v, sense);
        return r.out.stream().map(c -> c.withProbability(probability)).toList();
    }

    /** The sentence's main predicate: its root, descending through verbs of saying into what was said. */
    private int predicate(ParsedSentence ps) {
        int v = -1;
        for (Dependency d : ps.dependencies()) if (d.governor() < 0) { v = d.dependent(); break; }
        for (int i = 0; v < 0 && i < ps.tokens().size(); i++) {
            if (ps.parents(i).isEmpty() && !ps.children(i).isEmpty()) v = i; // a graph with no root edge
        }
        Set<Integer> seen = new HashSet<>();
        while (v >= 0 && seen.add(v) && lexicon.verbHas(ps.token(v).lemma(), Flag.SPEECH)) {
            List<Integer> said = ps.children(v, "ccomp");
            if (said.isEmpty()) break;
            v = said.get(0);
        }
        return v;
    }

    /** The work on one sentence. */
    private final class Reading {
        final ParsedSentence ps;
        final String text;
        final Mention[] mentionAt;
        final Discourse discourse;
        final boolean question;
        /** Tokens whose event has been read as part of another's (a verb's object, a carried infinitive). */
        final Set<Integer> consumed = new HashSet<>();
        final List<Candidate> out = new ArrayList<>();
        /** Where each candidate in {@link #out} was read: its trigger and the word its clause hangs on. */
        final List<int[]> readAt = new ArrayList<>();
        final Map<Integer, EventPattern.Match> verbMatches = new java.util.HashMap<>();
        /** The sides of the event read at a word, by word: a participle after it goes on from that act. */
        final Map<Integer, List<Actor>> sourcesAt = new java.util.HashMap<>();
        final Map<Integer, List<Actor>> targetsAt = new java.util.HashMap<>();
        final SideReader sides;

        Reading(ParsedSentence ps, String text, List<Mention> mentions, Discourse discourse, boolean question) {
            this.ps = ps;
            this.text = text;
            this.discourse = discourse;
            this.question = question;
            this.mentionAt = new Mention[ps.tokens().size()];
            for (Token t : ps.tokens()) {
                for (Mention m : mentions) {
                    if (t.start() >= m.start() && t.end() <= m.end()) mentionAt[t.index()] = m;
                }
            }
            this.sides = new SideReader(kb, ps, text, mentionAt, discourse, this::subjects);
        }

        List<Candidate> run() {
            for (Token t : ps.tokens()) {
                if (!consumed.contains(t.index()) && (isVerbLike(t) || headsClause(t))) {
                    int before = out.size();
                    verb(t.index());
                    if (out.size() > before && !isVerbLike(t)) consumed.add(t.index());
                }
            }
            for (Token t : ps.tokens()) {
                // a noun inside a name ("Asia-Pacific Economic Cooperation") is not an event
                if (t.pos() != null && t.pos().startsWith("NN") && !consumed.contains(t.index())
                        && mentionAt[t.index()] == null) {
                    noun(t.index());
                }
            }
            dropBackground();
            dropConsequences();
            out.replaceAll(EventExtractor::unconventional);
            return out;
        }

        /**
         * Leaves out the toll of an act of force told as its participle ("set off explosions in Jakarta, killing four
         * civilians", "ambushed peacekeepers, killing 23 of them"): the killing is the same act, already coded at the
         * verb it goes on from by the same side.
         */
        void dropConsequences() {
            for (int i = out.size() - 1; i >= 0; i--) {
                int at = readAt.get(i)[0];
                String polity = out.get(i).source().polity();
                if (!"VBG".equals(ps.token(at).pos()) || !isForce(out.get(i).cameo())) continue;
                boolean told = ps.parents(at).stream().anyMatch(d -> d.governor() >= 0 && force(d.governor())
                        && (d.base().equals("advcl") || d.base().equals("dep"))
                        && !targetsAt.getOrDefault(d.governor(), List.of()).isEmpty()
                        && sourcesAt.getOrDefault(d.governor(), List.of()).stream().anyMatch(a -> a.polity().equals(polity)));
                if (told) {
                    out.remove(i);
                    readAt.remove(i);
                }
            }
        }

        /** Leaves out the acts that are only another side's news's occasion ({@link Background}). */
        void dropBackground() {
            for (int i = out.size() - 1; i >= 0; i--) {
                Background.Link link = Background.of(ps, readAt.get(i)[0]);
                if (link != null && (link.always() || news(link.above(), out.get(i).source().polity()))) {
                    out.remove(i);
                    readAt.remove(i);
                }
            }
        }

        /** True when the clause at {@code above}, or one above it, codes an act whose source is not {@code polity}. */
        boolean news(int above, String polity) {
            for (int j = 0; j < out.size(); j++) {
                if (out.get(j).source().polity().equals(polity)) continue;
                for (int at : readAt.get(j)) if (at == above || ps.governs(at, above)) return true;
            }
            return false;
        }

        /** The first side named and the next other side, leaving out the speaker, as an event at {@code v}. */
        void inOrder(int v, EventPattern sense) {
            int speaker = attributions.speaker(ps, v);
            Actor source = null;
            boolean said = speaker >= 0 && !isRoot(v);
            for (Token t : ps.tokens()) {
                Mention m = mentionAt[t.index()];
                if (m == null || m.kind() == Entry.Kind.PLACE || t.index() == speaker || ps.governs(speaker, t.index())) {
                    continue; // a venue is not a side
                }
                if (said && t.index() != v && !ps.governs(v, t.index())) continue; // "told his counterpart that ..."
                List<Actor> as = m.kind() == Entry.Kind.DEMONYM ? sides.actorsAt(modified(t.index())) : List.of(m.actor());
                if (as.isEmpty()) as = List.of(m.actor());
                Actor a = as.get(0);
                // "a roadside bomb killed four Malian soldiers": a side first named after an active verb is its object
                if (source == null && t.index() > v && ps.children(v, "nsubj:pass").isEmpty()) return;
                if (source == null) source = a;
                else if (!a.polity().equals(source.polity())) {
                    emit(v, -1, sense, List.of(source), List.of(a));
                    return;
                }
            }
        }

        /** True when the pattern at a verb codes an act of force (roots 17–20). */
        boolean force(int v) {
            EventPattern sense = verbSense(v);
            return sense != null && isForce(sense.code());
        }

        boolean isRoot(int t) {
            return ps.parents(t).stream().anyMatch(d -> d.governor() < 0);
        }

        /** The noun a modifier modifies ("Iraqi" in "Iraqi troops"), else the token itself. */
        int modified(int t) {
            for (Dependency d : ps.parents(t)) {
                String r = d.relation();
                if (d.governor() >= 0 && (r.equals("amod") || r.equals("compound") || r.equals("nmod:poss"))) {
                    return d.governor();
                }
            }
            return t;
        }

        /** A word tagged as a noun that heads a clause with a subject and an object ("they would blockade Paris"). */
        boolean headsClause(Token t) {
            return t.pos() != null && t.pos().startsWith("NN") && !ps.children(t.index(), "nsubj").isEmpty()
                    && !ps.children(t.index(), "obj").isEmpty();
        }

        boolean isVerbLike(Token t) {
            return t.pos() != null && (t.pos().startsWith("VB") || t.pos().startsWith("JJ"));
        }

        // ---- verbs

        /** The pattern a verb matches, looked up once per token. */
        EventPattern.Match verbMatch(int v) {
            return verbMatches.computeIfAbsent(v, k -> {
                EventPattern.Match m = lexicon.match(ps, k, false, this::named);
                return m == null ? NO_MATCH : m;
            });
        }

        EventPattern verbSense(int v) {
            EventPattern.Match m = verbMatch(v);
            return m == NO_MATCH ? null : m.pattern();
        }

        void verb(int v) {
            EventPattern sense = verbSense(v);
            if (sense == null || sense.code() == null) return;
            if (mediated(v, sense)) return;
            Token tv = ps.token(v);
            int carried = carriedEvent(v);
            // "expressed its willingness to meet", parsed with the infinitive on the verb: the subject's own intent
            // is the event; another's ("praised Haiti's efforts to", "rejected an offer to") is answered
            final int held = carried;
            boolean intentObject = held >= 0 && ps.children(v, "obj").stream().anyMatch(o -> o < held
                    && lexicon.nounHas(ps.token(o).lemma(), Flag.INTENT)
                    && ps.children(o, "nmod:poss").stream().allMatch(p -> "PRP$".equals(ps.token(p).pos())));
            if (carried >= 0 && (modalities.takesIntent(tv.lemma()) || intentObject) && !orphan(v, carried)) {
                return; // "agreed to meet": the meeting is the event
            }
            // "launched strikes on Iraq to punish Baghdad": the purpose of an act is no act of its own; nor is "met in
            // Seoul to discuss a visit", parsed as a complement, the meeting told again; but what a call or a visit was
            // made to say is said ("telephoned his Turkish counterpart to convey condolences")
            for (Dependency d : ps.parents(v)) {
                if (d.governor() < 0 || !d.relation().equals("advcl:to") && !d.relation().equals("xcomp")) continue;
                EventPattern above = verbSense(d.governor());
                if (above == null || above.code() == null) continue;
                // ("agreed to work for peace": a verb of intent carries its infinitive, which is the event)
                boolean carries = modalities.takesIntent(ps.token(d.governor()).lemma()) && carriedEvent(d.governor()) == v;
                if (above.contact() && SAID_ROOTS.contains(sense.code().substring(0, 2))) continue; // what it was made to say
                if (d.relation().equals("advcl:to") || !carries && above.code().startsWith(sense.code().substring(0, 2))) return;
            }
            // "rallied near the monument, demanding that the government step down", "demonstrated calling for
            // independence": what a protest calls for is what the protest is about, not a second act
            boolean demand = sense.code().startsWith("02") || sense.code().startsWith("10");
            for (Dependency d : demand && "VBG".equals(tv.pos()) ? ps.parents(v) : List.<Dependency>of()) {
                if (d.governor() < 0 || !(d.base().equals("dep") || d.base().equals("advcl") || d.base().equals("xcomp"))) continue;
                EventPattern above = verbSense(d.governor());
                if (above != null && above.code() != null && above.code().startsWith("14")) return;
            }
            // "a package of sanctions targeting tankers", "adopted sanctions, targeting tankers": a participle on
            // an event noun, or on the verb whose object it is, tells that event's aim; it is no act of its own
            for (Dependency d : ps.parents(v)) {
                if (d.governor() < 0 || !"VBG".equals(tv.pos())) continue;
                boolean onNoun = d.relation().equals("acl") && eventNoun(d.governor());
                // ("... the remarks, warning that Tokyo would bear the consequences" says something of its own)
                // ("..., with each side accusing the other" has a subject of its own: it is its own act; "rejected any
                // mediation, rebuffing Trump's offer" answers a side of its own)
                boolean onObject = (d.base().equals("conj") || d.base().equals("advcl")) && ps.children(v, "ccomp").isEmpty()
                        && !lexicon.verbHas(tv.lemma(), Flag.RESP)
                        && ps.children(v, "nsubj").isEmpty() && ps.children(d.governor(), "obj").stream().anyMatch(this::eventNoun);
                if (onNoun || onObject) return;
            }
            List<Actor> sources;
            List<Actor> targets = new ArrayList<>();
            List<Integer> passiveSubjects = ps.children(v, "nsubj:pass");
            if (passiveSubjects.isEmpty() && "VBN".equals(tv.pos()) && !ps.children(v, "obl:by", "obl:agent").isEmpty()) {
                // "three Americans released by North Korea landed in Washington": a participle with its agent named
                // tells an act done to the subject it modifies (on an object it is mostly background: "urged Iran
                // to release the tanker, seized by the Guards in July")
                passiveSubjects = ps.parents(v).stream().filter(d -> d.governor() >= 0 && d.relation().equals("acl"))
                        .map(Dependency::governor)
                        .filter(n -> ps.parents(n).stream().anyMatch(d -> d.relation().startsWith("nsubj"))).toList();
            }
            List<Integer> doers; // the phrases that name who acts: the subject, or a passive's "by" phrase
            if (!passiveSubjects.isEmpty()) {
                List<Integer> agents = new ArrayList<>(ps.children(v, "obl:agent"));
                agents.addAll(ps.children(v, "obl:by"));
                doers = agents;
                sources = sides.actorsOf(agents);
                if (sources.isEmpty() && force(v)) sources = sides.perpetrators(agents, v, lexicon::isWeapon);
                if (sources.isEmpty() && agents.isEmpty() && force(v)) sources = striker(v);
                for (int p : passiveSubjects) targets.addAll(argument(p, sense)); // "her remarks were criticized"
                if (sources.isEmpty() && agents.isEmpty() && sense.consumesTheme() && patternTarget(v) >= 0
                        && passiveSubjects.stream().noneMatch(this::agent)) {
                    // "United Nations sanctions on Iran were reimposed": things named by whose they are (not sides
                    // themselves: "Indian troops were deployed"), imposed on a side the row names, were their owner's act
                    List<Actor> owners = new ArrayList<>();
                    for (int p : passiveSubjects) owners.addAll(sides.modifierActors(p, sense));
                    if (!owners.isEmpty()) {
                        sources = owners;
                        targets = new ArrayList<>(argument(patternTarget(v), sense));
                    }
                }
                if (sources.isEmpty() && agents.isEmpty() && sense.code().startsWith("15")) {
                    // "Philippine police were placed on full alert", "troops were deployed to the border": a force
                    // readied or moved by no one named shows its own side's force
                    sources = sides.actorsOf(passiveSubjects);
                    targets.clear();
                    int prep = patternTarget(v); // "... along the border with Pakistan"
                    if (prep >= 0) targets.addAll(argument(prep, sense));
                }
                if (sources.isEmpty() && agents.isEmpty() && sense.has(Flag.STATE)) {
                    // "the U.S. ambassador was summoned to the Ministry of Foreign Affairs of Turkey": whose ministry
                    // it is (a ministry named only by its role is the host's, below)
                    doers = ps.children(v, "obl:to");
                    sources = sides.actorsOf(doers);
                    // "Beijing's ambassador to Canberra was summoned": by the state he is posted to
                    if (sources.isEmpty()) sources = sides.postedTo(passiveSubjects);
                    Actor state = sources.isEmpty() ? sides.home(v, v, 2) : null; // "was arrested in Lebanon": by Lebanon
                    // (an envoy's own state does not summon or expel him)
                    boolean own = state != null && targets.stream().allMatch(t -> SideReader.envoy(t)
                            && state.country().equals(t.country()));
                    if (state != null && !own) sources = List.of(state);
                }
            } else {
                doers = sides.tellers(ps.children(v, "nsubj"));
                sources = subjects(v);
                int prep = patternTarget(v);
                if (prep >= 0) targets.addAll(sides.actorsOf(List.of(prep)));
                // "drones that hit blocks in Kyiv": a capital that force falls in is the country's ground, not its government
                Mention capital = prep >= 0 ? mentionAt[prep] : null;
                if (capital != null && capital.kind() == Entry.Kind.METONYM && isForce(sense.code())
                        && ps.parents(prep).stream().anyMatch(d -> LOCATIVE_PREPS.contains(d.specifier()))) {
                    targets.replaceAll(t -> t.start() == capital.actor().start() ? sides.asPlace(capital) : t);
                }
                for (Dependency d : prep >= 0 ? ps.parents(prep) : List.<Dependency>of()) {
                    if (d.governor() < 0 || !ps.children(v, "ccomp").contains(d.governor())) continue;
                    // "demanded that Hamas renounce violence": what is demanded is no event of its own, and no
                    // one demands it of their own side ("Xi told Lee that China and South Korea should ...")
                    consumed.add(d.governor());
                    Set<String> own = polities(sources);
                    targets.removeIf(t -> t.role() == null && own.contains(t.polity()));
                }
                if (targets.isEmpty() && prep >= 0 && sense.placesTarget()) {
                    // the row names where the target is: look only there, or where that place lies ("received
                    // a letter from Pyongyang" receives no one; "launched drones at plants across Ukraine")
                    targets.addAll(argument(prep, sense));
                    if (targets.isEmpty()) targets.addAll(underObject(prep, sense, 3));
                    // "confident that Addis Ababa would reach a deal with Egypt": the counterparts the clause names
                    if (targets.isEmpty() && ps.children(v, "ccomp").contains(prep)) targets.addAll(othersIn(prep, sources));
                    // "… at plants across Ukraine"; force falls where it strikes: "slammed into blocks in Dnipro"
                    for (int x : ps.children(v, "obl:across", "obl:throughout")) {
                        if (targets.isEmpty()) targets.addAll(argument(x, sense));
                    }
                    // a place it falls in is the country, not a capital's government ("fired tear gas in Paris")
                    for (int x : isForce(sense.code()) ? ps.children(v, "obl:in") : List.<Integer>of()) {
                        Actor at = targets.isEmpty() ? sides.placeOf(x) : null;
                        if (at != null) targets.add(at);
                    }
                } else if (targets.isEmpty()) {
                    if (sense.has(Flag.CARRY)) {
                        // "warned that Moscow would deploy missiles if Sweden joined NATO", "threatened to cut off gas
                        // transit unless the EU dropped its sanctions": another side that must comply is the one
                        // threatened, before what the act names (a condition put on the speaker's own side, "if
                        // Washington were forced to defend itself", names no one threatened)
                        Set<String> own = polities(sources);
                        targets.addAll(outside(conditioned(v, sources, CONDITIONS), own));
                    }
                    if (targets.isEmpty()) targets.addAll(defaultTargets(v, sense, sources));
                }
                if (targets.isEmpty() && sense.has(Flag.IRREAL)) targets.addAll(partyPronoun(v, sources));
                if (targets.isEmpty()) targets.addAll(mover(v, sense)); // "…, a move Tehran denounced"
                // a response, or a show of force, made "after" or "in response to" another side's act answers it
                // (any act made "in retaliation for" another side's act answers it)
                if (targets.isEmpty()) targets.addAll(answered(v, sources, sense.has(Flag.RESP) || sense.code().startsWith("15")));
                if (targets.isEmpty() && sense.code().startsWith("13")) targets.addAll(yielded(v, sources));
                if (targets.isEmpty()) targets.addAll(contacted(v, sources)); // "called Trump to congratulate him"
                boolean pairs = sense.has(Flag.SYM) && sources.size() > 1; // "A and B agreed to ...": each other
                if (targets.isEmpty() && !pairs) {
                    // "China is willing to strengthen coordination with Pyongyang": the complement's party
                    for (int x : ps.children(v, "xcomp")) {
                        targets.addAll(defaultTargets(x, sense, sources));
                        if (!targets.isEmpty()) break;
                    }
                }
                if (targets.isEmpty() && !pairs && ps.children(v, "nsubj").isEmpty()) {
                    // "Biden called Putin and proposed a summit": a verb that shares its subject with the verb it is
                    // coordinated with, and names no party, deals with the party that verb named as its object
                    for (Dependency d : ps.parents(v)) {
                        if (!d.base().equals("conj") || d.governor() < 0 || d.governor() > v) continue;
                        for (int o : ps.children(d.governor(), "obj")) {
                            if (mentionAt[o] != null) targets.addAll(sides.actorsOf(List.of(o)));
                        }
                    }
                    Set<String> own = polities(sources);
                    targets.removeIf(t -> own.contains(t.polity()));
                }
            }
            if (carried < 0 && sense.has(Flag.CARRY) && !ps.children(v, "xcomp").isEmpty()) {
                carried = ps.children(v, "xcomp").get(0); // "threatened to institute a curfew in Algiers"
            }
            if (carried < 0 && sense.has(Flag.CARRY)) {
                // "Iran warned it would close the strait if ...", "warned it would impose tariffs on Japan": the
                // clause of the warner's own act, which is the threat's
                // (and "weighing whether to open an inquiry": an infinitive clause, whose subject is the verb's)
                for (int c : ps.children(v, "ccomp")) {
                    boolean own = ps.children(c, "nsubj").stream().anyMatch(n -> "PRP".equals(ps.token(n).pos())
                            && PARTY_PRONOUNS.contains(ps.token(n).lemma()))
                            || ps.children(c, "nsubj").isEmpty() && ps.hasChild(c, "mark", "to");
                    if (own) carried = c;
                }
            }
            if (carried >= 0 && sense.has(Flag.CARRY)) {
                // "threatened to impose tariffs on China": the threat is the event, aimed where the infinitive aims,
                // its phrases read as the infinitive's own ("considered imposing sanctions on Russia": "on" no topic)
                EventPattern own = verbSense(carried);
                // the party the infinitive's own row names as its target ("refused to let IAEA inspectors visit the
                // sites"), not a thing it names ("threatened to walk out of the U.S.-sponsored talks with Israel")
                int aim = verbMatch(carried).target();
                if (targets.isEmpty() && aim >= 0 && party(aim)) targets.addAll(argument(aim, own));
                if (targets.isEmpty()) targets.addAll(defaultTargets(carried, own != null && own.code() != null ? own : sense, sources));
                consumed.add(carried);
                for (int n : ps.children(carried, "obj")) consumed.add(n);
            }
            if (targets.isEmpty() && sense.has(Flag.CARRY)) {
                // "threatened to launch an offensive unless Baghdad accepted its terms": whoever must comply
                targets.addAll(conditioned(v, sources, CONDITIONS));
                if (targets.isEmpty() && carried >= 0) targets.addAll(conditioned(carried, sources, CONDITIONS));
            }
            if (targets.isEmpty() && force(v)) {
                // "keep up the strikes until Israel halts its offensive": force kept up until another side yields
                targets.addAll(conditioned(v, sources, UNTIL));
            }
            if (force(v) && polities(sources).containsAll(polities(targets))) {
                List<Actor> other = otherOwner(v, sources);
                if (!other.isEmpty()) targets = new ArrayList<>(other);
            }
            if (targets.isEmpty() && sources.size() == 1 && !sense.has(Flag.SYM) && force(v)) {
                // "Indian security forces killed five militants in Kashmir": those acted on, named only by
                // their role, are where the act happens, else of the actor's own country
                List<Integer> acted = new ArrayList<>(passiveSubjects.isEmpty() ? ps.children(v, "obj") : passiveSubjects);
                if (patternTarget(v) >= 0) acted.add(patternTarget(v));
                acted.addAll(ps.children(v, "obl:at", "obl:on", "obl:against")); // "fired tear gas at protesters"
                // "attacked the town of Cabaret, killing 70 people": those the act's participle struck
                List<Integer> struck = new ArrayList<>();
                // (not one marked as a cause: "sentenced a journalist for insulting the president")
                for (int c : ps.children(v, "advcl", "dep")) {
                    if ("VBG".equals(ps.token(c).pos()) && ps.children(c, "mark").isEmpty()) struck.addAll(ps.children(c, "obj"));
                }
                acted.addAll(struck);
                for (int o : List.copyOf(acted)) acted.addAll(ps.children(o, "conj")); // "fired gas and rounds at …"
                // "the throats of 19 villagers"; "fired tear gas and live rounds at protesters", the aim hung on the object
                for (int o : List.copyOf(acted)) acted.addAll(ps.children(o, "nmod:of", "nmod:at", "nmod:against"));
                // "fired artillery": a war machine the row names is the means, not a side acted on
                for (int w : verbMatch(v).words()) if ("MIL".equals(kb.roleOf(ps.token(w).lemma()))) acted.remove(Integer.valueOf(w));
                targets.addAll(sides.placed(acted, v, sources, role -> true, true));
                if (targets.isEmpty() && ps.children(v, "nsubj").stream().noneMatch(n -> lexicon.isWeapon(ps.token(n).lemma()))) {
                    // ... also when they are named ("opened fire, killing eight Afghan soldiers"), by a participle of
                    // force only, and not where a bomb is the subject (whose it was is unknown)
                    Set<String> own = polities(sources);
                    struck.removeIf(o -> ps.parents(o).stream().noneMatch(d -> d.governor() >= 0 && force(d.governor())));
                    targets.addAll(outside(sides.actorsOf(struck), own));
                }
                // "police detained Selahattin Demirtas": whom a state seizes, named but not known, is its own
                if (targets.isEmpty() && sense.has(Flag.STATE)) targets.addAll(sides.strangers(acted, sources.get(0).country()));
                boolean struckThing = ps.children(v, "obj").stream().anyMatch(o -> !lexicon.isWeapon(ps.token(o).lemma()))
                        && ps.children(v, "obl:into").isEmpty(); // "detonated a bomb", "rammed a car into": the means
                boolean struckPlace = ps.children(v, "obj").isEmpty() && passiveSubjects.isEmpty();
                if (targets.isEmpty() && (struckThing || struckPlace)) {
                    // "attacked a convoy in Mali", the place hung on the verb: a thing struck is where it stands,
                    // as it is when the parser hangs the place on the thing ("a convoy in Iraq"); "jets struck near
                    // the presidential palace in Damascus": strikes fall where they fell
                    for (int in : ps.children(v, "obl:in", "obl:near")) {
                        Actor at = sides.placeOf(in); // "in Mali", "in the city of Dnipro", "near a site in Gaza"
                        if (at != null) targets.add(at);
                    }
                }
                Actor rebel = sources.get(0);
                if (targets.isEmpty() && struckThing && sense.code().startsWith("19") && standsApart(rebel)
                        && kb.country(rebel.country()).isPresent()) {
                    // "Syrian rebels seized the town of Khan al-Assal": ground a country's dissenters fight for or
                    // take, placed nowhere, is at home
                    Token o = ps.token(ps.children(v, "obj").get(0));
                    targets.add(sides.country(rebel.country(), o.word(), o.start(), o.end()));
                }
            } else if (targets.isEmpty() && sources.size() == 1 && !sense.has(Flag.SYM) && sense.code() != null) {
                // "the government held talks with rebels", "accepted demands from the opposition", "protesters
                // hurled stones at police": a domestic party named only by its role is of the other side's country
                List<Integer> parties = new ArrayList<>(ps.children(v, "obj"));
                // ("rejected calls by student protesters for early elections", "rejected protesters' demands")
                for (int o : ps.children(v, "obj")) {
                    parties.addAll(ps.children(o, "nmod:from", "nmod:with", "nmod:of", "nmod:into", "nmod:by", "nmod:poss"));
                }
                // ("called on the opposition parties to end the standoff")
                parties.addAll(ps.children(v, "obl:with", "obl:to", "obl:against", "obl:from", "obl:into", "obl:at",
                        "obl:on"));
                targets.addAll(ownByRole(parties, v, sources, sense));
            }
            if (sources.isEmpty() && sense.has(Flag.HOME)) {
                // "the army imposed a curfew in Kathmandu", "protesters rallied" in a story filed from Nairobi: a
                // side named only by its role is of the country where it acts
                sources = sides.placed(ps.children(v, "nsubj"), v, targets, role -> true, true, true);
            }
            if (sources.isEmpty() && sense.has(Flag.STATE) && !targets.isEmpty()) {
                // "Police arrested former President Yoon", "Sharif was arrested by anti-corruption officials": a
                // state's agents named only by their role are of the country where they act, else of the one they act on
                sources = sides.host(doers, targets); // "the foreign ministry summoned the Chinese envoy"
                if (sources.isEmpty()) sources = sides.placed(doers, v, targets, STATE_ROLES::contains, true);
            }
            for (int n : ps.children(v, "obj")) if (!hostedBetween(n, v, sense)) consumed.add(n);
            if (sense.consumesTheme()) for (int n : passiveSubjects) consumed.add(n);
            consumed.addAll(verbMatch(v).words()); // "declined to comment" is one event
            emit(v, -1, sense, sources, targets);
        }

        /**
         * The side whose act a clause on "a move" judges: in "detained the mayor, a move the opposition called a
         * coup" or "voted to launch an inquiry, a step Tehran denounced", the noun stands for the act of the first
         * verb above it, and the judgement is aimed at that verb's subject. So is a response in a relative clause
         * on what it answers: "declared a truce, which Kyiv dismissed as a stunt".
         */
        List<Actor> mover(int v, EventPattern sense) {
            boolean answers = judging(sense) && ps.children(v, "obj").stream().anyMatch(o -> "WDT".equals(ps.token(o).pos()));
            // "…, an attack Qatar condemned as ...", parsed with the noun a compound of the name that condemned
            boolean misread = ps.children(v, "nsubj").stream().anyMatch(n -> !ps.children(n, "det").isEmpty()
                    && ps.children(n, "compound").stream().anyMatch(c -> c < n && MOVES.contains(ps.token(c).lemma())));
            for (Dependency d : misread ? ps.parents(v) : List.<Dependency>of()) {
                if (d.governor() >= 0 && (d.base().equals("parataxis") || d.base().equals("dep"))) return subjects(d.governor());
            }
            for (Dependency d : ps.parents(v)) {
                boolean clause = d.base().equals("dep") || d.base().equals("acl");
                if (d.governor() < 0 || !clause) continue;
                String noun = ps.token(d.governor()).lemma();
                // a move is the act of the nearest clause above; a claim ("concluded that Israel had committed
                // genocide, a finding Israel rejected") the speaker's, at the top
                boolean claim = CLAIMS.contains(noun);
                if (!claim && !answers && !MOVES.contains(noun)) continue;
                int verb = -1;
                for (int x = ps.head(d.governor()), depth = 0; x >= 0 && depth < (claim ? 8 : 6); x = ps.head(x), depth++) {
                    if (!String.valueOf(ps.token(x).pos()).startsWith("VB")) continue;
                    verb = x;
                    if (!claim) break;
                }
                if (verb >= 0) return subjects(verb);
            }
            return List.of();
        }

        /**
         * The side an act of force on "its" or "their" own falls on: no side strikes its own, so in "Iran vowed
         * revenge after Israel struck its nuclear sites" the possessive stands for the subject of the clause above.
         */
        List<Actor> otherOwner(int v, List<Actor> sources) {
            Set<String> own = polities(sources);
            int possessive = -1;
            // up the clauses: "struck its nuclear sites and killed commanders" goes on from the act on "its" sites
            // (or on some of them: "struck three of its nuclear sites"; or aimed at them: "fired water cannon at one
            // of its vessels")
            for (int depth = 0, x = v; depth < 3 && x >= 0; depth++) {
                if (possessive < 0) {
                    possessive = ps.children(x, "obj", "obl:at", "obl:on", "obl:against").stream()
                            .flatMap(o -> Stream.concat(Stream.of(o), ps.children(o, "nmod:of").stream()))
                            .flatMap(o -> ps.children(o, "nmod:poss").stream())
                            .filter(p -> "PRP$".equals(ps.token(p).pos())).findFirst().orElse(-1);
                }
                int up = ps.parents(x).stream().filter(d -> d.governor() >= 0).mapToInt(Dependency::governor).findFirst().orElse(-1);
                if (up < 0) return List.of();
                List<Actor> s = subjects(up);
                if (possessive >= 0 && !s.isEmpty() && s.stream().noneMatch(a -> own.contains(a.polity()))) {
                    // the side named at the possessive, which is no speaker's span ("the Philippines said ... its vessels")
                    Token p = ps.token(possessive);
                    return s.stream().map(a -> a.withSpan(p.word(), p.start(), p.end())).toList();
                }
                x = up;
            }
            return List.of();
        }

        /**
         * Parties named only by their role, as the other side of one actor's act: a country's dissenters are of the
         * country that deals with them ("held talks with rebels"); whoever a state arrests, charges or investigates
         * is its own unless named otherwise ("opened investigations into 20 police officers"); the state a country's
         * dissenters deal with is theirs ("the RSF accused the army of air strikes").
         */
        List<Actor> ownByRole(List<Integer> parties, int v, List<Actor> sources, EventPattern sense) {
            // an investigation, or a protest, may be aimed at any part of the state ("hurled stones at police")
            boolean state = sense.has(Flag.STATE) || sense.code().startsWith("09") || sense.code().startsWith("14");
            boolean dissent = sources.stream().anyMatch(a -> a.role() != null && DOMESTIC_ROLES.contains(a.role()));
            java.util.function.Predicate<String> roles = state ? role -> true
                    : dissent ? role -> DOMESTIC_ROLES.contains(role) || STATE_ROLES.contains(role) : DOMESTIC_ROLES::contains;
            List<Actor> out = sides.placed(parties, v, sources, roles, false);
            // "detained Selahattin Demirtas": a person the state acts on, named but not known, is its own
            return out.isEmpty() && (sense.has(Flag.STATE) || sense.code().startsWith("09"))
                    ? sides.strangers(parties, sources.get(0).country()) : out;
        }

        /** True when a noun names a request, an offer, a demand or an ultimatum (roots 02, 03, 10, 13). */
        boolean asking(int n) {
            if (mentionAt[n] != null || !eventNoun(n)) return false;
            EventPattern own = ownSense(n, null);
            return own != null && ASKING_ROOTS.stream().anyMatch(own.code()::startsWith);
        }

        /** True when an ordinal or "only" ranks a noun ("the first country", "the only leader"). */
        boolean ranked(int n) {
            return ps.children(n, "amod").stream().anyMatch(a -> FIRSTS.contains(ps.token(a).lemma().toLowerCase(Locale.ROOT)));
        }

        /**
         * The subjects of a condition ("unless Baghdad accepts", "if Hamas runs") hung on a verb or on the
         * infinitives under it ("threatened to stop talks to cut arms if Washington goes ahead").
         */
        List<Actor> conditioned(int v, List<Actor> sources, Set<String> marks) {
            for (int depth = 0; depth < 3 && v >= 0; depth++) {
                for (int c : ps.children(v, "advcl")) {
                    boolean condition = ps.children(c, "mark").stream().anyMatch(mk -> marks.contains(ps.token(mk).lemma()));
                    if (!condition) continue;
                    List<Actor> who = sides.actorsOf(ps.children(c, "nsubj"));
                    // "unless it restored the freeze": the last other side named; "unless the government agreed":
                    // the threatener's own government
                    if (who.isEmpty()) who = party(ps.children(c, "nsubj"), sources);
                    if (who.isEmpty()) who = sides.ownRole(ps.children(c, "nsubj"), sources);
                    if (!who.isEmpty()) return who;
                }
                List<Integer> down = ps.children(v, "xcomp");
                if (down.isEmpty()) down = ps.children(v, "ccomp"); // "warned that Moscow would deploy ... if ..."
                v = down.isEmpty() ? -1 : down.get(0);
            }
            return List.of();
        }

        /**
         * Whom a threat that names no one was aimed at, when another side acted "after" or "when" it came: "Colombia
         * agreed to take deportation flights after Trump threatened tariffs" (the side that yielded, the main clause's
         * subject).
         */
        List<Actor> yielded(int v, List<Actor> sources) {
            for (Dependency d : ps.parents(v)) {
                boolean after = d.base().equals("advcl") && (ps.hasChild(v, "mark", "after") || ps.hasChild(v, "mark", "when"));
                if (after && d.governor() >= 0) return outside(subjects(d.governor()), polities(sources));
            }
            return List.of();
        }

        /**
         * Whom an act answers when the sentence says what it answered: another side whose act is named "in
         * response to" or "in retaliation for" ("slapped export controls on metals in retaliation for U.S.
         * tariffs"); for a response ({@code after}), also one that acted in an "after" phrase ("scrambled jets
         * after two Russian bombers flew near its airspace").
         */
        List<Actor> answered(int v, List<Actor> sources, boolean after) {
            Set<String> own = polities(sources);
            List<Integer> acts = new ArrayList<>(); // the phrases that name the act answered
            // (a phrase closing the sentence may hang on the last of its verbs: "put its forces on alert and sent
            // warships, amid a standoff with North Korea")
            List<Dependency> phrases = new ArrayList<>(ps.children(v));
            for (int c : ps.children(v, "conj")) phrases.addAll(ps.children(c));
            for (Dependency d : phrases) {
                // "after two Russian bombers flew near", "after detecting Chinese ships", "amid a standoff with North Korea"
                boolean afterWord = ps.hasChild(d.dependent(), "case", "after") || ps.hasChild(d.dependent(), "mark", "after");
                if (after && (d.specifier().equals("after") || d.specifier().equals("amid") || d.base().equals("advcl") && afterWord)) {
                    acts.add(d.dependent());
                }
                // "placed its forces on a war footing, accusing the United States of rehearsing an invasion": the side
                // it accuses as it acts is the one it answers
                if (after && (d.base().equals("advcl") || d.base().equals("dep"))) {
                    EventPattern s = verbSense(d.dependent());
                    if ("VBG".equals(ps.token(d.dependent()).pos()) && s != null && s.code() != null && s.code().startsWith("11")) {
                        List<Actor> accused = outside(sides.actorsOf(ps.children(d.dependent(), "obj")), own);
                        if (!accused.isEmpty()) return accused;
                    }
                }
                // "in response to the U.S. build-up", parsed with the act under "response"
                if (d.relation().equals("obl:in") && RESPONSES.contains(ps.token(d.dependent()).lemma())) {
                    acts.addAll(ps.children(d.dependent(), "nmod:to", "nmod:for"));
                }
            }
            for (Dependency d : after ? ps.parents(v) : List.<Dependency>of()) {
                // "bombers staged a patrol, prompting Japan to scramble jets": what a side is prompted to do answers
                // whoever prompted it
                if (d.relation().equals("xcomp") && d.governor() >= 0 && "VBG".equals(ps.token(d.governor()).pos())
                        && PROMPTS.contains(ps.token(d.governor()).lemma())) {
                    List<Actor> a = outside(subjects(d.governor()), own);
                    for (Dependency up : ps.parents(d.governor())) {
                        if (a.isEmpty() && up.governor() >= 0) a = outside(subjects(up.governor()), own);
                    }
                    if (!a.isEmpty()) return a;
                }
            }
            for (int act : acts) {
                // a clause's subject acted ("after two Russian bombers flew"); a noun's party did ("the U.S. build-up")
                boolean clause = !ps.children(act, "nsubj").isEmpty();
                List<Actor> a = clause ? sides.actorsOf(ps.children(act, "nsubj")) : argument(act, null);
                // "after detecting about 90 Chinese ships": what the side saw or met
                if (a.isEmpty() && "VBG".equals(ps.token(act).pos())) {
                    for (int o : ps.children(act, "obj")) if (a.isEmpty()) a = argument(o, null);
                }
                a = outside(a, own);
                if (!a.isEmpty()) return a;
            }
            return List.of();
        }

        /**
         * The party an accusation or a request names by "it" or "them": the last other side named before it
         * ("cut ties with Qatar, accusing it of supporting terrorism"). Only for these verbs, whose object is
         * always a party; elsewhere "it" is as often a thing ("rejected it").
         */
        List<Actor> partyPronoun(int v, List<Actor> sources) {
            List<Actor> before = wentOn(v, targetsAt);
            boolean anaphor = ps.children(v, "obj").stream().anyMatch(o -> anaphor(o, before));
            if (anaphor && !before.isEmpty()) return before;
            return party(ps.children(v, "obj"), sources);
        }

        /**
         * The sides the act a participle goes on from was read with ("expelled a diplomat, accusing him of spying":
         * the expulsion's), or none; the act is read before its participle, which follows it.
         */
        List<Actor> wentOn(int v, Map<Integer, List<Actor>> sidesAt) {
            if (!"VBG".equals(ps.token(v).pos())) return List.of();
            for (Dependency d : ps.parents(v)) {
                if (d.governor() >= 0 && (CLAUSE_LINKS.contains(d.base()) || d.base().equals("conj"))) {
                    // "declared the ambassador persona non grata and gave him 48 hours to leave, accusing him of
                    // meddling": a verb with no act of its own goes on from the verb it is joined to
                    int g = d.governor();
                    while (sidesAt.getOrDefault(g, List.of()).isEmpty() && conjoinedTo(g) >= 0) g = conjoinedTo(g);
                    return sidesAt.getOrDefault(g, List.of());
                }
            }
            return List.of();
        }

        /** The earlier verb a verb is coordinated with ("declared ... and gave"), or -1. */
        int conjoinedTo(int v) {
            for (Dependency d : ps.parents(v)) {
                if (d.base().equals("conj") && d.governor() >= 0 && d.governor() < v) return d.governor();
            }
            return -1;
        }

        /**
         * True when an object names again a side already named: "it", "them", "him", or a definite noun that names
         * no one of its own and fits the role of one of them ("accusing the group of war crimes", "the leftist
         * leader").
         */
        boolean anaphor(int o, List<Actor> named) {
            Token t = ps.token(o);
            if ("PRP".equals(t.pos())) return PARTY_PRONOUNS.contains(t.lemma()) || PERSONS.contains(t.lemma());
            if (mentionAt[o] != null || !String.valueOf(t.pos()).startsWith("NN")) return false;
            boolean definite = ps.children(o, "det").stream().anyMatch(x -> ps.token(x).lemma().equals("the"));
            String role = kb.roleOf(t.lemma());
            return definite && (role == null || named.stream().anyMatch(a -> role.equals(a.role())));
        }

        /** The last other side named before an "it" or "they" among the tokens, standing for it. */
        List<Actor> party(List<Integer> tokens, List<Actor> sources) {
            Set<String> own = polities(sources);
            for (int o : tokens) {
                Token t = ps.token(o);
                if (!"PRP".equals(t.pos()) || !PARTY_PRONOUNS.contains(t.lemma())) continue;
                return discourse.lastSideBefore(t.start(), own).map(a -> List.of(a.withSpan(t.word(), t.start(), t.end())))
                        .orElse(List.of());
            }
            return List.of();
        }

        /** The dependent the verb's pattern names as its target ("call on X", "demanded that X …"), or -1. */
        int patternTarget(int v) {
            return verbMatch(v).target();
        }

        /** The infinitive complement of a verb when it carries an event of its own ("agreed to meet"), or -1. */
        int carriedEvent(int v) {
            if (modalities.takesIntent(ps.token(v).lemma())) {
                // "agreed to a ceasefire", "agreed to talks": the intended event is named by its noun
                for (int n : ps.children(v, "obl:to")) if (lexicon.isEventNoun(ps.token(n).lemma())) return n;
            }
            for (int x : ps.children(v, "xcomp")) {
                EventPattern s = verbSense(x);
                if (s != null && s.code() != null) return x;
                // "agreed to hold talks", "agreed to send a delegation to Doha for talks with Hamas"
                for (int n : ps.children(x, "obj", "obl:for")) if (lexicon.isEventNoun(ps.token(n).lemma())) return x;
            }
            return -1;
        }

        List<Actor> subjects(int v) {
            List<Integer> own = ps.children(v, "nsubj");
            List<Actor> s = sides.actorsOf(own);
            if (s.isEmpty()) own = sides.tellers(own); // "the rebels said they attacked ...": placed as the rebels
            if (s.isEmpty() && together(v, own)) {
                // "Singh held talks with Kasuri. They agreed to ...": what "they" do together, the last two sides did
                Token they = ps.token(own.get(0));
                s = discourse.lastSides(they.start(), 2, false).stream()
                        .map(a -> a.withSpan(they.word(), they.start(), they.end())).toList();
            }
            // "CARACAS - Interior Minister Nestor Reverol accused Colombia": a minister unknown by name, known by title
            if (s.isEmpty()) s = sides.ministers(own);
            if (s.isEmpty() && force(v)) {
                // "the attack by Hamas on Israel killed", "Israel's strike on the consulate killed": the act's agent
                for (int n : own) if (s.isEmpty()) s = sides.actorsOf(ps.children(n, "nmod:by", "nmod:poss"));
                if (s.isEmpty() && sides.actorsOf(own).isEmpty()) s = sides.asDoers(own, blamed());
                if (s.isEmpty()) s = strikers(own, v);
            }
            if (s.isEmpty() && own.stream().anyMatch(this::eachSide)) {
                // "troops fought along the line, with each side accusing the other": the sides of the act above
                for (Dependency d : ps.parents(v)) {
                    if (d.governor() < 0) continue;
                    s = subjects(d.governor());
                    if (s.isEmpty()) s = sourcesAt.getOrDefault(d.governor(), List.of());
                    // "Thailand launched air strikes on Cambodian positions, with each side accusing the other": the
                    // side struck is a side too
                    if (s.size() == 1) {
                        List<Actor> both = new ArrayList<>(s);
                        both.addAll(targetsAt.getOrDefault(d.governor(), List.of()));
                        for (int o : ps.children(d.governor(), "obj")) { // (its event noun not yet coded)
                            if (eventNoun(o)) both.addAll(nounTargets(o, ownSense(o, null)));
                        }
                        s = SideReader.dedupe(both);
                    }
                    if (!s.isEmpty()) return s;
                }
            }
            if (!own.isEmpty()) return s; // a subject we cannot resolve is still this verb's subject
            // "released a report accusing Israel", "issued a declaration demanding that ...": a participle of saying
            // or judging on the thing a clause makes is the clause subject's (one hung on a phrase, "filed a case at the
            // court accusing Israel", cost a held-out false event and is left alone)
            String lemma = ps.token(v).lemma();
            // (one that takes a that-clause says something: "..., warning that Tokyo would bear the consequences")
            // (and a participle on a document that enacts it: "signed an executive order withdrawing the United States
            // from the WHO", "issued a decree banning imports")
            boolean gerund = "VBG".equals(ps.token(v).pos());
            boolean said = gerund && (lexicon.verbHas(lemma, Flag.SPEECH) || lexicon.verbHas(lemma, Flag.IRREAL)
                    || !ps.children(v, "ccomp").isEmpty());
            boolean enacted = gerund && ps.parents(v).stream().anyMatch(d -> d.relation().equals("acl") && d.governor() >= 0
                    && ENACTMENTS.contains(ps.token(d.governor()).lemma()));
            boolean judging = said || enacted;
            for (Dependency d : judging ? ps.parents(v) : List.<Dependency>of()) {
                if (!d.relation().equals("acl") || d.governor() < 0 || party(d.governor())) continue;
                for (Dependency up : ps.parents(d.governor())) {
                    if (!up.relation().equals("obj") || !String.valueOf(ps.token(up.governor()).pos()).startsWith("VB")) continue;
                    // (a document revoked or scrapped enacts nothing of its subject's)
                    if (!said && !ENACTING.contains(ps.token(up.governor()).lemma())) continue;
                    s = subjects(up.governor());
                    if (!s.isEmpty()) return s;
                }
            }
            for (Dependency d : ps.parents(v)) {
                // "A Thai military spokesperson accused Cambodia ...", parsed as a noun with a participle: a
                // root noun whose participle has an object is that verb's subject
                if (d.base().equals("acl") && d.governor() >= 0 && isRoot(d.governor())
                        && !ps.children(v, "obj").isEmpty()) {
                    return sides.actorsOf(List.of(d.governor()));
                }
            }
            for (Dependency d : ps.parents(v)) {
                // "Russia became the first country to recognise the Taliban", "he was the first leader to visit":
                // the one the noun says the subject is does the act
                if (!d.relation().equals("acl:to") || d.governor() < 0 || !ranked(d.governor())) continue;
                List<Integer> named = ps.children(d.governor(), "nsubj");
                if (!named.isEmpty()) return sides.actorsOf(named);
                for (Dependency up : ps.parents(d.governor())) {
                    if (up.governor() >= 0 && up.relation().equals("xcomp")) return subjects(up.governor());
                }
            }
            for (Dependency d : ps.parents(v)) {
                // "expressed interest in meeting Kim", "its readiness to mediate": the subject of the noun's verb
                boolean clause = d.base().equals("acl") && !d.relation().equals("acl:relcl"); // also "acl:to"
                if (!clause || d.governor() < 0 || !modalities.takesIntent(ps.token(d.governor()).lemma())) continue;
                for (Dependency up : ps.parents(d.governor())) {
                    if (up.governor() >= 0 && up.relation().equals("obj")) return subjects(up.governor());
                }
            }
            // conjoined or controlled verbs without their own subject borrow their head's; an infinitive
            // under a verb with an object is controlled by the object ("urged Iran to resume talks", "called on
            // the Council to impose sanctions")
            for (Dependency d : ps.parents(v)) {
                if (d.governor() < 0) continue;
                List<Integer> objects = ps.children(d.governor(), "obj");
                if (objects.isEmpty()) objects = ps.children(d.governor(), "obl:on");
                // "thanked Iran for sending aid", "accused Iraq of arming rebels": the one thanked or accused did it
                boolean reason = d.relation().equals("advcl:for") || d.relation().equals("advcl:of");
                if (reason && "VBG".equals(ps.token(v).pos()) && objects.stream().anyMatch(this::party)) {
                    List<Actor> done = sides.actorsOf(objects);
                    // "cut ties with the UAE, accusing it of arming the RSF": the other side "it" names again
                    if (done.isEmpty()) done = party(objects, subjects(d.governor()));
                    if (!done.isEmpty()) return done;
                }
                // "brushed aside an ultimatum from France and Germany to accept a ceasefire": what a demand, offer or
                // ultimatum asks for is no act of its authors, nor of anyone yet
                if (d.base().equals("xcomp") && objects.stream().anyMatch(this::asking)) return List.of();
                // "phoned Lula to express support": what a call, a visit or a meeting was made for is the caller's act
                if (d.base().equals("xcomp") && contactFor(v) == d.governor()) return subjects(d.governor());
                // "told its ministries to suspend all contact": the subject's own state bodies act for it
                if (d.base().equals("xcomp") && !objects.isEmpty() && objects.stream().allMatch(this::ownBody)) {
                    return subjects(d.governor());
                }
                if (d.base().equals("xcomp") && !objects.isEmpty() && objects.stream().anyMatch(this::agent)) {
                    // "sent 21 personnel to Bosnia to investigate": those sent act for the sender unless named
                    boolean sent = SENDING.contains(ps.token(d.governor()).lemma());
                    if (sent && objects.stream().noneMatch(o -> mentionAt[o] != null
                            || !sides.owners(o, 2, new java.util.HashSet<>()).isEmpty())) {
                        return subjects(d.governor());
                    }
                    return sides.actorsOf(objects);
                }
                // "discussed efforts to reach a ceasefire": an infinitive under a verb whose object is a topic is
                // part of the topic, no one's act
                if (d.base().equals("xcomp") && lexicon.verbHas(ps.token(d.governor()).lemma(), Flag.ABOUT)) return s;
                // "opened fire to disperse the crowd": an object that is no one leaves the subject in control
                // a participle the parser leaves as a bare dep goes on from its verb when it is one of saying or judging
                // ("arrested 12 activists, accusing them of …"), hangs on a verb of saying ("…, the ministry said,
                // condemning the detentions"), or is one of intent or a response after a comma ("held talks,
                // agreeing only to …", "met Pakistan on Monday, rebuffing Trump's offer"); one of force ("killing
                // dozens") tells the same act (see the acted list), one of a result ("leaving the alliance poised to
                // strike") no act of the subject's
                boolean answering = "VBG".equals(ps.token(v).pos()) && lexicon.verbHas(lemma, Flag.RESP) && !force(v)
                        && ps.commaBetween(d.governor(), v);
                boolean participle = d.base().equals("dep") && (judging || answering || "VBG".equals(ps.token(v).pos())
                        && (lexicon.verbHas(ps.token(d.governor()).lemma(), Flag.SPEECH)
                        || ps.commaBetween(d.governor(), v) && modalities.takesIntent(lemma)));
                if ((judging || answering) && (d.base().equals("dep") || d.base().equals("advcl"))) {
                    // "said Japan must retract the remarks, warning that ...", "said Pyongyang had no interest,
                    // dismissing Lee's overtures": the participle hung on the reported clause is the speaker's; not
                    // where the speaker comes after it ("police detained 30 people, accusing them of ..., activists
                    // said"): there it goes on from the clause told
                    for (Dependency up : ps.parents(d.governor())) {
                        if (!up.base().equals("ccomp") || up.governor() < 0 || up.governor() > v) continue;
                        // (or denied or demanded: "denied that its warplanes had bombed villages, rejecting an accusation
                        // by …", "demanded that France withdraw its troops, rejecting the timetable set out by Paris")
                        String teller = ps.token(up.governor()).lemma();
                        if (lexicon.verbHas(teller, Flag.SPEECH) || lexicon.verbHas(teller, Flag.RESP)
                                || lexicon.verbHas(teller, Flag.IRREAL)) return subjects(up.governor());
                    }
                }
                if (d.base().equals("conj") || d.base().equals("xcomp") || d.base().equals("advcl") || participle) {
                    s = subjects(d.governor());
                    // "gunmen tried to kill a senior official": an act of force placed as its own, by the one who tries
                    if (s.isEmpty() && d.base().equals("xcomp") && force(v)) s = strikers(ps.children(d.governor(), "nsubj"), v);
                    // "monks rallied in Colombo, accusing Norway of …": whoever the act above was read as done by
                    if (s.isEmpty()) s = sourcesAt.getOrDefault(d.governor(), List.of());
                    if (!s.isEmpty()) return s;
                    // "seized power ... and detained Suu Kyi", "accused Rwanda of backing rebels and called on …",
                    // parsed with the verb conjoined to a noun or to a gerund of another tense: the verb above
                    String below = String.valueOf(ps.token(d.governor()).pos());
                    int up = ps.head(d.governor());
                    boolean misplaced = below.startsWith("NN") || below.equals("VBG") && !"VBG".equals(ps.token(v).pos());
                    if (d.base().equals("conj") && misplaced && up >= 0 && String.valueOf(ps.token(up).pos()).startsWith("VB")) {
                        s = subjects(up);
                        if (!s.isEmpty()) return s;
                    }
                }
            }
            return s;
        }

        /**
         * The side the sentence holds to blame for an act of force whose doer it does not name: the side it says was
         * "behind" an attack ("police said Jemaah Islamiyah militants were behind the blast"), the side an attack is
         * blamed on ("in an attack India blamed on Pakistan", "Petro blamed a FARC faction") or claimed by ("an attack
         * claimed by Jaish-e-Mohammad"), the first the sentence names; none when it names no side so.
         */
        List<Actor> blamed() {
            for (int t = 0; t < ps.tokens().size(); t++) {
                String lemma = ps.token(t).lemma();
                List<Integer> held = new ArrayList<>();
                if (ps.hasChild(t, "case", "behind")) held.addAll(ps.children(t, "nsubj"));
                if (lemma.equals("blame")) {
                    held.addAll(ps.children(t, "obl:on"));
                    if (held.isEmpty()) held.addAll(ps.children(t, "obj"));
                }
                if (lemma.equals("claim")) held.addAll(ps.children(t, "obl:agent", "obl:by"));
                List<Actor> found = sides.actorsOf(held);
                if (!found.isEmpty()) return found;
            }
            return List.of();
        }

        /**
         * Sides of an act of force at {@code v} named only by a role or a means: rebels of the state whose forces
         * they fight, else attackers placed where the act named falls ("a roadside bomb killed"; "militants staged
         * an attack on a base in Mali").
         */
        List<Actor> strikers(List<Integer> own, int v) {
            List<Actor> s = sides.insurgents(own, v); // "rebels battled government forces": the state's
            int act = ps.children(v, "obj").stream().filter(this::eventNoun).findFirst().orElse(v);
            return s.isEmpty() ? sides.perpetrators(own, act, lexicon::isWeapon) : s;
        }

        /**
         * The built-in word classes of patterns: {@code @party}, an actor's name, a pronoun other than "it" (as
         * often a thing), a noun of a role, not a thing that belongs to one ("Japan's decision"); {@code @place},
         * a town, a capital or a country named ("captured Goma"); {@code @country}, a country by its name.
         */
        boolean named(String cls, int t) {
            Token tok = ps.token(t);
            Mention m = mentionAt[t];
            if (cls.equals(EventPattern.Condition.NOUN)) return tok.pos() != null && tok.pos().startsWith("NN");
            if (cls.equals(EventPattern.Condition.PERSON)) {
                return m != null ? m.kind() == Entry.Kind.PERSON
                        : "PRP".equals(tok.pos()) && (tok.lemma().equals("he") || tok.lemma().equals("she"));
            }
            if (cls.equals(EventPattern.Condition.MANY)) return many(t);
            if (cls.equals(EventPattern.Condition.BODY)) {
                return m != null && m.kind() == Entry.Kind.ORGANIZATION && m.actor().country() == null;
            }
            if (cls.equals(EventPattern.Condition.COUNTRY)) {
                return m != null && m.kind() == Entry.Kind.COUNTRY && !kb.isRegion(m.actor().text());
            }
            if (cls.equals(EventPattern.Condition.PLACE)) {
                return m != null && (m.kind() == Entry.Kind.PLACE || m.kind() == Entry.Kind.METONYM
                        || m.kind() == Entry.Kind.COUNTRY);
            }
            return m != null || kb.roleOf(tok.lemma()) != null
                    || tok.pos() != null && tok.pos().startsWith("PRP") && !tok.word().equalsIgnoreCase("it");
        }

        /** True when a noun names an event, or counts one ("a package of sanctions", "a sanctions package"). */
        boolean eventNoun(int n) {
            if (lexicon.isEventNoun(ps.token(n).lemma())) return true;
            for (int c : ps.children(n, "nmod:of", "compound")) {
                if (lexicon.isEventNoun(ps.token(c).lemma()) && quantityHead(c) == n) return true;
            }
            return false;
        }

        /** A count in the hundreds or more: the word itself ("hundreds") or a number on it ("10,000 Haitians"). */
        boolean many(int t) {
            String lemma = ps.token(t).lemma().toLowerCase(Locale.ROOT);
            if (HUNDREDS.contains(lemma)) return true;
            // "tens of thousands", "dozens of millions": a count of counts
            if (TENS.contains(lemma) && ps.children(t, "nmod:of").stream().anyMatch(this::many)) return true;
            for (int n : ps.children(t, "nummod")) {
                if (many(n)) return true;
                try {
                    if (Double.parseDouble(ps.token(n).word().replace(",", "")) >= 100) return true;
                } catch (NumberFormatException notANumber) {
                    // "three", "dozens": fewer than a hundred
                }
            }
            return false;
        }

        /**
         * True when an intent verb's infinitive names no one while the verb names a partner: "agreed with Seoul to
         * resume the dialogue" is the agreement; "agreed with Seoul to meet" stays the meeting. So is a verb whose row
         * places its target, when it names a partner: "work with Seoul to revive dialogue" is the work with Seoul.
         */
        boolean orphan(int v, int carried) {
            EventPattern carriedSense = verbSense(carried);
            boolean partner = ps.children(v, "obl:with").stream().anyMatch(this::party);
            // "agreed to work with Seoul to revive dialogue with Pyongyang": a row that places its target keeps the
            // partner it names, whatever the infinitive of purpose aims at
            EventPattern own = verbSense(v);
            if (partner && own != null && own.placesTarget()) return true;
            return partner && "VB".equals(ps.token(carried).pos()) && !argued(carried)
                    && (carriedSense == null || !carriedSense.has(Flag.SYM));
        }

        /** True when a verb has a party among its objects and phrases, or under its object, not by a pronoun's "their". */
        boolean argued(int v) {
            for (Dependency d : ps.children(v)) {
                if (!d.base().equals("obj") && !d.base().equals("obl") && !d.base().equals("iobj")) continue;
                if (party(d.dependent())) return true;
                for (Dependency u : ps.children(d.dependent())) {
                    // "to deepen their partnership": a possessive pronoun names no party of its own
                    boolean pronoun = "PRP$".equals(ps.token(u.dependent()).pos());
                    if (u.base().equals("nmod") && !pronoun && party(u.dependent())) return true;
                }
            }
            return false;
        }

        /** True when a token can stand for a party: an actor named, a pronoun, or a noun of a role ("rebels"). */
        boolean party(int t) {
            Token tok = ps.token(t);
            return mentionAt[t] != null || (tok.pos() != null && tok.pos().startsWith("PRP"))
                    || kb.roleOf(tok.lemma()) != null || SIDE_NOUNS.contains(tok.lemma()) || !sides.actorsAt(t).isEmpty();
        }

        /**
         * True when a token names a side that can act: a party ({@link #party}) but not a thing a side owns ("burned
         * Israeli flags to protest the war": the flags do not protest).
         */
        boolean agent(int t) {
            Token tok = ps.token(t);
            boolean thing = mentionAt[t] == null && kb.roleOf(tok.lemma()) == null && !SIDE_NOUNS.contains(tok.lemma())
                    && tok.pos() != null && tok.pos().startsWith("NN") && !tok.pos().startsWith("NNP");
            return party(t) && !thing;
        }

        /**
         * The first actor among a verb's object and prepositional arguments, preferring one from another
         * side than the sources ("paused U.S. military aid to Ukraine": Ukraine, not the U.S.).
         */
        List<Actor> defaultTargets(int v, EventPattern sense, List<Actor> sources) {
            Set<String> own = polities(sources);
            List<Actor> sameSide = List.of();
            for (String rel : TARGET_RELATIONS) {
                for (Dependency d : ps.children(v)) {
                    if (!d.relation().equals(rel) || TimeWords.TIME.contains(ps.token(d.dependent()).lemma())) continue;
                    if (rel.equals("obj") && about(v)) continue; // "discussed the war": a topic, not a party
                    if (rel.equals("obl:at") && venue(d.dependent(), sense)) continue;
                    if (rel.equals("obl:on") && topicOn(sense)) continue; // "work closely on North Korea": a topic
                    List<Actor> a = argument(d.dependent(), sense);
                    // "set fire to homes in a Palestinian village": force falls where what it struck stands
                    if (a.isEmpty() && STRUCK.contains(rel) && force(v)) a = underObject(d.dependent(), sense, 2);
                    List<Actor> other = outside(a, own);
                    if (!other.isEmpty()) return other;
                    if (sameSide.isEmpty()) sameSide = a;
                }
            }
            {
                // "launched drones at power plants across Ukraine", "pledged $2 billion in aid to Kyiv"; also past an
                // object that named only the actor's own side ("dropped most of its tariffs on U.S. goods")
                List<Integer> objects = new ArrayList<>(ps.children(v, "obj"));
                for (int o : List.copyOf(objects)) objects.addAll(ps.children(o, "conj")); // "exports of A and B to X"
                // "suspended most of the sanctions against Myanmar": what a partitive counts
                for (int o : List.copyOf(objects)) if (sides.counted(o) != o) objects.add(sides.counted(o));
                for (int o : objects) {
                    List<Actor> a = underObject(o, sense, 3);
                    // "denounced the drills by the U.S.", "slammed remarks by a senator", "condemned the storming of the
                    // compound by Israeli police": a "by" hung on an active verb is its object's
                    if (a.isEmpty() && !ps.children(v, "nsubj").isEmpty()) a = sides.actorsOf(ps.children(v, "obl:by"));
                    List<Actor> other = outside(a, own);
                    if (!other.isEmpty()) return other;
                    if (sameSide.isEmpty() && force(v)) sameSide = a; // "rebels shelled a camp near El Fasher": their own country
                }
            }
            return sameSide;
        }

        /**
         * True when an "at" phrase names where a statement, meeting or deal took place, not at whom it was aimed:
         * a building or capital standing for a government ("signed the accord at the White House", "met at the
         * Kremlin"); "hit back at Manila" and "rallied at the White House" are aimed at it.
         */
        boolean venue(int at, EventPattern sense) {
            Mention m = mentionAt[at];
            return m != null && m.kind() == Entry.Kind.METONYM && shared(sense);
        }

        /** Actors named in phrases under an object, a few levels down ("drones at plants across Ukraine"). */
        List<Actor> underObject(int o, EventPattern sense, int depth) {
            // "strikes on targets in Syria" (and threats, deployments, bans) are aimed where they fall; "talks in
            // Istanbul" only take place there
            boolean venue = sense.code() == null || !PLACE_AIMED_ROOTS.contains(sense.code().substring(0, 2))
                    // "suspended negotiations with the opposition in Mexico": a party named, the place is a venue
                    || !ps.children(o, "nmod:with", "nmod:between").isEmpty()
                    // "walked out of the talks in Istanbul": talks take place where they are
                    || lexicon.isEventNoun(ps.token(o).lemma()) && shared(ownSense(o, null));
            List<Integer> things = new ArrayList<>(List.of(o));
            things.addAll(ps.children(o, "nmod:of")); // "tonnes of rice offered by"
            for (int t : things) {
                // "refused to accept rice offered by South Korea", "rejected a plan that Egypt put forward": its author
                for (int p : ps.children(t, "acl", "amod")) {
                    List<Actor> by = sides.actorsOf(ps.children(p, "obl:by", "obl:agent"));
                    // "attacks on ships linked to Israel": what a thing is tied to stands for it
                    if (by.isEmpty() && TIES.contains(ps.token(p).lemma())) by = sides.actorsOf(ps.children(p, "obl:to", "obl:with"));
                    if (!by.isEmpty() && "VBN".equals(ps.token(p).pos())) return by;
                }
                for (int p : ps.children(t, "acl:relcl")) {
                    // the relative is the clause's object ("drills that Syria calls rehearsals" names, it authors nothing)
                    // (and one that judges a joint act is no partner in it: "drills, which Taipei denounced")
                    boolean partner = sense.has(Flag.SYM) && judging(verbSense(p));
                    boolean authored = ps.children(p, "xcomp").isEmpty() && !partner && ps.children(p, "obj").stream()
                            .allMatch(x -> RELATIVES.contains(ps.token(x).lemma()));
                    List<Actor> by = authored ? sides.actorsOf(ps.children(p, "nsubj")) : List.<Actor>of();
                    if (!by.isEmpty()) return by;
                }
            }
            List<Dependency> phrases = new ArrayList<>(ps.children(o));
            for (int c : ps.children(o, "acl")) {
                if (ps.token(c).lemma().equals("carry")) phrases.addAll(ps.children(c)); // "ships carrying aid to Myanmar"
            }
            // "struck an energy facility south of Kyiv", "airbases deep inside Russia": the bearing's place
            for (int c : ps.children(o, "advmod", "amod", "nmod:npmod")) {
                if (ActorRecognizer.compass(ps.token(c).word()) || REACHES.contains(ps.token(c).lemma())) phrases.addAll(ps.children(c));
            }
            for (Dependency d : phrases) {
                boolean phrase = d.base().equals("nmod") || d.base().equals("obl") && d.governor() != o;
                if (!phrase) continue;
                if (d.specifier().equals("of") && ActorRecognizer.compass(ps.token(d.governor()).word())) {
                    List<Actor> a = argument(d.dependent(), sense);
                    if (!a.isEmpty()) return a;
                    continue;
                }
                if (d.specifier().equals("of") && QUANTITY_NOUNS.contains(ps.token(o).lemma()) && depth > 1) {
                    // "responded with a wave of strikes across Gaza": the phrases of what the object counts
                    List<Actor> a = underObject(d.dependent(), sense, depth - 1);
                    if (!a.isEmpty()) return a;
                    continue;
                }
                if (d.specifier().equals("of")) {
                    // "a team of medics to Myanmar": where the bare noun an object counts goes ("the start of a
                    // visit to Japan" counts nothing)
                    if (!ps.children(d.dependent(), "det", "nmod:poss").isEmpty()) continue;
                    for (Dependency g : ps.children(d.dependent())) {
                        if (g.base().equals("nmod") && DESTINATIONS.contains(g.specifier())) {
                            List<Actor> a = argument(g.dependent(), sense);
                            if (!a.isEmpty()) return a;
                        }
                    }
                    continue;
                }
                if (!UNDER_OBJECT.contains(d.specifier())) continue;
                if (d.specifier().equals("on") && topicOn(sense)) continue;
                // "shot dead five soldiers at a checkpoint near the Afghan border": the border's other side was not hit
                if (sides.frontier(d.dependent())) continue;
                if (d.specifier().equals("at") && venue(d.dependent(), sense)) continue;
                boolean where = venue && (d.specifier().equals("in") || d.specifier().equals("near"));
                // "duties on 155 billion Canadian dollars' worth of U.S. products": what the worth is of
                int arg = d.dependent();
                if (MEASURES.contains(ps.token(arg).lemma())) arg = ps.children(arg, "nmod:of").stream().findFirst().orElse(arg);
                List<Actor> a = where ? List.of() : argument(arg, sense);
                Mention m = mentionAt[d.dependent()];
                if (!where && m != null && m.kind() == Entry.Kind.METONYM && LOCATIVE_PREPS.contains(d.specifier())) {
                    a = List.of(sides.asPlace(m)); // "shot protesters at a rally in Kathmandu": Nepal
                }
                if (a.isEmpty() && depth > 1) a = underObject(d.dependent(), sense, depth - 1);
                if (!a.isEmpty()) return a;
            }
            return List.of();
        }

        /**
         * The row of an event noun that an argument names, else the sense it serves: whom "an attack on the
         * airport" is aimed at is read as an attack's target, though the claim of it is a statement.
         */
        EventPattern ownSense(int n, EventPattern sense) {
            EventPattern.Match own = lexicon.match(ps, n, true, this::named);
            return own == null || own.pattern().code() == null ? sense : own.pattern();
        }

        /** True when a noun names the state bodies of whoever "its", "their" or "our" stands for ("its ministries"). */
        boolean ownBody(int o) {
            String role = kb.roleOf(ps.token(o).lemma());
            return mentionAt[o] == null && role != null && STATE_ROLES.contains(role) && ps.children(o, "nmod:poss").stream()
                    .anyMatch(p -> SideReader.CLAUSE_POSSESSIVES.contains(ps.token(p).word().toLowerCase(Locale.ROOT)));
        }

        /** True for a response, or a word of blame or refusal (roots 11 and 12): "..., which Taipei denounced". */
        boolean judging(EventPattern sense) {
            return sense != null && sense.code() != null
                    && (sense.has(Flag.RESP) || sense.code().startsWith("11") || sense.code().startsWith("12"));
        }

        /** True when a row is of a statement, meeting or deal: what all present at an occasion take part in. */
        boolean shared(EventPattern sense) {
            return sense != null && sense.code() != null && SHARED_ROOTS.contains(sense.code().substring(0, 2));
        }

        /**
         * True when what an act is "on" is its topic: "cooperation on North Korea", "talks on Ukraine" (roots
         * 01-06); a lockdown lifted or sanctions imposed on a country are aimed at it.
         */
        boolean topicOn(EventPattern sense) {
            return sense != null && sense.code() != null && sense.code().compareTo("07") < 0;
        }

        /**
         * The actors an argument stands for: itself ("Iran"), its owner ("Iran's programme", "Iranian
         * sites"), or, for an event noun, whom that event is aimed at ("proposed talks with Putin").
         */
        List<Actor> argument(int o, EventPattern sense) {
            // "condemned the attack by Israel on Rafah", "the killing of three Palestinians by settlers", "protested
            // against remarks by Takaichi on Taiwan": a thing whose author is named answers to its author, before whom
            // or what it names; an act with none named, to whom it was aimed at
            boolean act = lexicon.isEventNoun(ps.token(o).lemma());
            List<Actor> a = mentionAt[o] != null ? sides.actorsOf(List.of(o)) : List.of();
            if (a.isEmpty()) a = act ? author(o) : sides.actorsOf(ps.children(o, "nmod:by"));
            if (a.isEmpty()) a = sides.actorsOf(List.of(o));
            if (a.isEmpty()) a = sides.modifierActors(o, sense);
            if (a.isEmpty() && act) a = nounTargets(o, ownSense(o, sense));
            // "relations with Israel", "a ban on Japanese seafood": the party the argument is about
            for (String rel : ARGUMENT_PARTIES) {
                if (!a.isEmpty()) break;
                if (rel.equals("nmod:on") && topicOn(sense)) continue;
                for (int c : ps.children(o, rel)) {
                    a = sides.actorsOf(List.of(c));
                    if (a.isEmpty()) a = sides.modifierActors(c, sense);
                    if (!a.isEmpty()) break;
                }
            }
            // "an inquiry into steel imported from China": traded goods stand for where they come from (a film "made
            // in the United States" is no party)
            for (int c : a.isEmpty() ? ps.children(o, "acl") : List.<Integer>of()) {
                if (!"VBN".equals(ps.token(c).pos()) || !ORIGINS.contains(ps.token(c).lemma())) continue;
                a = sides.actorsOf(ps.children(c, "obl:from"));
                if (!a.isEmpty()) break;
            }
            return a;
        }

        /**
         * Who an act named by a noun comes from: its "by" or "from" phrase, also where the parser hung it on what
         * the act is of ("dismissed the offer of talks from Trump").
         */
        List<Actor> author(int n) {
            List<Actor> a = sides.actorsOf(ps.children(n, "nmod:by", "nmod:from"));
            for (int of : ps.children(n, "nmod:of")) if (a.isEmpty()) a = sides.actorsOf(ps.children(of, "nmod:by", "nmod:from"));
            return a;
        }

        // ---- nouns

        void noun(int n) {
            Token tn = ps.token(n);
            if ("NNP".equals(tn.pos()) && TimeWords.isTime(tn)) return; // "in March" is no march
            EventPattern.Match match = lexicon.match(ps, n, true, this::named);
            EventPattern sense = match == null ? null : match.pattern();
            if (sense == null || sense.code() == null) return;
            if (mediated(n, sense)) return;
            int governor = lightVerb(n, sense);
            if (governor == -2) return; // the object of a verb that carries its own event
            // the row may say where the target is ("a suspension of links with Serbia")
            List<Actor> targets = match.target() >= 0 ? argument(match.target(), sense) : List.of();
            if (targets.isEmpty()) targets = nounTargets(n, sense);
            List<Actor> found = List.of();
            // who a "from" phrase names sent or did the act ("a call from Seoul"), unless the row makes it the
            // target ("their withdrawal from ECOWAS")
            List<Integer> fromPhrase = new ArrayList<>(ps.children(n, "nmod:from"));
            // "drew condemnation from Washington", the phrase hung on the verb whose object the noun is
            if (governor >= 0 && ps.children(governor, "obj").contains(n)) fromPhrase.addAll(ps.children(governor, "obl:from"));
            List<Actor> from = sides.actorsOf(fromPhrase.stream().filter(c -> c != match.target()).toList());
            // "pledged cooperation during Putin's visit to Pyongyang", "... during a visit by Marcos to Hanoi": an
            // occasion with its own agent is that agent's, not the clause subject's
            List<Actor> agent = occasion(n, sense) ? agentOf(n) : List.of();
            List<Actor> by = sides.actorsOf(ps.children(n, "nmod:by"));
            List<Actor> aimedAt = targets;
            boolean farTargets = false; // found by the verb, not named by the noun
            if (!agent.isEmpty()) {
                found = agent;
            } else if (governor >= 0) {
                found = subjects(governor);
                if (!from.isEmpty()) {
                    // "received a call from X": X is the source, the receiver the target
                    targets = found;
                    found = from;
                } else if (!by.isEmpty()) {
                    // "came under attack by rebels", "reported an attack by Israel on Rafah": the act is its
                    // agent's, aimed where it says or else at the verb's subject
                    if (targets.isEmpty()) targets = found;
                    found = by;
                } else if (targets.isEmpty()) {
                    targets = defaultTargets(governor, sense, found);
                    farTargets = !targets.isEmpty();
                }
            }
            if (!from.isEmpty() && targets.isEmpty()) {
                // "fired a missile, drawing condemnation from Washington" (the participle's subject is none, or the
                // parser made it an adjective of the noun), and "extradited Bout despite objections from Moscow": the
                // response is aimed at the subject of the clause it hangs on
                for (Dependency d : ps.parents(governor >= 0 ? governor : n)) {
                    boolean clause = CLAUSE_LINKS.contains(d.base()) || d.relation().equals("obl:despite");
                    if (d.governor() >= 0 && clause && String.valueOf(ps.token(d.governor()).pos()).startsWith("VB")) {
                        targets = subjects(d.governor());
                    }
                }
            }
            List<Actor> owner = sides.modifierActors(n, null);
            if (governor >= 0 && isForce(sense.code()) && from.isEmpty() && by.isEmpty() && !owner.isEmpty()
                    && !polities(owner).containsAll(polities(found))) {
                // "Iran called the U.S. strikes outrageous": an act of force a country's word marks is its own,
                // not the speaker's, aimed only where the noun says
                found = owner;
                targets = aimedAt;
            }
            if (found.isEmpty()) found = owner;
            if (found.isEmpty()) found = by;
            if (found.isEmpty() && governor == -1 && from.isEmpty() && sense.code().startsWith("04")) {
                // "said at the start of a visit to Tokyo": a meeting or a visit of the clause's subject
                int clause = occasionVerb(n);
                if (clause >= 0) found = subjects(clause);
            }
            if (found.isEmpty() && governor == -1 && from.isEmpty()) {
                // "began missile tests near Taiwan, a show of force aimed at the island": a phrase set off by a comma
                // that sums up its clause names that clause's act, by that clause's subject
                int clause = summed(n);
                if (clause >= 0) found = subjects(clause);
            }
            if (found.isEmpty()) found = from;
            List<Actor> victims = isForce(sense.code()) ? struck(n) : List.of();
            if (!victims.isEmpty() && !polities(found).containsAll(polities(victims)) && !sense.has(Flag.SYM)) {
                // "20 Palestinians were killed in Israeli strikes on Gaza": whom it killed; a clash names its sides
                // itself ("a Tajik guard was killed in clashes between Tajikistan and Kyrgyzstan")
                targets = victims;
            }
            if (targets.isEmpty() && found.size() == 1 && !sense.has(Flag.SYM)) {
                targets = ownByRole(ps.children(n, "nmod:into", "nmod:against", "nmod:of"), n, found, sense);
            }
            List<Actor> sources = found;
            List<Actor> aimed = new ArrayList<>(targets);
            aimed.removeIf(t -> sources.stream().anyMatch(s -> s.code().equals(t.code())));
            // "talks between Seoul and Beijing": everyone named on either side meets everyone else; "Seoul and
            // Washington began exercises, which Pyongyang denounced": sides that hold a mutual act together hold it
            // with each other, whatever else the verb's object names
            boolean among = farTargets && sources.size() > 1;
            if (sense.has(Flag.SYM) && (aimed.isEmpty() || sources.isEmpty() || among)) {
                List<Actor> all = new ArrayList<>(sources);
                if (!among) all.addAll(targets);
                emit(n, governor, sense, SideReader.dedupe(all), List.of());
                return;
            }
            emit(n, governor, sense, sources, aimed);
        }

        /**
         * A mediation or a hosting told as a modifier of what it brought about: "talks mediated by Washington", "a
         * U.S.-brokered ceasefire", "talks under Emirati mediation", "held talks at the White House, hosted by
         * Clinton". The mediator's act (the row's code: 045, or 043 for a host) is aimed at each party of the talks
         * or deal: those it is "between", else the subjects of the clause that holds it ("India and Pakistan agreed
         * to a ceasefire after talks mediated by Washington"). False when the trigger is no such modifier, or names
         * no mediator or no party.
         */
        boolean mediated(int m, EventPattern sense) {
            if (!sense.code().equals("045") && !sense.code().equals("043")) return false;
            int event = -1; // the talks or the deal
            int holder = -1; // the clause whose subjects are the parties
            List<Actor> mediators = List.of();
            boolean byPhrase = "VBN".equals(ps.token(m).pos()) && !ps.children(m, "obl:by").isEmpty();
            for (Dependency d : ps.parents(m)) {
                if (d.governor() < 0) continue;
                String pos = String.valueOf(ps.token(d.governor()).pos());
                if (pos.startsWith("NN") && (d.base().equals("amod") || d.base().equals("acl") && !d.relation().equals("acl:relcl"))) {
                    // "mediated by Washington"; "U.S.-brokered", the name hung on the participle before its hyphen
                    mediators = sides.actorsOf(ps.children(m, "obl", "compound", "npadvmod"));
                    event = d.governor();
                } else if (d.relation().equals("nmod:under") || d.relation().equals("obl:under")) {
                    // "talks under Emirati mediation", "met in Jakarta under Indonesian mediation": the talks, or the
                    // clause that holds them
                    mediators = sides.modifierActors(m, sense);
                    if (pos.startsWith("NN")) event = d.governor();
                    else if (pos.startsWith("VB")) holder = d.governor();
                } else if (pos.startsWith("VB") && byPhrase && (d.base().equals("dep") || d.relation().equals("advcl"))
                        && ps.children(d.governor(), "obj").stream().anyMatch(this::eventNoun)) {
                    mediators = sides.actorsOf(ps.children(m, "obl:by")); // "held talks ..., hosted by Clinton"
                    holder = d.governor();
                }
            }
            for (Dependency d : byPhrase && event < 0 && holder < 0 ? ps.children(m) : List.<Dependency>of()) {
                // "after talks mediated by Washington", parsed as an active clause with the talks its subject
                if (d.relation().equals("nsubj") && eventNoun(d.dependent())) {
                    event = d.dependent();
                    mediators = sides.actorsOf(ps.children(m, "obl:by"));
                }
            }
            if (mediators.isEmpty()) return false;
            List<Actor> parties = event >= 0 ? sides.actorsOf(ps.children(event, "nmod:between")) : List.of();
            if (parties.isEmpty() && holder < 0 && event >= 0) {
                // the clause that holds the talks: the verb whose object, phrase or subject they are
                int phrase = ps.parents(event).stream().anyMatch(d -> d.governor() == m) ? m : event;
                for (int up = 0; up < 2; up++) { // "after a long night of talks", "two rounds of talks"
                    final int at = phrase;
                    phrase = ps.parents(at).stream().filter(d -> d.relation().equals("nmod:of") && d.governor() >= 0)
                            .map(Dependency::governor).findFirst().orElse(at);
                }
                for (Dependency d : ps.parents(phrase)) {
                    boolean held = d.base().equals("obj") || d.base().equals("obl") || d.base().equals("advcl")
                            || d.relation().equals("nsubj:pass");
                    if (d.governor() >= 0 && held) holder = d.governor();
                }
            }
            if (parties.isEmpty() && holder >= 0) parties = subjects(holder);
            Set<String> own = polities(mediators);
            List<Actor> aimed = outside(parties, own);
            if (aimed.isEmpty()) return false;
            emit(m, -1, sense, mediators, aimed);
            return true;
        }

        /**
         * Whom an act of force struck where the clause says so: the passive subject of a force verb it was the
         * means of ("four Syrian soldiers were killed in an Israeli air strike"), the one who died in it ("a
         * soldier died in an Indian drone strike"), the one who came under it ("Kharkiv came under Russian
         * attack"); none where they are nobody's.
         */
        List<Actor> struck(int n) {
            for (Dependency d : ps.parents(quantityHead(n))) {
                if (d.governor() < 0 || !d.base().equals("obl")) continue;
                int v = d.governor();
                if ("under".equals(d.specifier())) return sides.actorsOf(ps.children(v, "nsubj"));
                if (!MEANS.contains(d.specifier())) continue;
                if (force(v)) return sides.actorsOf(ps.children(v, "nsubj:pass"));
                if (ps.token(v).lemma().equals("die")) return sides.actorsOf(ps.children(v, "nsubj"));
            }
            return List.of();
        }

        /**
         * Who used the force that a clause of "when" or "as" says struck: "six Canadian soldiers were killed when their
         * vehicle was hit by a Taliban roadside bomb" (the bomb's side), "... when Russian drones struck the city".
         */
        List<Actor> striker(int v) {
            for (Dependency d : ps.dependencies()) {
                int c = d.dependent();
                // the clause hangs on the verb, or on the trailing "officials said" the parser made its head
                boolean on = d.governor() == v || d.governor() > c && c > v
                        && lexicon.verbHas(ps.token(d.governor()).lemma(), Flag.SPEECH);
                if (!on || !d.base().equals("advcl") || !force(c)
                        || ps.children(c, "mark", "advmod").stream().noneMatch(m -> STRIKING.contains(ps.token(m).lemma()))) continue;
                // only a side the clause names: "a suicide bomber rammed a car into their convoy" names none
                List<Integer> by = new ArrayList<>(ps.children(c, "obl:agent"));
                by.addAll(ps.children(c, "obl:by"));
                if (by.isEmpty()) by = ps.children(c, "nsubj");
                List<Actor> a = sides.actorsOf(by);
                for (int b : by) if (a.isEmpty()) a = sides.modifierActors(b, null);
                if (!a.isEmpty()) return a;
            }
            // "twenty Indian soldiers were killed in a clash with Chinese troops": the side the fight was with
            for (int n : ps.children(v, "obl:in", "obl:during")) {
                EventPattern fight = eventNoun(n) ? ownSense(n, null) : null;
                if (fight == null || !isForce(fight.code())) continue;
                List<Actor> a = sides.actorsOf(ps.children(n, "nmod:with"));
                if (!a.isEmpty()) return a;
            }
            return List.of();
        }

        /**
         * True when a main clause's one subject is "they" and its verb says something done together ("They agreed to
         * ..."); not in a clause within another ("told Poland that they had ... when they signed").
         */
        boolean together(int v, List<Integer> subjects) {
            EventPattern sense = verbSense(v);
            boolean main = isRoot(v)
                    || ps.parents(v).stream().anyMatch(d -> d.base().equals("conj") && isRoot(d.governor()));
            return main && subjects.size() == 1 && sense != null && sense.has(Flag.SYM)
                    && "PRP".equals(ps.token(subjects.get(0)).pos()) && ps.token(subjects.get(0)).lemma().equals("they");
        }

        /** True when an event noun is the occasion phrase of a clause ("during a visit", "at the summit"). */
        boolean occasion(int n, EventPattern sense) {
            return ps.parents(quantityHead(n)).stream().anyMatch(d -> d.governor() >= 0 && d.base().equals("obl")
                    && occasionOf(d.specifier(), sense));
        }

        /** Who an event noun names as its doer: its owner ("Putin's visit") or its "by" phrase ("a visit by Marcos"). */
        List<Actor> agentOf(int n) {
            List<Actor> a = sides.actorsOf(ps.children(n, "nmod:by"));
            if (a.isEmpty()) {
                for (int p : ps.children(n, "nmod:poss")) if (mentionAt[p] != null) a = List.of(mentionAt[p].actor());
            }
            return a;
        }

        /**
         * The verb that lends its subject to an event noun: -1 when none (a nominal event), -2 when the noun
         * is the object of a verb with an event of its own. A quantity noun in between passes it on
         * ("adopted a package of sanctions"). An occasion lends its verb's subject only to a meeting, a
         * statement or a deal, which all present take part in: police who "shot dead 19 people at
         * demonstrations" did not demonstrate.
         */
        int lightVerb(int n, EventPattern sense) {
            for (Dependency d : ps.parents(quantityHead(n))) {
                if (d.governor() < 0) continue;
                String r = d.relation();
                boolean object = r.equals("obj");
                boolean argument = object || r.startsWith("obl");
                Token g = ps.token(d.governor());
                // "pledged to be partners during talks in Tianjin": a noun with a copula is a verb's predicate
                boolean predicate = g.pos() != null && (g.pos().startsWith("VB") || !ps.children(d.governor(), "cop").isEmpty());
                if (!argument || !predicate) continue;
                // "detained Lula as part of an investigation": the act is a step of it, taken by the same side
                if ("as".equals(d.specifier()) && ps.token(quantityHead(n)).lemma().equals("part")) return d.governor();
                // "described the deployment as a threat": what something is called is no event of its own; nor is what
                // a side leaves ("pulled the United States out of the Paris climate agreement", "walked out of talks")
                if ("as".equals(d.specifier()) || "out".equals(d.specifier())) return -2;
                // "could win back its territory with European support": the backing or aid a side acts with is
                // another's, given to it ("retaliated with tariffs" is the side's own means)
                if ("with".equals(d.specifier()) && (sense.code().startsWith("05") || sense.code().startsWith("07"))) return -2;
                // "agreed to a ceasefire": the one who agrees intends the event the noun names
                if ("to".equals(d.specifier()) && carriedEvent(d.governor()) == n) return d.governor();
                EventPattern gs = verbSense(d.governor());
                // "citing joint drills", "would respond to Ukraine's drone attacks": a verb whose object is a topic lends
                // no one to the event it names
                if ((object || "to".equals(d.specifier())) && lexicon.verbHas(g.lemma(), Flag.ABOUT)) return -2;
                boolean eventVerb = gs != null && gs.code() != null && !gs.has(Flag.MONO);
                if (object && hostedBetween(n, d.governor(), gs)) return -1;
                if (eventVerb && object && !consumed.contains(n)) return -2;
                // "agreed in a phone call": an occasion is an event of its own; "thanked him for the
                // invitation": a reason is not
                // "extradited Bout despite objections from Moscow": what was done in spite of is another side's act
                // "praised Macedonia on a visit to Skopje": a trip is an occasion too
                if (eventVerb && !occasionOf(d.specifier(), sense) && !"despite".equals(d.specifier())) return -2;
                // "said, in new strikes despite a ceasefire": what stood before an act that is no event is background;
                // what one protests or votes against is another's act
                if ((!eventVerb && "despite".equals(d.specifier())) || "against".equals(d.specifier())) return -2;
                if (eventVerb && !shared(sense)) return -1;
                // "bolstered its flank after the drone incursion into Poland": an act that came before is another's,
                // unless all present took part in it ("agreed after talks")
                if (AFTERWARDS.contains(d.specifier()) && !shared(sense)) return -1;
                return SETTINGS.contains(d.specifier()) ? matrix(d.governor()) : d.governor();
            }
            return -1;
        }

        /**
         * True for talks a third side hosts or mediates "between" two others ("hosted the first talks between
         * Washington and Moscow"): the host's act, and the two sides' talks too, read from the noun on its own. Not
         * talks a side only offers or plans to host ("offered to host talks between Russia and Ukraine").
         */
        boolean hostedBetween(int noun, int verb, EventPattern hosting) {
            return hosting != null && hosting.code() != null
                    && (hosting.code().startsWith("043") || hosting.code().startsWith("045"))
                    && !ps.children(noun, "nmod:between").isEmpty() && !ps.hasChild(verb, "mark", "to");
        }

        /**
         * The verb an occasion phrase belongs to when the parser hung it lower: up the chain of infinitives
         * ("urged Japan to act with caution during talks with Iwaya": the one who urged).
         */
        int matrix(int v) {
            for (int depth = 0; depth < 3; depth++) {
                int up = -1;
                for (Dependency d : ps.parents(v)) if (d.relation().equals("xcomp") && d.governor() >= 0) up = d.governor();
                if (up < 0) break;
                v = up;
            }
            return v;
        }

        /**
         * The verb of the clause a meeting or a visit named in an occasion phrase belongs to, where the parser
         * hung the phrase on a noun ("expressed hope for peace at the start of a visit to Tokyo": expressed),
         * or -1. The way up must pass an occasion's preposition ("during", "at", "in", "on").
         */
        int occasionVerb(int n) {
            int h = quantityHead(n);
            boolean occasion = false;
            for (int depth = 0; depth < 4; depth++) {
                Dependency up = null;
                for (Dependency d : ps.parents(h)) if (d.governor() >= 0) up = d;
                if (up == null) return -1;
                occasion |= SETTINGS.contains(up.specifier());
                Token g = ps.token(up.governor());
                if (g.pos() != null && g.pos().startsWith("VB")) return occasion ? matrix(up.governor()) : -1;
                if (!up.relation().startsWith("nmod") && !up.relation().equals("obj")) return -1;
                h = up.governor();
            }
            return -1;
        }

        /**
         * The counterparts a clause under {@code head} names, the sides of its "with" phrases, leaving out the sources'
         * own: "confident that Addis Ababa would reach a deal with Egypt" (not "a deal to keep Greece in the euro").
         */
        List<Actor> othersIn(int head, List<Actor> sources) {
            List<Integer> named = ps.dependencies().stream()
                    .filter(d -> "with".equals(d.specifier()) && (d.governor() == head || ps.governs(head, d.governor())))
                    .map(Dependency::dependent).sorted().toList();
            Set<String> own = polities(sources);
            List<Actor> others = new ArrayList<>(sides.actorsOf(named));
            others.removeIf(a -> own.contains(a.polity()));
            return SideReader.dedupe(others);
        }

        /** The verb whose clause a noun sums up after a comma (", a show of force aimed at …"); else -1. */
        int summed(int n) {
            for (Dependency d : ps.parents(n)) {
                if (d.governor() < 0 || d.governor() > n || !SUMMARIES.contains(d.relation())) continue;
                Token g = ps.token(d.governor());
                if (g.pos() != null && g.pos().startsWith("VB") && ps.commaBetween(d.governor(), n)
                        && ps.children(n, "det").stream().anyMatch(x -> x < n)) return d.governor();
            }
            return -1;
        }

        /**
         * The noun that carries an event noun into the clause: a quantity counting it ("a wave of strikes" →
         * wave), a frame it modifies ("a mediation effort" → effort); else the noun itself.
         */
        int quantityHead(int n) {
            for (Dependency d : ps.parents(n)) {
                if (d.governor() < 0) continue;
                String head = ps.token(d.governor()).lemma();
                if (d.relation().equals("nmod:of") && (QUANTITY_NOUNS.contains(head) || MOMENTS.contains(head) || spanned(d.governor()))
                        || d.relation().equals("compound") && (FRAME_NOUNS.contains(head) || QUANTITY_NOUNS.contains(head))) {
                    return d.governor();
                }
            }
            return n;
        }

        /**
         * True when a noun is a counted stretch of time the verb spans ("began a week of joint drills"), which counts
         * the act under it as a number does; not one the act came after ("after three weeks of talks") or a time
         * named ("the fourth week of protests").
         */
        boolean spanned(int n) {
            return DURATIONS.contains(ps.token(n).lemma()) && ps.parents(n).stream().anyMatch(p -> p.relation().equals("obl:tmod"))
                    && (!ps.children(n, "nummod").isEmpty() || ps.children(n, "det").stream().anyMatch(x -> ps.token(x).lemma().equals("a")));
        }

        /**
         * The sides an event noun is "between", also where the parser hung the phrase on the verb the noun is the
         * subject of ("clashes broke out between police and protesters"); a side named only by its role is of the
         * other's country ("fighting between the army and the Rapid Support Forces": SDNMIL and SDNREB).
         */
        List<Actor> between(int n) {
            List<Integer> phrases = new ArrayList<>(ps.children(n, "nmod:between"));
            for (Dependency d : ps.parents(n)) {
                if (d.governor() >= 0 && d.relation().equals("nsubj")) phrases.addAll(ps.children(d.governor(), "obl:between"));
            }
            List<Actor> named = sides.actorsOf(phrases);
            if (named.isEmpty()) return named;
            List<Integer> all = new ArrayList<>(phrases);
            for (int p : phrases) all.addAll(ps.children(p, "conj"));
            List<Actor> out = new ArrayList<>(named);
            out.addAll(sides.placed(all, n, named, role -> STATE_ROLES.contains(role) || DOMESTIC_ROLES.contains(role), false));
            return SideReader.dedupe(out);
        }

        List<Actor> nounTargets(int n, EventPattern sense) {
            int head = quantityHead(n);
            if (head != n) {
                List<Actor> own = nounTargets(head, sense); // "a wave of strikes against Iran"
                if (!own.isEmpty()) return own;
            }
            List<Actor> out = new ArrayList<>();
            for (String rel : NOUN_TARGET_RELATIONS) {
                if (rel.equals("nmod:on") && topicOn(sense)) continue;
                if (rel.equals("nmod:between")) {
                    out.addAll(between(n));
                    if (!out.isEmpty()) break;
                    continue;
                }
                for (Dependency d : ps.children(n)) {
                    if (!d.relation().equals(rel) || rel.equals("nmod:at") && venue(d.dependent(), sense)) continue;
                    List<Actor> a = sides.actorsOf(List.of(d.dependent()));
                    if (a.isEmpty() && !rel.equals("nmod:between")) a = sides.modifierActors(d.dependent(), sense);
                    out.addAll(a);
                }
                if (!out.isEmpty()) break;
            }
            if (out.isEmpty()) {
                // "sanctions targeting Russian banks", "strikes targeting Hamas leaders": whom its participle aims at;
                // "the sanctions imposed on India", "aid pledged to Ukraine": whom its passive participle names
                for (int c : ps.children(n, "acl")) {
                    if ("VBG".equals(ps.token(c).pos())) out.addAll(sides.actorsOf(ps.children(c, "obj")));
                    if ("VBN".equals(ps.token(c).pos())) out.addAll(sides.actorsOf(ps.children(c, "obl:on", "obl:against", "obl:to")));
                }
            }
            if (out.isEmpty() && PLACE_AIMED_ROOTS.contains(sense.code().substring(0, 2))) {
                // "carried out strikes on military targets in Iran": a hostile act falls on the place its targets
                // stand in, or the place the verb whose object it is names
                List<Integer> places = new ArrayList<>();
                for (int t : ps.children(n, "nmod:on", "nmod:against", "nmod:at")) places.addAll(ps.children(t, "nmod:in", "nmod:near"));
                for (Dependency d : ps.parents(n)) {
                    // (not where the verb names an aim of its own: "opened fire on protesters in Yangon")
                    if (d.governor() < 0 || !d.relation().equals("obj")
                            || !ps.children(d.governor(), "obl:on", "obl:at", "obl:against").isEmpty()) continue;
                    places.addAll(ps.children(d.governor(), "obl:in", "obl:near"));
                }
                for (int in : places) {
                    Actor at = sides.placeOf(in);
                    if (at != null) out.add(at);
                }
            }
            if (out.isEmpty()) {
                // "his wish for China to step up", "its demand that Israel ease": the clause's subject
                for (Dependency d : ps.children(n)) {
                    // a that-clause's or a "for X to" clause's subject; not a relative clause's ("drills that North
                    // Korea calls rehearsals")
                    if (!CLAUSE_TARGETS.contains(d.relation())) continue;
                    out.addAll(sides.actorsOf(ps.children(d.dependent(), "nsubj")));
                }
            }
            return SideReader.dedupe(out);
        }

        // ---- events

        /** Codes the act at {@code trigger} ({@link #code}) and notes where each candidate it gives was read. */
        void emit(int trigger, int governor, EventPattern sense, List<Actor> sources, List<Actor> targets) {
            code(trigger, governor, sense, sources, targets);
            while (readAt.size() < out.size()) readAt.add(new int[] {trigger, governor >= 0 ? governor : trigger});
        }

        void code(int trigger, int governor, EventPattern sense, List<Actor> sources, List<Actor> targets) {
            if (sources.isEmpty()) return;
            if (sense.code().startsWith("04")) {
                // a call to a radio station, an interview with a newspaper: the press is no party to talks
                targets = targets.stream().filter(t -> !"MED".equals(t.role())).toList();
            }
            for (Actor a : sources) {
                discourse.acted(a);
                discourse.sided(a);
            }
            for (Actor a : targets) discourse.sided(a);
            boolean reciprocal = reciprocal(governor >= 0 ? governor : trigger);
            if (reciprocal) targets = List.of(); // "accused each other": every side at every other
            // "Switzerland and the U.S. struck a deal lowering U.S. tariffs": a mutual act whose target is one of its
            // sides is between them all
            if (sense.has(Flag.SYM) && sources.size() > 1 && polities(sources).containsAll(polities(targets))) targets = List.of();
            int anchor = governor >= 0 ? governor : trigger;
            sources = anchored(sources, trigger, anchor);
            targets = anchored(targets, trigger, anchor);
            for (int at : new int[] {trigger, anchor}) {
                sourcesAt.put(at, sources);
                targetsAt.put(at, targets);
            }
            Modality modality = modalities.read(ps, trigger, anchor, sense, question, this::verbSense);
            // who says so: the speaker the attribution stage finds for the anchor's clause, as an actor
            int speaker = attributions.speaker(ps, anchor);
            Attribution attribution = speaker < 0 ? null : speaker(speaker);
            if (speaker >= 0) {
                // "agreed to a framework, Seoul's presidential office said", misparsed with the office under the
                // framework: whoever says so is not the party the act is aimed at
                int[] span = speakerSpan(speaker, attribution == null ? null : attribution.speaker());
                targets = targets.stream().filter(b -> b.start() < span[0] || b.end() > span[1]).toList();
            }
            if (modality == Modality.ASSERTED && attribution != null) modality = Modality.REPORTED;
            if (targets.isEmpty() && attribution != null && told(trigger, governor, sense)) targets = teller(attribution, sources);
            String cameo = modality == Modality.INTENDED ? modalities.intendedCode(ps, trigger, anchor, sense.code())
                    : sense.code();
            if (cameo.startsWith("13") && !sense.code().startsWith("13")) {
                // "would recognise a Palestinian state unless Israel agreed to a ceasefire": an act held over a side
                // until it complies threatens that side, not the one the act would fall on
                List<Actor> complier = conditioned(trigger, sources, UNLESS);
                if (!complier.isEmpty()) targets = complier;
            }
            String trig = triggerText(trigger, governor);
            if (targets.isEmpty()) {
                // "Russian and Ukrainian delegations held talks": a meeting or a deal of several sides is mutual
                boolean joint = JOINT_CODES.stream().anyMatch(sense.code()::startsWith);
                // "Washington and Beijing agreed to slash tariffs": what sides agree together they do to each other
                boolean agreed = ps.parents(trigger).stream().filter(d -> d.base().equals("xcomp") && d.governor() >= 0)
                        .map(d -> verbSense(d.governor())).anyMatch(g -> g != null && g.has(Flag.SYM));
                // "Ukraine and Hungary each expelled two diplomats": what each side did with none named, it did to the other
                boolean each = ps.hasChild(trigger, "advmod", "each") || ps.hasChild(anchor, "advmod", "each");
                if ((sense.has(Flag.SYM) || reciprocal || joint || agreed || each) && sources.size() >= 2) {
                    for (Actor a : sources) {
                        for (Actor b : sources) {
                            if (a != b && apart(a, b)) {
                                out.add(new Candidate(a, b, cameo, sense, trig, modality, attribution));
                            }
                        }
                    }
                } else if (!reciprocal && sense.has(Flag.HOME)) {
                    for (Actor a : sources) {
                        Actor b = home(a, trigger, anchor, sense);
                        // an act that needs a target and has no home to fall on ("a U.N. commission to investigate")
                        if (b != null || sense.has(Flag.MONO)) out.add(new Candidate(a, b, cameo, sense, trig, modality, attribution));
                    }
                } else if (!reciprocal && monadic(sense, trigger)) {
                    // no target named ("Shevardnadze resigned", "opposition supporters marched"): a monadic event;
                    // a response ("Xi agreed") gets its addressee from the discourse later
                    for (Actor a : sources) out.add(new Candidate(a, null, cameo, sense, trig, modality, attribution));
                } else if (!reciprocal && offer(cameo) && !"VBG".equals(ps.token(trigger).pos())) {
                    // "sent condolences to Tehran ..., and said Moscow would send rescue teams": help offered with
                    // no one named goes to whom the same side has just turned (not a gerund's: "support Pakistan in
                    // safeguarding its sovereignty"), else, for help sent, to the one other country the sentence has
                    // named ("a quake struck Myanmar, and China sent rescue teams"); arms sent with no one named are
                    // a deployment ("dispatched its own ships and jets to monitor the drills")
                    boolean sent = cameo.startsWith("07") && !cameo.startsWith("072")
                            && ps.children(trigger, "obj").stream().anyMatch(o -> !"WDT".equals(ps.token(o).pos()));
                    for (Actor a : sources) {
                        Actor b = turnedTo(a, trigger);
                        if (b == null && sent && a.country() != null) b = sides.onlyCountry(a.country(), trigger);
                        if (b != null) out.add(new Candidate(a, b, cameo, sense, trig, modality, attribution));
                    }
                }
                return;
            }
            for (Actor a : sources) {
                boolean aimed = false;
                Set<String> struck = new HashSet<>(); // "fired on crowds of demonstrators": one side, named twice
                for (Actor b : targets) {
                    if (a.code().equals(b.code()) || !struck.add(b.code())) continue;
                    // "the attempt by Chinese policymakers to engage Trump in talks", read as Beijing's talks with the
                    // Chinese: a state cooperates with another side, not with itself under another name
                    if (cameo.startsWith("04") && !apart(a, b)) continue;
                    out.add(new Candidate(a, b, cameo, sense, trig, modality, attribution));
                    // talks held with a side are its talks too (talks intended are the intent of whoever means to hold them)
                    boolean held = modality == Modality.ASSERTED || modality == Modality.REPORTED;
                    if (sense.has(Flag.MUTUAL) && held) out.add(new Candidate(b, a, cameo, sense, trig, modality, attribution));
                    aimed = true;
                }
                // "Bosnian Serbs completed their withdrawal from a Bosnian town": aimed only at itself, a one-sided
                // act is still an act
                if (!aimed && sense.oneSided()) {
                    Actor b = sense.has(Flag.HOME) ? home(a, trigger, anchor, sense) : null;
                    out.add(new Candidate(a, b, cameo, sense, trig, modality, attribution));
                }
            }
        }

        /**
         * The sides a call, a visit or a meeting reached, when the trigger is what it was for, by the same side:
         * "telephoned his Turkish counterpart to convey condolences" conveys them to the counterpart, "called Trump to
         * congratulate him" congratulates Trump. Empty when the trigger is no such purpose.
         */
        List<Actor> contacted(int trigger, List<Actor> sources) {
            int contact = contactFor(trigger);
            boolean same = contact >= 0 && polities(sourcesAt.getOrDefault(contact, List.of())).containsAll(polities(sources));
            return same ? targetsAt.getOrDefault(contact, List.of()) : List.of();
        }

        /**
         * The call, visit or meeting an infinitive with "to" is the purpose of ("phoned Lula to express support",
         * "called Trump to congratulate him"), or -1; not what talks were about ("discussed efforts to reach a
         * ceasefire").
         */
        int contactFor(int v) {
            if (!ps.hasChild(v, "mark", "to")) return -1;
            for (Dependency d : ps.parents(v)) {
                if (d.governor() < 0 || !d.base().equals("advcl") && !d.base().equals("xcomp")) continue;
                EventPattern contact = verbSense(d.governor());
                if (contact != null && contact.contact() && !lexicon.verbHas(ps.token(d.governor()).lemma(), Flag.ABOUT)) {
                    return d.governor();
                }
            }
            return -1;
        }

        /** Help given or offered (033, 07x), which goes to someone. */
        static boolean offer(String cameo) {
            return cameo.startsWith("033") || cameo.startsWith("07");
        }

        /**
         * The side that {@code a}'s country turned to earlier in the sentence in sympathy, a call, a visit or praise
         * (016, 04, 05), or null.
         */
        Actor turnedTo(Actor a, int trigger) {
            for (int i = Math.min(out.size(), readAt.size()) - 1; i >= 0; i--) {
                Candidate p = out.get(i);
                boolean turned = p.cameo().startsWith("016") || p.cameo().startsWith("04") || p.cameo().startsWith("05");
                if (readAt.get(i)[0] > trigger || p.target() == null || !turned) continue;
                if (p.source().polity().equals(a.polity()) && !p.target().polity().equals(a.polity())) return p.target();
            }
            return null;
        }

        /**
         * The side that tells of force used with no target named, where it is not the side that used it: "Thailand's
         * army said Cambodian troops opened fire overnight", "Kyiv said Russia launched 90 drones". Wire copy names the
         * victim of a border clash or a raid through whoever reports it; the act is aimed at the teller's country.
         */
        List<Actor> teller(Attribution attribution, List<Actor> sources) {
            Actor s = attribution.speaker();
            boolean state = s != null && (s.role() == null || STATE_ROLES.contains(s.role()));
            if (!state || s.country() == null || polities(sources).contains(s.country())) return List.of();
            return List.of(sides.country(s.country(), s.text(), s.start(), s.end()));
        }

        /** True when a verb of armed force heads the clause a speaker tells ({@link #teller}), not a phrase within it. */
        boolean told(int trigger, int governor, EventPattern sense) {
            if (!isForce(sense.code()) || sense.code().startsWith("17")) return false; // a blow (18-20), not coercion
            int v = governor >= 0 ? governor : trigger; // "launched its biggest air attack": the verb heads the clause
            if (!String.valueOf(ps.token(v).pos()).startsWith("VB")) return false;
            // "North Korea fired missiles off its east coast, Seoul's military said": a launch may be a test, not a blow
            if (ps.children(v, "obj").stream().anyMatch(o -> LAUNCHES.contains(ps.token(o).lemma()))) return false;
            return ps.parents(v).stream().allMatch(d -> d.governor() < 0 || TOLD.contains(d.base()));
        }

        /**
         * Sides that belong to no state ({@link KnowledgeBase#stateless}) as of the country where the act takes place,
         * or the story is filed from: "Kurdish militants detonated a bomb in Istanbul" → TURKUR.
         */
        List<Actor> anchored(List<Actor> actors, int trigger, int anchor) {
            if (actors.stream().noneMatch(a -> a.country() == null && kb.stateless(a.code()))) return actors;
            Actor place = sides.home(trigger, anchor, 2);
            if (place == null || place.country() == null) return actors;
            String iso = place.country();
            return actors.stream().map(a -> a.country() != null || !kb.stateless(a.code()) ? a
                    : new Actor(a.text(), a.name(), iso + a.code(), iso, a.code(), a.title(), a.start(), a.end())).toList();
        }

        /**
         * Whether two sides named together deal with each other: sides of two polities, or a state and a party,
         * dissenters or a people of its own ("Colombia's president and the FARC's leader signed an accord", "Sudan's army and
         * the Rapid Support Forces agreed to a truce"); not two agents of one state ("Xi and Li met").
         */
        boolean apart(Actor a, Actor b) {
            return !a.polity().equals(b.polity()) || !a.code().equals(b.code()) && (ownSide(a) || ownSide(b));
        }

        /** A party, dissenters, or a people anchored in the country ({@link #anchored}): a side apart from the state. */
        boolean ownSide(Actor a) {
            return standsApart(a) || kb.stateless(a.role());
        }

        /**
         * Where an act aimed at home falls: the country where it happens, else the actor's own. A domestic protest
         * is aimed at home even where the protesters are named only by their country ("Israelis rallied in Tel Aviv",
         * "young Algerians blocked roads": → own); so is a state of emergency a government declares. Help (07x) goes
         * to others, never to its giver's own: where no other country is named, to the country of the dateline.
         */
        Actor home(Actor a, int trigger, int anchor, EventPattern sense) {
            Actor place = sides.abroadAt(trigger, anchor);
            // "sent experts to Iraq to investigate", "arrived in South Sudan to join the peacekeeping mission": the
            // act is where they were sent or went
            for (Dependency d : ps.parents(trigger)) {
                boolean purpose = d.base().equals("xcomp") || d.relation().equals("advcl:to");
                String verb = d.governor() < 0 ? "" : ps.token(d.governor()).lemma();
                if (purpose && (SENDING.contains(verb) || MOVING.contains(verb))) anchor = d.governor();
            }
            if (place == null) place = sides.home(trigger, anchor, 2);
            if (offer(sense.code()) && (place == null || a.country() != null && a.country().equals(place.country()))) {
                // help goes to others: relief taken to villages no country names went where the story was filed
                // from ("TEGUCIGALPA - U.S. helicopters ferried food to remote villages"), else to no one known
                Actor filed = discourse.filedFrom().orElse(null);
                return filed != null && !filed.country().equals(a.country()) ? filed : null;
            }
            return place != null ? place : a.country() == null ? null : sides.country(a.country(), a.text(), a.start(), a.end());
        }

        /**
         * True when an event with no target named is still an event ({@link EventPattern#oneSided()}), except a
         * concession with an object ("released the prisoners"), whose party was lost; an act that needs a target
         * but lost it ("attacked the convoy") is not either.
         */
        boolean monadic(EventPattern sense, int trigger) {
            return sense.oneSided() && !(sense.code().startsWith("08") && !ps.children(trigger, "obj").isEmpty());
        }

        /** True when the verb's object is "each other" or "one another". */
        boolean reciprocal(int v) {
            boolean each = ps.children(v, "nsubj").stream().anyMatch(this::eachSide);
            for (int o : ps.children(v, "obj")) {
                // "each other", "one another", "each side accused the other"; not "pledged another $500 million"
                String before = o > 0 ? ps.token(o - 1).lemma() : "";
                if (RECIPROCALS.contains(ps.token(o).lemma())
                        && (before.equals("each") || before.equals("one") || each && before.equals("the"))) return true;
            }
            return false;
        }

        /** True for "each side", "each country": every side the clause above names, one at a time. */
        boolean eachSide(int n) {
            return SIDES.contains(ps.token(n).lemma())
                    && ps.children(n, "det").stream().anyMatch(d -> ps.token(d).lemma().equals("each"));
        }

        /** True when a verb's object is its topic ("discussed the war"), by the lexicon's "about" flag. */
        boolean about(int v) {
            EventPattern s = verbSense(v);
            return s != null && s.has(Flag.ABOUT);
        }

        String triggerText(int trigger, int governor) {
            if (governor < 0) return ps.token(trigger).word();
            Token g = ps.token(governor);
            Token t = ps.token(trigger);
            return text.substring(Math.min(g.start(), t.start()), Math.max(g.end(), t.end()));
        }

        Attribution speaker(int t) {
            List<Actor> as = sides.actorsAt(t);
            Actor a = as.isEmpty() ? null : as.get(0);
            int[] span = speakerSpan(t, a);
            return new Attribution(a, text.substring(span[0], span[1]));
        }

        /** The characters of a speaker's phrase: the word, its compounds, modifiers and owner, and its actor. */
        int[] speakerSpan(int t, Actor a) {
            int start = ps.token(t).start();
            int end = ps.token(t).end();
            for (Dependency d : ps.children(t)) {
                String r = d.relation();
                if (r.equals("compound") || r.equals("flat") || r.equals("amod") || r.equals("nmod:poss") || r.equals("det")) {
                    start = Math.min(start, ps.token(d.dependent()).start());
                    end = Math.max(end, ps.token(d.dependent()).end());
                }
            }
            if (a != null) {
                start = Math.min(start, a.start());
                end = Math.max(end, a.end());
            }
            return new int[] {start, end};
        }
    }

}
