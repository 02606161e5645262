package readout.core.extract;

import readout.core.extract.EventPattern.Flag;
import readout.core.model.Modality;
import readout.core.nlp.Dependency;
import readout.core.nlp.ParsedSentence;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Stage 5, modality: how a sentence presents an event read at a trigger. Negated ("did not meet", "failed
 * to", "omit"), hypothetical ("if", "could", a question, an allegation or a request), intended ("will", "plans to", "agreed to", "said it
 * would"), else asserted; the attribution stage turns asserted into reported. Reads the clause of the event
 * and the clauses that govern it; knows words only through the patterns' flags ({@code neg}, {@code negate},
 * {@code intent}, {@code speech}, {@code irreal}).
 */
final class ModalityReader {
    /** Prepositions that set an event noun after the clause it is named in ("ahead of the summit"). */
    /** Markers of a clause beside another, not its content: "accused Manila, while Manila blamed Beijing". */
    private static final Set<String> ASIDES = Set.of("while", "whereas", "after", "before", "when", "as", "although", "though");
    private static final Set<String> UPCOMING = Set.of("before", "ahead_of", "in_advance_of");
    /** Modifiers of an event noun that put it ahead ("upcoming talks", "a planned visit"). */
    private static final Set<String> COMING = Set.of("upcoming", "planned", "forthcoming", "scheduled", "proposed",
            "expected", "impending", "future", "prospective");
    /** Verbs by which an event named as a subject is weighed "as" something ("is seen as key"). */
    private static final Set<String> JUDGED = Set.of("see", "view", "regard", "consider", "deem");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> CONDITIONAL = Set.of("would", "could", "might", "may", "should", "must");
    /**
     * Modals of possibility: "Pyongyang may be preparing to ..." and "the Security Council could impose sanctions" are
     * guesses, even when someone says them.
     */
    private static final Set<String> EPISTEMIC = Set.of("may", "might", "could");
    /** Modifiers that make an event noun a possibility, not an event: "a possible Chinese attack on Taiwan". */
    private static final Set<String> SPECULATIVE = Set.of("possible", "potential", "hypothetical", "feared", "alleged",
            "rumoured", "rumored", "imagined", "eventual");
    /** Adjectives that weigh an infinitive's chances: "Beijing is unlikely to retaliate" is a forecast. */
    private static final Set<String> LIKELIHOOD = Set.of("likely", "unlikely");

    /** CAMEO roots of hostile acts, whose intention is a threat (root 13). */
    private static final Set<String> HOSTILE = Set.of("14", "15", "16", "17", "18", "19", "20");

    private final Lexicon lexicon;

    ModalityReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The modality of an event whose trigger (a verb, or an event noun) is at {@code trigger} and whose clause
     * is anchored at {@code anchor} (the light verb of "held talks", else the trigger). {@code senseAt} gives the
     * row a verb above was read with, or null.
     */
    Modality read(ParsedSentence ps, int trigger, int anchor, EventPattern sense, boolean question,
                  IntFunction<EventPattern> senseAt) {
        if (sense.has(Flag.NEG) || negated(ps, trigger) || negated(ps, anchor)) return Modality.NEGATED;
        for (int s : ps.children(anchor, "nsubj")) {
            if (ps.hasChild(s, "det", "no")) return Modality.NEGATED; // "no Russian drones struck the capital"
        }
        for (int o : ps.children(trigger, "obj")) {
            if (ps.hasChild(o, "det", "no")) return Modality.NEGATED; // "expressed no view", "gave no help"
        }
        // "ended their summit without a deal"
        if (ps.parents(trigger).stream().anyMatch(d -> d.specifier().equals("without"))) return Modality.NEGATED;
        // "cancelled a planned strike on Iran": an act named as what is cancelled did not happen; "feared further
        // attacks": one named as what is feared (or asked for) is only a possibility
        if (anchor != trigger && ps.children(anchor, "obj").contains(trigger)) {
            String verb = ps.token(anchor).lemma();
            if (lexicon.verbAlways(verb, Flag.NEGATE)) return Modality.NEGATED;
            if (lexicon.verbAlways(verb, Flag.IRREAL)) return Modality.HYPOTHETICAL;
        }
        boolean hypothetical = question || habitual(ps, anchor);
        for (int m : ps.children(trigger, "amod")) {
            if (SPECULATIVE.contains(ps.token(m).lemma())) hypothetical = true;
        }
        boolean intended = false;
        if (String.valueOf(ps.token(trigger).pos()).startsWith("NN")) {
            // "briefed him on his upcoming talks with Trump", "the planned summit": an event still to come
            // ("planned", a participle, has the lemma "plan": the word is looked up too)
            for (int m : ps.children(trigger, "amod")) {
                if (COMING.contains(ps.token(m).lemma()) || COMING.contains(ps.token(m).word().toLowerCase(Locale.ROOT))) {
                    intended = true;
                }
            }
            // "days before Lee's summit with Trump", "ahead of talks with Beijing": an occasion still to come
            // also through a span of time ("two days before the summit", parsed with the summit under "days")
            int t = trigger;
            for (int step = 0; step < 2 && t >= 0; step++) {
                int up = -1;
                for (Dependency d : ps.parents(t)) {
                    if (UPCOMING.contains(d.specifier())) intended = true;
                    else if (d.governor() >= 0 && (d.base().equals("dep") || d.relation().equals("nmod:of"))) up = d.governor();
                }
                t = up;
            }
        }
        boolean underSpeech = false;
        boolean sameClause = true; // auxiliaries count in the event's own clause and its coordinated heads
        boolean guessed = false; // "may", "might" below any verb of saying
        boolean conditional = false; // "if", "unless", "whether": a condition, said or not, is no intention
        int x = anchor;
        if (ps.token(anchor).pos() != null && ps.token(anchor).pos().startsWith("NN")) {
            // "a blockade of Taiwan would devastate ...": a nominal event takes its clause's modality, and is
            // a prediction, not anyone's stated intention, even when someone says it ("said an invasion could begin")
            for (Dependency d : ps.parents(anchor)) {
                if (d.governor() >= 0 && d.base().equals("nsubj")) x = d.governor();
            }
        }
        boolean nominal = x != anchor;
        // "a conversation between Xi and Trump is seen as key to an easing": an event judged "as" something is weighed,
        // not reported
        if (nominal && JUDGED.contains(ps.token(x).lemma()) && ps.children(x, "obl:as", "advcl", "xcomp").stream()
                .anyMatch(c -> ps.hasChild(c, "case", "as") || ps.hasChild(c, "mark", "as"))) {
            return Modality.HYPOTHETICAL;
        }
        for (Dependency d : ps.parents(anchor)) {
            // "no plans for a meeting", "a plan for talks": an event noun held by a noun of intent
            boolean byNoun = d.governor() >= 0 && String.valueOf(ps.token(d.governor()).pos()).startsWith("NN");
            boolean clause = d.base().equals("acl") && !d.relation().equals("acl:relcl"); // "a plan to disarm"
            if (!byNoun || !d.base().equals("nmod") && !clause) continue; // "interest in meeting"
            if (negated(ps, d.governor())) return Modality.NEGATED;
            if (takesIntent(ps.token(d.governor()).lemma())) intended = true;
        }
        for (Dependency d : ps.parents(trigger)) {
            // "agreed to a ceasefire": an event noun a verb of intent governs with "to"
            boolean byVerb = d.governor() >= 0 && String.valueOf(ps.token(d.governor()).pos()).startsWith("VB");
            if (byVerb && "to".equals(d.specifier()) && d.base().equals("obl") && takesIntent(ps.token(d.governor()).lemma())) {
                intended = true;
            }
        }
        // a clause set beside another by "while", "after" ... is an act of its own, wherever the parse hangs it
        // ("accused Russia of sending arms to bolster the rebels while Moscow accused Kiev of ...")
        boolean beside = false;
        boolean done = false;
        Set<Integer> seen = new HashSet<>();
        while (x >= 0 && seen.add(x)) {
            for (int a : ps.children(x, "aux")) {
                String w = ps.token(a).word().toLowerCase(Locale.ROOT);
                if (FUTURE.contains(ps.token(a).lemma()) || FUTURE.contains(w)) intended = true;
                if (CONDITIONAL.contains(w) && sameClause) hypothetical = true;
                if (EPISTEMIC.contains(w) && !underSpeech) guessed = true;
            }
            for (int mk : ps.children(x, "mark")) {
                String l = ps.token(mk).lemma();
                if (l.equals("if") || l.equals("unless") || l.equals("whether")) conditional = true;
            }
            if (claimed(ps, x)) hypothetical = true;
            int parent = -1;
            for (Dependency d : ps.parents(x)) {
                if (d.governor() < 0) continue;
                String b = d.base();
                if (!(b.equals("xcomp") || b.equals("ccomp") || b.equals("advcl") || b.equals("conj")
                        || b.equals("parataxis"))) {
                    continue;
                }
                parent = d.governor();
                String lemma = ps.token(parent).lemma();
                if (b.equals("xcomp") && LIKELIHOOD.contains(lemma)) guessed = true; // a forecast, whoever makes it
                if (b.equals("xcomp") || b.equals("conj")) {
                    // "vowed to retaliate and punish": the coordinated infinitive is intended too; "vowed to
                    // retaliate and said it had shot down five jets": a verb in the past is an act of its own
                    String pos = String.valueOf(ps.token(x).pos());
                    boolean finite = b.equals("conj") && (pos.equals("VBD") || pos.equals("VBZ"));
                    // "did not confirm any casualties, but accused India": a verb in the past, or one set against
                    // the first by "but", is not under its negation ("did not meet or talk" is)
                    boolean contrast = finite || b.equals("conj") && ps.hasChild(x, "cc", "but");
                    boolean negating = negated(ps, parent) || b.equals("xcomp") && lexicon.verbHas(lemma, Flag.NEGATE);
                    if (negating && !contrast) return Modality.NEGATED;
                    if (takesIntent(lemma) && !finite && !done) intended = true;
                    // "drew up a plan to disarm Hezbollah", parsed with the infinitive on the verb: the plan's
                    for (int o : b.equals("xcomp") ? ps.children(parent, "obj") : List.<Integer>of()) {
                        if (o < x && takesIntent(ps.token(o).lemma())) intended = true;
                        // "gave no commitment to supply missiles", parsed the same way: a pledge not made
                        if (o < x && ps.hasChild(o, "det", "no")) return Modality.NEGATED;
                    }
                }
                // "accused X of arming Y" (the content of an accusation); "urged X ... and warned Y", "accused X ...,
                // while Y blamed Z" are acts of their own
                // (so is a participle set off by a comma: "urged X to stop ..., warning that Manila would pay")
                boolean set = b.equals("advcl") && "VBG".equals(ps.token(x).pos()) && x > 0
                        && ps.token(x - 1).word().equals(",") && ps.children(x, "mark").isEmpty();
                // "..., while Y blamed Z"; "when" is parsed as an adverb of the clause ("agreed to ... when Takaichi met Xi")
                boolean marked = b.equals("advcl") && (ASIDES.contains(d.specifier()) || ps.hasChild(x, "advmod", "when"));
                boolean aside = b.equals("conj") || marked || set;
                // what an act says of its object follows it; a clause before it is the news it answers ("accused
                // Pakistan of ..., a charge Islamabad denied")
                // (not a call that was a phone call: "called Trump to congratulate him" congratulates him)
                EventPattern above = senseAt.apply(parent);
                boolean contact = above != null && above.contact();
                if (!aside && !beside && !contact && x > parent && lexicon.verbHas(lemma, Flag.IRREAL)) {
                    return Modality.HYPOTHETICAL;
                }
                beside |= marked;
                // "vowed to fight to the end after Washington raised tariffs": what a clause set beside says was done
                // is done, whatever the verb above intends
                done |= marked && "VBD".equals(ps.token(x).pos());
                // "a report that Russia had supplied ...": a noun of saying holds a claim, not a speaker's words
                boolean verb = String.valueOf(ps.token(parent).pos()).startsWith("VB");
                if (verb && lexicon.verbHas(lemma, Flag.SPEECH)) underSpeech = true;
                sameClause = sameClause && b.equals("conj");
                break;
            }
            x = parent;
        }
        if (guessed || conditional || hypothetical && nominal) return Modality.HYPOTHETICAL;
        if (hypothetical && !(underSpeech && !question)) return Modality.HYPOTHETICAL;
        if (hypothetical) intended = true; // "said it would ..." reports an intention
        return intended ? Modality.INTENDED : Modality.ASSERTED;
    }

