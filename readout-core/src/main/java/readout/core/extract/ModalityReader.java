package readout.core.extract;

import readout.core.extract.EventPattern.Flag;
import readout.core.model.Modality;
import readout.core.nlp.Dependency;
import readout.core.nlp.ParsedSentence;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Stage 5, modality: how a sentence presents an event read at a trigger. Negated ("did not meet", "failed
 * to", "omit"), hypothetical ("if", "could", a question), intended ("will", "plans to", "agreed to", "said it
 * would"), else asserted; the attribution stage turns asserted into reported. Reads the clause of the event
 * and the clauses that govern it; knows words only through the patterns' flags ({@code neg}, {@code negate},
 * {@code intent}, {@code speech}).
 */
final class ModalityReader {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> CONDITIONAL = Set.of("would", "could", "might", "may", "should");
    /** Modifiers that make an event noun a possibility, not an event: "a possible Chinese attack on Taiwan". */
    private static final Set<String> SPECULATIVE = Set.of("possible", "potential", "hypothetical", "feared", "alleged",
            "rumoured", "rumored", "imagined", "eventual");

    private final Lexicon lexicon;

    ModalityReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The modality of an event whose trigger (a verb, or an event noun) is at {@code trigger} and whose clause
     * is anchored at {@code anchor} (the light verb of "held talks", else the trigger).
     */
    Modality read(ParsedSentence ps, int trigger, int anchor, EventPattern sense, boolean question) {
        if (sense.has(Flag.NEG) || negated(ps, trigger) || negated(ps, anchor)) return Modality.NEGATED;
        boolean hypothetical = question;
        for (int m : ps.children(trigger, "amod")) {
            if (SPECULATIVE.contains(ps.token(m).lemma())) hypothetical = true;
        }
        boolean intended = false;
        boolean underSpeech = false;
        boolean sameClause = true; // auxiliaries count in the event's own clause and its coordinated heads
        int x = anchor;
        if (ps.token(anchor).pos() != null && ps.token(anchor).pos().startsWith("NN")) {
            // "a blockade of Taiwan would devastate ...": a nominal event takes its clause's modality
            for (Dependency d : ps.parents(anchor)) {
                if (d.governor() >= 0 && d.base().equals("nsubj")) x = d.governor();
            }
        }
        Set<Integer> seen = new HashSet<>();
        while (x >= 0 && seen.add(x)) {
            for (int a : ps.children(x, "aux")) {
                String w = ps.token(a).word().toLowerCase(Locale.ROOT);
                if (FUTURE.contains(ps.token(a).lemma()) || FUTURE.contains(w)) intended = true;
                if (CONDITIONAL.contains(w) && sameClause) hypothetical = true;
            }
            for (int mk : ps.children(x, "mark")) {
                String l = ps.token(mk).lemma();
                if (l.equals("if") || l.equals("unless") || l.equals("whether")) hypothetical = true;
            }
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
                if (b.equals("xcomp") || b.equals("conj")) {
                    if (negated(ps, parent)) return Modality.NEGATED;
                    if (lexicon.verbHas(lemma, Flag.NEGATE)) return Modality.NEGATED;
                    if (takesIntent(lemma)) intended = true;
                }
                if (lexicon.verbHas(lemma, Flag.SPEECH)) underSpeech = true;
                sameClause = sameClause && b.equals("conj");
                break;
            }
            x = parent;
        }
        if (hypothetical && !(underSpeech && !question)) return Modality.HYPOTHETICAL;
        if (hypothetical) intended = true; // "said it would ..." reports an intention
        return intended ? Modality.INTENDED : Modality.ASSERTED;
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
        return lexicon.verbHas(lemma, Flag.INTENT);
    }

    /** The CAMEO code for an intended event: to meet (036), cooperate (030/031), aid (033), yield (035). */
    static String intentCode(String code) {
        return switch (code.substring(0, 2)) {
            case "04" -> "036";
            case "05" -> "030";
            case "06" -> "031";
            case "07" -> "033";
            case "08" -> "035";
            default -> code;
        };
    }
}