    /**
     * True when a "that" clause is the content of a noun: "allegations that soldiers killed civilians", "an
     * admission that its forces murdered the officers". What a claim, a report or a demand holds is not an event
     * the text asserts.
     */
    private static boolean claimed(ParsedSentence ps, int x) {
        // (the parser may hang "that" on the clause as a loose dependent: "Reports that Pakistan had shot down ..."; a
        // relative clause so parsed hangs loose too, "a show of force that Kyiv called a provocation", not as a complement)
        boolean marked = ps.hasChild(x, "mark", "that");
        if (!marked && !ps.hasChild(x, "dep", "that")) return false;
        Set<String> holds = marked ? Set.of("ccomp", "acl", "dep") : Set.of("ccomp");
        for (Dependency d : ps.parents(x)) {
            String pos = d.governor() < 0 ? null : ps.token(d.governor()).pos();
            if (pos != null && pos.startsWith("NN") && holds.contains(d.base())) return true;
        }
        return false;
    }

    /**
     * True when a relative clause in the simple present says what someone habitually does ("militants who use
     * Afghan soil to attack Pakistani forces"): a description, not an event of the report. The clause's verb is
     * found up the chain of infinitives and coordinated verbs.
     */
    private static boolean habitual(ParsedSentence ps, int v) {
        for (int depth = 0; depth < 3 && v >= 0; depth++) {
            int up = -1;
            String pos = String.valueOf(ps.token(v).pos());
            for (Dependency d : ps.parents(v)) {
                if (d.governor() < 0) continue;
                if (d.relation().equals("acl:relcl")) {
                    return (pos.equals("VBP") || pos.equals("VBZ")) && ps.children(v, "aux").isEmpty();
                }
                if (d.base().equals("xcomp") || d.base().equals("conj") || d.base().equals("advcl")) up = d.governor();
            }
            v = up;
        }
        return false;
    }

    private static boolean negated(ParsedSentence ps, int t) {
        for (Dependency d : ps.children(t)) {
            String l = ps.token(d.dependent()).lemma();
            if ((d.relation().equals("advmod") || d.relation().equals("det") || d.relation().equals("neg"))
                    && NEGATORS.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs and adjectives whose infinitive complement is an intended event: "plan to", "ready to", "agree to". */
    boolean takesIntent(String lemma) {
        return lexicon.verbHas(lemma, Flag.INTENT) || lexicon.nounHas(lemma, Flag.INTENT);
    }

    /**
     * The CAMEO code of an event the text presents as intended. A cooperative act becomes its expression of
     * intent: to meet (036), cooperate (030/031), aid (033), yield (035). A hostile act becomes a threat of it
     * ("said it would boycott the talks": 1312; "vowed to fight on": 1384), unless a verb flagged
     * {@code decide} governs it ("agreed to impose sanctions" is a decision to sanction, 166). Any act made
     * conditional on "unless" is a threat ("will withdraw its troops unless ...": 130 or the threat of that act).
     */
    String intendedCode(ParsedSentence ps, int trigger, int anchor, String code) {
        boolean ultimatum = unless(ps, trigger) || unless(ps, anchor);
        if (ultimatum || (HOSTILE.contains(code.substring(0, 2)) && !decided(ps, trigger))) {
            String threat = threatCode(code);
            return threat.equals(code) && ultimatum && !code.startsWith("13") ? "130" : threat;
        }
        if (code.equals("045")) return "039"; // an offer to mediate
        return switch (code.substring(0, 2)) {
            case "04" -> "036";
            case "05" -> "030";
            case "06" -> "031";
            case "07" -> "033";
            case "08" -> "035";
            default -> code;
        };
    }

    /** The threat of a hostile act, in CAMEO's root 13; other codes are returned as they are. */
    static String threatCode(String code) {
        return switch (code.length() > 3 ? code.substring(0, 4) : code) {
            case "161" -> "1313";
            case "162", "1621", "1622", "1623" -> "1311";
            case "163" -> "134";
            case "164", "1641", "1642", "1643" -> "136";
            case "165" -> "135";
            case "166" -> "1312";
            case "1721" -> "1321";
            case "1722" -> "1322";
            case "1723" -> "1323";
            case "1724" -> "1324";
            case "191" -> "1381";
            case "192" -> "1382";
            case "204", "2041", "2042" -> "1385";
            default -> switch (code.substring(0, 2)) {
                case "14" -> "133";
                case "15", "20" -> "138";
                case "16" -> "131";
                case "17" -> code.startsWith("172") ? "132" : "137";
                case "18" -> "1383";
                case "19" -> "1384";
                default -> code;
            };
        };
    }

    /** True when a clause made conditional by "unless" hangs from the verb. */
    private static boolean unless(ParsedSentence ps, int v) {
        for (int c : ps.children(v, "advcl")) {
            for (int mk : ps.children(c, "mark")) if (ps.token(mk).lemma().equals("unless")) return true;
        }
        return false;
    }

    /** True when a verb flagged {@code decide} ("agree", "decide", "try") governs the trigger's infinitive or its "to" noun. */
    private boolean decided(ParsedSentence ps, int trigger) {
        Set<Integer> seen = new HashSet<>();
        int x = trigger;
        while (x >= 0 && seen.add(x)) {
            int parent = -1;
            for (Dependency d : ps.parents(x)) {
                // "agreed to impose sanctions", "agreed to new sanctions"
                boolean to = d.base().equals("obl") && "to".equals(d.specifier());
                if (d.governor() >= 0 && (d.base().equals("xcomp") || d.base().equals("conj") || to)) parent = d.governor();
            }
            if (parent >= 0 && lexicon.verbHas(ps.token(parent).lemma(), Flag.DECIDE)) return true;
            x = parent;
        }
        return false;
    }
}
