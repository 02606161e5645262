package readout.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Mends the dependency parser's usual misreadings of news copy, one method per misreading, each documented with
 * the sentence that shows it and tested on that misparse ({@code ParseRepairTest}). Every repair changes only the
 * relations it names and leaves a parse it does not recognise as it is; they run in a fixed order over basic
 * dependencies, before prepositions are folded into relation names.
 */
final class ParseRepairs {
    private ParseRepairs() {
    }

    /** Applies every repair, in order. */
    static List<Dependency> apply(List<Dependency> basic, List<Token> tokens) {
        List<Dependency> repaired = repairPrepositionHeads(repairDeterminerHeads(basic, tokens), tokens);
        repaired = repairSubjectParticiples(repaired, tokens);
        repaired = repairTimeObjects(repairTimeSubjects(repairTimeParticles(repaired, tokens), tokens), tokens);
        repaired = repairLists(repairTrailingAttributions(repairSpeechSubjects(repaired, tokens), tokens), tokens);
        repaired = repairSpeechObjects(repairReducedRelatives(repairBelievedToBe(repaired, tokens), tokens), tokens);
        repaired = repairNamedRelatives(repairFreeRelatives(repairSecondObjects(repaired, tokens), tokens), tokens);
        repaired = repairTimeClauses(repairCountedPhrases(repairMeasurePhrases(repaired, tokens), tokens), tokens);
        repaired = repairNounInfinitives(repairWithInfinitives(repaired, tokens), tokens);
        repaired = repairSmallClauses(repairLooseVerbs(repaired, tokens), tokens);
        repaired = repairBaseConjuncts(repairVerblessRoots(repaired, tokens), tokens);
        repaired = repairInfinitiveAdjuncts(repairFiniteConjuncts(repaired, tokens), tokens);
        repaired = repairPrepositionalGerunds(repairAdjectivalPassives(repaired, tokens), tokens);
        repaired = repairNamedExercises(repairParticipleAdjectives(repaired, tokens), tokens);
        repaired = repairSayingParticiples(repairAdjectiveRoots(repaired, tokens), tokens);
        repaired = repairRelativeHeads(repaired, tokens);
        repaired = repairAttributiveParticiples(repairAspectGerunds(repairSharedPassiveSubjects(repaired, tokens), tokens), tokens);
        repaired = repairSharedObjects(repaired, tokens);
        repaired = repairSharedHeads(repairSharedNames(repairWhetherInfinitives(repaired, tokens), tokens), tokens);
        repaired = repairCoordinatedCompounds(repaired, tokens);
        repaired = repairCommaParticiples(repairResultAdjectives(repaired, tokens), tokens);
        repaired = repairOccasionClauses(repairWithAdjectives(repaired, tokens), tokens);
        repaired = repairTimeCompounds(repairFrontedSubjects(repaired, tokens), tokens);
        repaired = repairAbsolutes(repaired, tokens);
        repaired = repairGerundObliques(repairShiftedObjects(repairConjunctSubjects(repaired, tokens), tokens), tokens);
        return repairPairSubjects(repairCalledAdjectives(repairCausatives(repaired, tokens), tokens), tokens);
    }

    /**
     * Repairs ", and India retaliated by expelling six diplomats" parsed with the name a conjunct of the noun before the
     * comma and the verb after it a loose dependent with no subject: a name after ", and" or ", but", right before a
     * verb in the past that has no subject, is that verb's subject, and the verb a conjunct of the clause above.
     */
    static List<Dependency> repairConjunctSubjects(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency c : deps) {
            int n = c.dependent();
            int v = n + 1;
            if (!c.relation().equals("conj") || n < 2 || v >= tokens.size() || !tagged(tokens, n, "NNP")
                    || !tagged(tokens, v, "VBD") || has(deps, v, "nsubj") || has(deps, v, "nsubj:pass")) continue;
            String and = tokens.get(n - 1).word().toLowerCase(Locale.ROOT);
            if (!(and.equals("and") || and.equals("but")) || !tokens.get(n - 2).word().equals(",")) continue;
            Dependency up = head(deps, v);
            if (up == null || up.governor() < 0 || !LOOSE_LINKS.contains(up.relation()) || !tagged(tokens, up.governor(), "VB")) continue;
            out.remove(c);
            out.remove(up);
            out.add(new Dependency(v, n, "nsubj"));
            out.add(new Dependency(up.governor(), v, "conj"));
            rehang(deps, out, n, "cc", v, "cc");
        }
        return out;
    }

    /**
     * Repairs an object set after an "as" phrase: "dismissed as a preposterous lie a U.S. determination that ...",
     * "rejected as baseless reports that ...", parsed with the object a loose dependent of the "as" noun. A noun phrase
     * that follows the "as" noun of a verb with no object of its own is that verb's object.
     */
    static List<Dependency> repairShiftedObjects(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency as : deps) {
            int v = as.governor();
            int x = as.dependent();
            if (!as.relation().equals("obl") || v < 0 || v > x || !tagged(tokens, v, "VB") || has(deps, v, "obj")) continue;
            boolean asPhrase = children(deps, x, "case").stream().anyMatch(c -> tokens.get(c).word().equalsIgnoreCase("as"));
            if (!asPhrase) continue;
            for (int o : children(deps, x, "dep")) {
                if (o < x || !tagged(tokens, o, "NN")) continue;
                out.remove(new Dependency(x, o, "dep"));
                out.add(new Dependency(v, o, "obj"));
                break;
            }
        }
        return out;
    }

    /** Prepositions of a means or a time, which may open a gerund clause ("by ordering", "after meeting"). */
    private static final Set<String> MEANS_AND_TIMES = Set.of("by", "after", "before", "while", "since", "without");

    /**
     * Repairs a gerund clause read as a noun phrase: "retaliated by ordering an Indian embassy official to leave",
     * parsed with "ordering" the oblique of "retaliated" and "by" its case. A gerund after a preposition of means or
     * time that has an object or a complement of its own is the verb of an adverbial clause the preposition marks.
     */
    static List<Dependency> repairGerundObliques(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency obl : deps) {
            int g = obl.dependent();
            if (!obl.relation().equals("obl") || obl.governor() < 0 || !tagged(tokens, g, "VBG")) continue;
            if (!has(deps, g, "obj") && !has(deps, g, "xcomp") && !has(deps, g, "ccomp")) continue;
            List<Integer> cases = children(deps, g, "case");
            // (a reason or a charge keeps its phrase: "praised Macedonia for sheltering", "accused Rwanda of waging")
            if (cases.size() != 1 || !MEANS_AND_TIMES.contains(tokens.get(cases.get(0)).word().toLowerCase(Locale.ROOT))) continue;
            out.remove(obl);
            out.add(new Dependency(obl.governor(), g, "advcl"));
            for (int c : cases) {
                out.remove(new Dependency(g, c, "case"));
                out.add(new Dependency(g, c, "mark"));
            }
        }
        return out;
    }

    /** Relations by which the parser hangs a clause it could not place. */
    private static final Set<String> LOOSE_LINKS = Set.of("dep", "parataxis");

    /**
     * Repairs "signed the accords, with Trump presiding" and "met Ishiba, with Trump looking on", parsed with Trump a
     * "with" phrase of the verb (a partner) and the participle his adjective: "with", a noun and a participle after
     * it make a clause of their own on the verb, the noun its subject.
     */
    static List<Dependency> repairAbsolutes(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = null;
        for (Dependency with : deps) {
            int v = with.governor(), n = with.dependent();
            if (!with.relation().equals("obl") || v < 0 || !String.valueOf(tokens.get(v).pos()).startsWith("VB")) continue;
            Dependency participle = deps.stream().filter(d -> d.governor() == n && d.dependent() == n + 1
                    && (d.relation().equals("acl") || d.relation().equals("amod")) && tagged(tokens, n + 1, "VBG"))
                    .findFirst().orElse(null);
            Dependency mark = deps.stream().filter(d -> d.governor() == n && d.relation().equals("case")
                    && tokens.get(d.dependent()).word().equalsIgnoreCase("with")).findFirst().orElse(null);
            if (participle == null || mark == null) continue;
            if (out == null) out = new ArrayList<>(deps);
            int p = participle.dependent();
            out.removeAll(List.of(with, participle, mark));
            out.add(new Dependency(v, p, "advcl"));
            out.add(new Dependency(p, n, "nsubj"));
            out.add(new Dependency(p, mark.dependent(), "mark"));
        }
        return out == null ? deps : out;
    }

    /**
     * Repairs "In a phone call with his Chinese counterpart, South Korea's foreign minister urged Beijing to ...",
     * parsed with the minister in apposition to the counterpart and the verb left with no subject. A verb in a tense
     * with no subject, right after a noun in apposition to a phrase that opens the sentence before a comma, has that
     * noun for its subject.
     */
    static List<Dependency> repairFrontedSubjects(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency appos : deps) {
            int noun = appos.dependent(), verb = noun + 1;
            if (!appos.relation().equals("appos") || appos.governor() < 0 || appos.governor() > noun
                    || verb >= tokens.size() || !FINITE.contains(String.valueOf(tokens.get(verb).pos()))
                    || has(deps, verb, "nsubj") || has(deps, verb, "nsubj:pass") || noun < 2
                    || !tokens.get(firstOf(deps, noun) - 1).word().equals(",")) {
                continue;
            }
            // the phrase the noun stands in apposition to hangs, through its own heads, on the verb
            int x = appos.governor(), depth = 0;
            while (x >= 0 && x != verb && depth++ < 4) {
                Dependency up = head(deps, x);
                x = up == null ? -1 : up.governor();
            }
            if (x != verb) continue;
            out.remove(appos);
            out.add(new Dependency(verb, noun, "nsubj"));
        }
        return out;
    }

    /** Nouns of a span of time that, before "after" or "before", say when an act came ("days after the clash"). */
    private static final Set<String> SPANS = Set.of("minute", "hour", "day", "week", "month", "year");
    private static final Set<String> SEQUENCE = Set.of("after", "before");

    /**
     * Repairs "paused military aid to Ukraine days after the clash" parsed with "Ukraine days" one noun phrase (the
     * name a compound of "days"), so that the aid goes to no one. A span of time right after a name and before
     * "after" or "before" says when the act came: the name heads the phrase, and the span hangs on its verb.
     */
    static List<Dependency> repairTimeCompounds(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency compound : deps) {
            int name = compound.dependent(), span = compound.governor();
            if (!compound.relation().equals("compound") || span != name + 1 || !tagged(tokens, name, "NNP")
                    || !SPANS.contains(tokens.get(span).lemma()) || span + 1 >= tokens.size()
                    || !SEQUENCE.contains(tokens.get(span + 1).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Dependency up = head(deps, span);
            if (up == null || up.governor() < 0) continue;
            out.remove(compound);
            out.remove(up);
            out.add(new Dependency(up.governor(), name, up.relation()));
            out.add(new Dependency(up.governor(), span, "obl:tmod"));
            for (Dependency d : deps) {
                if (d.governor() == span && d.dependent() < name && !d.relation().equals("punct")) {
                    out.remove(d); // "to", "the": the name's now
                    out.add(new Dependency(name, d.dependent(), d.relation()));
                }
            }
        }
        return out;
    }

    /** The first token of the phrase headed by {@code head}: its leftmost dependent, down the tree. */
    private static int firstOf(List<Dependency> deps, int head) {
        int first = head;
        for (Dependency d : deps) {
            if (d.governor() == head && d.dependent() < head && !d.relation().equals("punct")) {
                first = Math.min(first, firstOf(deps, d.dependent()));
            }
        }
        return first;
    }

    /** Verbs of telling whose "that" clause the parser may hang on the occasion they were told in. */
    private static final Set<String> TELLING = Set.of("say", "tell", "warn", "stress", "announce", "write", "add",
            "note", "state", "insist", "assure", "inform", "urge", "emphasize", "emphasise", "reiterate", "declare");

    /**
     * Repairs "Xi told Trump in a phone call that Taiwan's return to China was ..." parsed with the "that" clause a
     * complement of "call": a clause after the occasion a verb of telling names ("in a call", "in a statement") is
     * what was told, when the verb has no clause of its own.
     */
    static List<Dependency> repairOccasionClauses(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency clause : deps) {
            int noun = clause.governor();
            if (!clause.relation().equals("ccomp") || noun < 0 || !tagged(tokens, noun, "NN")) continue;
            Dependency up = head(deps, noun);
            if (up == null || up.governor() < 0 || !up.relation().equals("obl") || !tagged(tokens, up.governor(), "VB")
                    || !TELLING.contains(tokens.get(up.governor()).lemma()) || has(deps, up.governor(), "ccomp")) continue;
            out.remove(clause);
            out.add(new Dependency(up.governor(), clause.dependent(), "ccomp"));
        }
        return out;
    }

    /**
     * Repairs "clashed with gunmen loyal to Assad" parsed as an absolute clause ("with troops massed at the border"):
     * "loyal" a clause (advcl) on the verb, marked by "with", and "gunmen" its subject. An adjective that takes a
     * "to" phrase after its noun describes the noun: "with" opens a phrase on the verb, and the adjective is the
     * noun's.
     */
    static List<Dependency> repairWithAdjectives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency clause : deps) {
            int v = clause.governor();
            int adj = clause.dependent();
            if (!clause.relation().equals("advcl") || v < 0 || !tagged(tokens, adj, "JJ")) continue;
            Dependency with = deps.stream().filter(d -> d.governor() == adj && d.relation().equals("mark")
                    && tokens.get(d.dependent()).word().equalsIgnoreCase("with")).findFirst().orElse(null);
            Dependency noun = deps.stream().filter(d -> d.governor() == adj && (d.relation().equals("dep") || d.relation().equals("nsubj"))
                    && d.dependent() == adj - 1 && tagged(tokens, d.dependent(), "NN")).findFirst().orElse(null);
            boolean toPhrase = children(deps, adj, "obl").stream()
                    .anyMatch(o -> caseOf(deps, tokens, o, "to"));
            if (with == null || noun == null || !toPhrase) continue;
            out.remove(clause);
            out.remove(with);
            out.remove(noun);
            out.add(new Dependency(v, noun.dependent(), "obl"));
            out.add(new Dependency(noun.dependent(), with.dependent(), "case"));
            out.add(new Dependency(noun.dependent(), adj, "amod"));
        }
        return out;
    }

    /**
     * Verbs that take a gerund as their complement: of phase ("began exporting", "resumed shipping") and of weighing
     * or avoiding an act ("is considering imposing sanctions", "avoided naming Beijing").
     */
    private static final Set<String> GERUND_TAKERS = Set.of("begin", "start", "resume", "continue", "stop", "cease",
            "keep", "finish", "consider", "contemplate", "mull", "weigh", "ponder", "discuss", "propose", "suggest", "recommend",
            "avoid", "delay", "postpone", "oppose", "resist", "deny", "risk", "admit");

    /**
     * Repairs a gerund after a verb that takes one read as an adjective of the noun after it: "has begun exporting
     * electricity to Kenya" parsed with "exporting" an adjective of "electricity", the object of "begun". The gerund
     * is the verb's complement, the noun its object, and the noun's phrases after it (here "to Kenya") the gerund's.
     * So is a bare gerund read as the verb's object ("began pulling out of the capital", parsed like "began the
     * pullout"): right after the verb, with no determiner or owner between, it is a clause, not a noun.
     */
    static List<Dependency> repairAspectGerunds(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency obj : deps) {
            int v = obj.governor();
            int g = obj.dependent();
            if (!obj.relation().equals("obj") || g != v + 1 || !"VBG".equals(tokens.get(g).pos())
                    || !tagged(tokens, v, "VB") || !GERUND_TAKERS.contains(tokens.get(v).lemma())) continue;
            out.remove(obj);
            out.add(new Dependency(v, g, "xcomp"));
        }
        for (Dependency amod : deps) {
            int g = amod.dependent();
            int n = amod.governor();
            if (!amod.relation().equals("amod") || n <= g || g == 0 || !"VBG".equals(tokens.get(g).pos())) continue;
            int v = g - 1;
            if (!tagged(tokens, v, "VB") || !GERUND_TAKERS.contains(tokens.get(v).lemma())) continue;
            Dependency obj = deps.stream().filter(d -> d.governor() == v && d.dependent() == n && d.relation().equals("obj"))
                    .findFirst().orElse(null);
            if (obj == null) continue;
            out.remove(amod);
            out.remove(obj);
            out.add(new Dependency(v, g, "xcomp"));
            out.add(new Dependency(g, n, "obj"));
            for (Dependency d : deps) {
                if (d.governor() == n && d.dependent() > n && d.relation().equals("nmod")) {
                    out.remove(d);
                    out.add(new Dependency(g, d.dependent(), "obl"));
                }
            }
        }
        return out;
    }

    /** Participles that reporters put before a noun as adjectives: "punishing tariffs", "crippling sanctions". */
    private static final Set<String> ATTRIBUTIVE_PARTICIPLES = Set.of("punishing", "crippling", "sweeping", "lingering",
            "existing", "remaining", "mounting", "escalating", "devastating", "stinging", "scathing", "damaging", "biting",
            "outstanding", "pending", "growing", "rising", "ongoing");

    /**
     * Repairs such a participle read as a verb heading a clause of its own: "scrapped punishing tariffs on Australian
     * barley" parsed with "punishing" a clause under "scrapped" and "tariffs" its object. Right after a verb with no
     * object of its own, it is an adjective of the noun after it, the noun is the verb's object, and the phrases the
     * participle took ("on Friday") are the verb's.
     */
    static List<Dependency> repairAttributiveParticiples(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = null; // copied only when something is repaired: this runs on every parse
        for (Dependency d : deps) {
            int g = d.dependent();
            int v = d.governor();
            if (v < 0 || g != v + 1 || !"VBG".equals(tokens.get(g).pos())
                    || !ATTRIBUTIVE_PARTICIPLES.contains(tokens.get(g).word().toLowerCase(Locale.ROOT))) continue;
            if (!tagged(tokens, v, "VB") || has(deps, v, "obj")) continue;
            Dependency obj = deps.stream().filter(x -> x.governor() == g && x.relation().equals("obj")).findFirst().orElse(null);
            if (obj == null || !tagged(tokens, obj.dependent(), "NN")) continue;
            if (out == null) out = new ArrayList<>(deps);
            out.remove(d);
            out.remove(obj);
            out.add(new Dependency(v, obj.dependent(), "obj"));
            out.add(new Dependency(obj.dependent(), g, "amod"));
            for (Dependency x : deps) {
                if (x.governor() == g && x.relation().startsWith("obl")) {
                    out.remove(x);
                    out.add(new Dependency(v, x.dependent(), x.relation()));
                }
            }
        }
        return out == null ? deps : out;
    }

    /** Participles that say what a side is believed or said to be: "gunmen believed to be Islamist militants". */
    private static final Set<String> REPUTED = Set.of("believe", "think", "suspect", "say", "report", "know", "understand", "allege");
    /** Relations by which the parser hangs a clause it cannot place. */
    private static final Set<String> LOOSE_CLAUSES = Set.of("acl", "dep", "ccomp", "parataxis", "conj");

    /**
     * Repairs "gunmen believed to be Islamist militants massacred 138 people" parsed with "believed" the sentence's
     * verb and "massacred" a clause on "militants": a participle of repute right after a noun, before "to be", is a
     * reduced relative on the noun, and the finite verb after its complement is the noun's own.
     */
    static List<Dependency> repairBelievedToBe(List<Dependency> deps, List<Token> tokens) {
        for (Dependency subj : deps) {
            int b = subj.governor();
            int n = subj.dependent();
            if (!subj.relation().equals("nsubj") || b != n + 1 || b + 3 >= tokens.size() || !tagged(tokens, n, "NN")
                    || !REPUTED.contains(tokens.get(b).lemma()) || !tokens.get(b + 1).word().equalsIgnoreCase("to")
                    || !tokens.get(b + 2).lemma().equals("be")) continue;
            Dependency verb = deps.stream().filter(d -> d.dependent() > b + 2 && "VBD".equals(tokens.get(d.dependent()).pos())
                    && d.governor() > b && under(deps, d.governor(), b) && !has(deps, d.dependent(), "nsubj")
                    && LOOSE_CLAUSES.contains(d.relation())).findFirst().orElse(null);
            Dependency up = head(deps, b);
            if (verb == null || up == null) continue;
            List<Dependency> out = new ArrayList<>(deps);
            out.remove(subj);
            out.remove(verb);
            out.remove(up);
            out.add(new Dependency(up.governor(), verb.dependent(), up.relation()));
            out.add(new Dependency(verb.dependent(), n, "nsubj"));
            out.add(new Dependency(n, b, "acl"));
            return out;
        }
        return deps;
    }

    /**
     * Repairs two modifiers that share their head noun: "killed in a Russian missile and drone attack on Kyiv" is
     * parsed with "missile" the head, "drone" its conjunct and "attack" hung loose on it ({@code dep}), so the attack
     * is lost. The head is the last noun: it takes the first's place and what comes before it (the article, the
     * adjectives, the preposition), and the first noun becomes its compound, still conjoined with the second.
     */
    static List<Dependency> repairSharedHeads(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency loose : deps) {
            int first = loose.governor();
            int head = loose.dependent();
            if (!loose.relation().equals("dep") || first < 0 || head != first + 3 || !tagged(tokens, first, "NN")
                    || !tagged(tokens, first + 2, "NN") || !tagged(tokens, head, "NN")
                    || !tagged(tokens, first + 1, "CC")
                    || !deps.contains(new Dependency(first, first + 2, "conj"))) continue;
            out.remove(loose);
            for (Dependency d : deps) {
                if (d.dependent() == first && !d.equals(loose)) {
                    out.remove(d);
                    out.add(new Dependency(d.governor(), head, d.relation()));
                }
                if (d.governor() == first && d.dependent() < first) {
                    out.remove(d);
                    out.add(new Dependency(head, d.dependent(), d.relation()));
                }
            }
            out.add(new Dependency(head, first, "compound"));
        }
        return out;
    }

    /**
     * Repairs two noun phrases read as one: "The Colombian government and FARC rebels agreed" is parsed with
     * "government and FARC" a coordination of modifiers of "rebels". A modifier with an article or a possessive of
     * its own begins a phrase of its own: it heads the first phrase, in the place the last noun had, and the last
     * noun, with the conjunct before it as its modifier, is its conjunct.
     */
    static List<Dependency> repairCoordinatedCompounds(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency compound : deps) {
            int head = compound.governor();
            int first = compound.dependent();
            boolean determined = has(deps, first, "det") || has(deps, first, "nmod:poss");
            if (!compound.relation().equals("compound") || head < 0 || first > head || !determined
                    || !tagged(tokens, first, "NN")) continue;
            Dependency conj = new Dependency(first, head - 1, "conj");
            Dependency up = head(deps, head);
            if (!deps.contains(conj) || up == null || !tagged(tokens, head - 1, "NN")) continue;
            out.removeAll(List.of(compound, conj, up));
            out.add(new Dependency(up.governor(), first, up.relation()));
            out.add(new Dependency(first, head, "conj"));
            out.add(new Dependency(head, head - 1, "compound"));
            rehang(deps, out, head - 1, "cc", head, "cc");
        }
        return out;
    }

    /** Bearings that two names may share: "North and South Korea", "East and West Germany". */
    private static final Set<String> BEARINGS = Set.of("North", "South", "East", "West");

    /**
     * Repairs two names that share their last word: "North and South Korea" is parsed as one name, "Korea", with
     * "North and South" a coordination under it. They are two names, conjoined: "North" a name of its own (a
     * conjunct of "Korea") and "South" part of "Korea"'s, so that both are sides of the verb.
     */
    static List<Dependency> repairSharedNames(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency conj : deps) {
            int first = conj.governor();
            int second = conj.dependent();
            if (!conj.relation().equals("conj") || first < 0 || second != first + 2 || second + 1 >= tokens.size()
                    || !BEARINGS.contains(tokens.get(first).word()) || !BEARINGS.contains(tokens.get(second).word())
                    || !tokens.get(first + 1).word().equals("and")) continue;
            int name = second + 1;
            Dependency compound = new Dependency(name, first, "compound");
            if (!deps.contains(compound) || !tagged(tokens, name, "NNP")) continue;
            Dependency cc = new Dependency(second, first + 1, "cc");
            out.removeAll(List.of(conj, compound, cc));
            out.addAll(List.of(new Dependency(name, second, "compound"), new Dependency(name, first, "conj"),
                    new Dependency(first, first + 1, "cc")));
        }
        return out;
    }

    /**
     * Repairs "whether to" read as the verb's object: in "is weighing whether to open an inquiry" the parser hangs
     * "whether" on "weighing" as its object and the infinitive on "whether" (or on the verb) loosely. The infinitive
     * is the verb's complement and "whether" its marker, so the act is weighed, not done.
     */
    static List<Dependency> repairWhetherInfinitives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency obj : deps) {
            int w = obj.dependent();
            int v = obj.governor();
            if (!obj.relation().equals("obj") || v < 0 || !tokens.get(w).word().equalsIgnoreCase("whether")) continue;
            for (Dependency d : deps) {
                int x = d.dependent();
                boolean loose = d.governor() == w && (d.relation().equals("dep") || d.relation().equals("xcomp"))
                        || d.governor() == v && d.relation().equals("xcomp");
                if (!loose || x <= w || !tagged(tokens, x, "VB") || children(deps, x, "mark").isEmpty()) continue;
                out.remove(obj);
                out.remove(d);
                out.add(new Dependency(x, w, "mark"));
                out.add(new Dependency(v, x, "xcomp"));
                break;
            }
        }
        return out;
    }

    /**
     * Gives a passive conjoined to a clause the subject it shares with that clause, which the basic parse leaves
     * only on the first verb: in "the minister arrived in Damascus and was received by Syria's leader" the
     * minister is the one received. The subject then hangs on both verbs, as CoreNLP's enhanced parse hangs it.
     */
    static List<Dependency> repairSharedPassiveSubjects(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency conj : deps) {
            int first = conj.governor();
            int v = conj.dependent();
            if (!conj.relation().equals("conj") || first < 0 || !tagged(tokens, first, "VB") || !has(deps, v, "aux:pass")) continue;
            if (has(deps, v, "nsubj") || has(deps, v, "nsubj:pass") || has(deps, v, "csubj")) continue;
            for (int s : children(deps, first, "nsubj")) out.add(new Dependency(v, s, "nsubj:pass"));
        }
        return out;
    }

    /**
     * Gives a verb conjoined to a verb the object and phrases they share, which the basic parse leaves only on the
     * first: in "Chinese ships rammed and fired water cannon at one of its vessels" the cannon and the vessel are the
     * firing's too. What hangs on the first verb after the second, when the second has no object of its own, hangs on
     * both, as CoreNLP's enhanced parse hangs it.
     */
    static List<Dependency> repairSharedObjects(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency conj : deps) {
            int first = conj.governor();
            int v = conj.dependent();
            if (!conj.relation().equals("conj") || first < 0 || v != first + 2 || !tagged(tokens, first, "VB")
                    || !tagged(tokens, v, "VB") || has(deps, v, "obj") || !has(deps, first, "obj")) continue;
            for (Dependency d : deps) {
                boolean shared = d.relation().equals("obj") || d.relation().startsWith("obl");
                if (d.governor() == first && d.dependent() > v && shared) out.add(new Dependency(v, d.dependent(), d.relation()));
            }
        }
        return out;
    }

    /**
     * Repairs a relative clause hung on its pronoun: "angered Taipei, which accused Beijing of ..." parsed with "which"
     * an apposition of "Taipei" and "accused" a clause under "which", with no subject. The pronoun is the clause's
     * subject and the clause is a relative clause on the noun the pronoun hung on.
     */
    static List<Dependency> repairRelativeHeads(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency d : deps) {
            int w = d.governor();
            int v = d.dependent();
            if (w < 0 || !tokens.get(w).relative() || !tagged(tokens, v, "VB") || has(deps, v, "nsubj")) continue;
            if (!(d.relation().equals("dep") || d.relation().equals("acl"))) continue;
            Dependency up = head(deps, w);
            if (up == null || up.governor() < 0 || !(up.relation().equals("appos") || up.relation().equals("acl:relcl"))) continue;
            out.remove(d);
            out.remove(up);
            out.add(new Dependency(v, w, "nsubj"));
            out.add(new Dependency(up.governor(), v, "acl:relcl"));
        }
        return out;
    }

    /** Participles by which a speaker goes on to say or judge something after a comma. */
    private static final Set<String> SPEAKING = Set.of("warn", "say", "add", "accuse", "insist", "stress", "argue",
            "threaten", "blame", "call", "describe", "note", "vow");

    /**
     * Repairs a participle of saying hung deep in the clause before its comma: "urged the Philippines to stop sending
     * supply missions to the shoal, warning that Manila would bear the consequences" parsed with "warning" under
     * "sending", inside what China urged; "threatened to slap tariffs on Mexican goods unless Mexico released water,
     * accusing Mexico City of ..." with "accusing" under "released". Whoever speaks on after a comma is the subject of
     * the sentence's main clause: the participle hangs on its verb (an adverbial clause), as it is read when the parser
     * gets it right. Before a closing attribution ("..., accusing Islamabad of ..., the ministry said") the main clause
     * is the one told; after one ("..., the ministry said, accusing Islamabad of ...") the participle stays the speaker's.
     */
    static List<Dependency> repairSayingParticiples(List<Dependency> deps, List<Token> tokens) {
        Dependency root = deps.stream().filter(d -> d.governor() < 0).findFirst().orElse(null);
        if (root == null || !tagged(tokens, root.dependent(), "VB")) return deps;
        int r = root.dependent();
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency d : deps) {
            int v = d.dependent();
            if (d.governor() < 0 || v == 0 || !tokens.get(v - 1).word().equals(",")) continue;
            if (!"VBG".equals(tokens.get(v).pos()) || !SPEAKING.contains(tokens.get(v).lemma())) continue;
            if (!(d.relation().equals("dep") || d.relation().equals("advcl") || d.relation().equals("acl"))) continue;
            int main = v > r ? r : children(deps, r, "ccomp").stream().filter(c -> c < v).findFirst().orElse(-1);
            if (main < 0 || d.governor() == main) continue;
            // after a closing attribution it is the speaker's ("..., the Taliban government said, accusing Islamabad")
            boolean spoken = deps.contains(new Dependency(r, d.governor(), "parataxis"));
            if (spoken && SAYING.contains(tokens.get(d.governor()).lemma())) continue;
            // only from a clause below the main one: a participle on a clause of its own ("..., and Seoul said Tokyo
            // had erred, warning ...") is that clause's
            if (!belowWithoutConjunct(deps, d.governor(), main)) continue;
            out.remove(d);
            out.add(new Dependency(main, v, "advcl"));
        }
        return out;
    }

    /** True when {@code t} lies below {@code top} through no conjunct (a clause of its own). */
    private static boolean belowWithoutConjunct(List<Dependency> deps, int t, int top) {
        for (int depth = 0; depth < 6 && t >= 0; depth++) {
            if (t == top) return true;
            Dependency h = head(deps, t);
            if (h == null || h.relation().equals("conj")) return false;
            t = h.governor();
        }
        return false;
    }

    /**
     * Repairs a sentence made to hang on an adjective: "South Korean and U.S. forces began joint drills" parsed with
     * "Korean" the root, "began" conjoined to it and "U.S." a compound of "forces". The adjective before "and" is the
     * first of two modifiers of the subject: the verb is the root, the adjective modifies the subject, and the name
     * after "and" is conjoined to the adjective ("Chinese and Cambodian troops" as the parser reads it).
     */
    static List<Dependency> repairAdjectiveRoots(List<Dependency> deps, List<Token> tokens) {
        Dependency root = deps.stream().filter(d -> d.governor() < 0).findFirst().orElse(null);
        if (root == null || !tagged(tokens, root.dependent(), "JJ")) return deps;
        int a = root.dependent();
        if (a + 1 >= tokens.size() || !tokens.get(a + 1).word().equalsIgnoreCase("and")) return deps;
        for (Dependency conj : deps) {
            int v = conj.dependent();
            if (conj.governor() != a || !conj.relation().equals("conj") || !tagged(tokens, v, "VB")) continue;
            for (Dependency subj : deps) {
                int n = subj.dependent();
                if (subj.governor() != v || !subj.relation().equals("nsubj") || n < a) continue;
                Dependency name = deps.stream().filter(d -> d.governor() == n && d.relation().equals("compound")
                        && d.dependent() == a + 2).findFirst().orElse(null);
                if (name == null) continue;
                List<Dependency> out = new ArrayList<>(deps);
                out.remove(root);
                out.remove(conj);
                out.remove(name);
                out.add(new Dependency(-1, v, "root"));
                out.add(new Dependency(n, a, "amod"));
                out.add(new Dependency(a, a + 2, "conj"));
                for (Dependency d : deps) {
                    if (d.dependent() == a + 1) {
                        out.remove(d);
                        out.add(new Dependency(a + 2, a + 1, "cc"));
                    }
                    if (d.governor() == a && d.relation().equals("punct")) { // the full stop: the verb's
                        out.remove(d);
                        out.add(new Dependency(v, d.dependent(), "punct"));
                    }
                }
                return out;
            }
        }
        return deps;
    }

    /** Plural nouns of drills and talks that the tagger reads as verbs after a name ("Golden Dragon exercises"). */
    static final Set<String> NAMED_ACTS = Set.of("exercises", "drills", "games", "manoeuvres", "maneuvers",
            "talks", "patrols", "operations");

    /**
     * Repairs a named drill read as a clause: "began their annual Golden Dragon exercises" parsed with "exercises" a
     * verb (VBZ) whose subject is "Dragon", the clause the complement of "began". A subject that carries a possessive,
     * an article or an adjective before a name, directly followed by the word, is the noun phrase the word heads:
     * the word is a plural noun, it takes the place of the clause, the name and its modifiers hang on it, and the
     * clause's phrases (place, time) on the verb above.
     */
    static List<Dependency> repairNamedExercises(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency subj : deps) {
            int v = subj.governor();
            int n = subj.dependent();
            if (!subj.relation().equals("nsubj") || n != v - 1 || !"VBZ".equals(tokens.get(v).pos())) continue;
            if (!NAMED_ACTS.contains(tokens.get(v).word().toLowerCase(Locale.ROOT)) || !tagged(tokens, n, "NNP")) continue;
            boolean phrase = deps.stream().anyMatch(d -> d.governor() == n
                    && (d.relation().equals("nmod:poss") || d.relation().equals("det") || d.relation().equals("amod")));
            Dependency up = head(deps, v);
            if (!phrase || up == null || up.governor() < 0 || !has(deps, v, "nsubj") || has(deps, v, "aux")) continue;
            Token t = tokens.get(v);
            String lemma = t.word().toLowerCase(Locale.ROOT);
            tokens.set(v, new Token(t.index(), t.word(), lemma.substring(0, lemma.length() - 1), "NNS", t.start(), t.end()));
            out.remove(up);
            out.remove(subj);
            out.add(new Dependency(up.governor(), v, up.relation().equals("ccomp") ? "obj" : up.relation()));
            out.add(new Dependency(v, n, "compound"));
            for (Dependency d : deps) {
                if (d.governor() == n && !d.relation().equals("compound") && !d.relation().equals("flat")) {
                    out.remove(d);
                    out.add(new Dependency(v, d.dependent(), d.relation()));
                }
                if (d.governor() == v && d.relation().startsWith("obl")) { // "in Cambodia on Friday": the clause's
                    out.remove(d);
                    out.add(new Dependency(up.governor(), d.dependent(), d.relation()));
                }
            }
        }
        return out;
    }

    /** Relations by which a name is part of a longer noun phrase ("Donald Trump", "Trump's offer"). */
    private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "nmod:poss");

    /**
     * Repairs a participle read as an adjective of the name after it: ", accusing Ankara of trying to tie the
     * process to ..." parsed with "accusing" an adjective of "Ankara" and "Ankara" hung where the participle's clause
     * belongs (here the complement of "suspended"). An adjective does not follow a comma into a name: the participle
     * heads a clause on the sentence's verb, the name (or the phrase it opens: ", rebuffing U.S. President Donald
     * Trump's offer") is its object, and what followed it is the participle's.
     */
    static List<Dependency> repairParticipleAdjectives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        int root = root(deps);
        if (root < 0 || !tagged(tokens, root, "VB")) return deps;
        for (Dependency amod : deps) {
            int v = amod.dependent();
            int n = amod.governor();
            if (!amod.relation().equals("amod") || n <= v || v == 0 || !tokens.get(v - 1).word().equals(",")) continue;
            if (!"VBG".equals(tokens.get(v).pos()) || !tagged(tokens, n, "NNP")) continue;
            boolean name = true; // every word between is part of the name ("rebuffing U.S. President Donald Trump")
            for (int i = v + 1; i < n; i++) name &= tagged(tokens, i, "NNP");
            if (!name) continue;
            int np = n; // the phrase the name opens: "... Trump's offer to mediate"
            for (Dependency d = head(deps, np); d != null && d.governor() > np && NAME_PARTS.contains(d.relation()); d = head(deps, np)) {
                np = d.governor();
            }
            Dependency up = head(deps, np);
            if (up == null || up.governor() < 0 || under(deps, root, np)) continue;
            // (a closing attribution heads the sentence: "..., accusing Berlin of ..., the court said"; the
            // participle goes on from the clause it reports)
            int clause = root;
            if (root > v && SAYING.contains(tokens.get(root).lemma())) {
                for (Dependency d : deps) {
                    boolean told = d.relation().equals("ccomp") || d.relation().equals("advcl") || d.relation().equals("parataxis");
                    if (d.governor() == root && told && d.dependent() < v && tagged(tokens, d.dependent(), "VB")) clause = d.dependent();
                }
            }
            out.remove(amod);
            out.remove(up);
            out.add(new Dependency(clause, v, "advcl"));
            out.add(new Dependency(v, np, "obj"));
            for (Dependency d : deps) {
                if (d.governor() != np || d.dependent() < np) continue;
                String r = d.relation().equals("nmod") ? "obl" : d.relation().equals("acl") ? "advcl" : null;
                if (r == null) continue;
                out.remove(d);
                out.add(new Dependency(v, d.dependent(), r));
            }
        }
        return out;
    }

    private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ";");
    /** Verbs whose object takes a second complement, what it is called or held to be. */
    private static final Set<String> CALLING = Set.of("call", "consider", "deem", "label", "brand", "declare", "term");

    /**
     * Repairs an adjective that says what an object is called, "called Hungary's veto of the aid package shameful",
     * parsed as an adjective of the object's last noun after it. English adjectives stand before their nouns: one
     * after its noun, ending the clause (with any adjectives conjoined to it, or before a verb conjoined to the
     * clause), is the calling verb's complement.
     */
    static List<Dependency> repairCalledAdjectives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency amod : deps) {
            int a = amod.dependent();
            if (!amod.relation().equals("amod") || a < amod.governor() || !tagged(tokens, a, "JJ")) continue;
            // (with the adjectives conjoined to it: "called the decision unfair and unjustified and said ...")
            int end = Math.max(a, children(deps, a, "conj").stream().mapToInt(Integer::intValue).max().orElse(a));
            boolean last = end + 1 >= tokens.size() || CLAUSE_ENDS.contains(tokens.get(end + 1).word())
                    || tagged(tokens, end + 1, "CC") && end + 2 < tokens.size() && tagged(tokens, end + 2, "VB");
            if (!last) continue;
            Dependency up = head(deps, amod.governor());
            for (int depth = 0; up != null && up.governor() >= 0 && depth < 4; depth++) {
                if (up.relation().equals("obj") && CALLING.contains(tokens.get(up.governor()).lemma())) {
                    out.remove(amod);
                    out.add(new Dependency(up.governor(), a, "xcomp"));
                    break;
                }
                if (!up.relation().startsWith("nmod")) break;
                up = head(deps, up.governor());
            }
        }
        return out;
    }

    /** Adjectives that say what a verb left its object: "shot dead". */
    private static final Set<String> RESULTS = Set.of("dead");

    /**
     * Repairs a result adjective read as a modifier of the object ("shot dead Guinea-Bissau's president", "dead"
     * an adjective of "Guinea-Bissau") or, in the passive, as the object itself ("was shot dead by a gunman", which
     * hides the passive subject, the one shot), or as the object before those shot, read as a complement ("shot dead
     * about 60 Palestinians"): it is the verb's complement, and those it is said of are the object.
     */
    static List<Dependency> repairResultAdjectives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = null; // copied only when something is repaired: this runs on every parse
        for (Dependency d : deps) {
            int a = d.dependent();
            if (!RESULTS.contains(tokens.get(a).lemma().toLowerCase(Locale.ROOT)) || !tagged(tokens, a, "JJ")) continue;
            int verb = -1;
            if (d.relation().equals("amod") && a > 0 && tagged(tokens, a - 1, "VB") && d.governor() > a) verb = a - 1;
            if (d.relation().equals("obj") && has(deps, d.governor(), "nsubj:pass")) verb = d.governor();
            if (d.relation().equals("obj") && a == d.governor() + 1 && verb < 0) {
                // "shot dead about 60 Palestinians" parsed with "dead" the object and the people its complement
                final int v = d.governor();
                Dependency people = deps.stream().filter(x -> x.governor() == v && x.relation().equals("xcomp")
                        && x.dependent() > a && tagged(tokens, x.dependent(), "NN")).findFirst().orElse(null);
                if (people == null) continue;
                if (out == null) out = new ArrayList<>(deps);
                out.remove(people);
                out.add(new Dependency(v, people.dependent(), "obj"));
                verb = v;
            }
            if (verb < 0) continue;
            if (out == null) out = new ArrayList<>(deps);
            out.remove(d);
            out.add(new Dependency(verb, a, "xcomp"));
        }
        return out == null ? deps : out;
    }

    /** Verbs that make a participle's act the subject's own: "had him arrested", "got the prisoners released". */
    private static final Set<String> CAUSATIVES = Set.of("have", "get");

    /**
     * Repairs a causative, "threatened to have opposition leader Guaido jailed", parsed with the person the subject
     * of a clause under "have": the participle is the verb, the person its object, and "have" its auxiliary, as
     * in "threatened to jail Guaido".
     */
    static List<Dependency> repairCausatives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency clause : deps) {
            int have = clause.governor();
            int v = clause.dependent();
            boolean complement = clause.relation().equals("ccomp") || clause.relation().equals("xcomp");
            if (have < 0 || !complement || !tagged(tokens, v, "VBN") || !tagged(tokens, have, "VB")
                    || !CAUSATIVES.contains(tokens.get(have).lemma())) {
                continue;
            }
            List<Integer> subjects = children(deps, v, "nsubj");
            Dependency into = head(deps, have);
            if (into == null || subjects.size() != 1 || subjects.get(0) < have || subjects.get(0) > v) continue;
            promote(deps, out, into, v, into.relation(), "aux");
            out.remove(new Dependency(v, subjects.get(0), "nsubj"));
            out.add(new Dependency(v, subjects.get(0), "obj"));
        }
        return out;
    }

    /** Nouns that count what their "of" phrase names: "waves of missiles", "dozens of drones". */
    private static final Set<String> COUNTING = Set.of("wave", "barrage", "salvo", "volley", "swarm", "dozen", "hundred",
            "thousand", "score", "series", "string", "batch", "round", "number");

    /** Participles that stand before names as adjectives: "with visiting Chinese President Xi", "from neighbouring Lebanon". */
    static final Set<String> TITLE_PARTICIPLES = Set.of("visit", "neighbor", "neighbour", "neighboring", "neighbouring",
            "rule", "govern", "oppose", "war", "lead", "incoming", "outgoing", "reign", "sit", "rise", "emerge");

    /**
     * Repairs the parser's reading of a gerund after a preposition as an adjective of the name that follows:
     * "after accusing Israeli President Shimon Peres of …" is parsed as a phrase "after [accusing President]
     * Peres". Before a name, or before a number ("by expelling six Canadian diplomats"), the gerund is the verb of
     * the phrase, and the noun its object; not a participle that titles a name ({@link #TITLE_PARTICIPLES}).
     */
    static List<Dependency> repairPrepositionalGerunds(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency amod : deps) {
            int v = amod.dependent();
            if (!amod.relation().equals("amod") || v == 0 || !"VBG".equals(tokens.get(v).pos())
                    || !"IN".equals(tokens.get(v - 1).pos()) || TITLE_PARTICIPLES.contains(tokens.get(v).lemma())) {
                continue;
            }
            Dependency kase = head(deps, v - 1);
            if (kase == null || !kase.relation().equals("case")) continue;
            int name = kase.governor();
            // a name, or a noun counted after the gerund ("by expelling six Canadian diplomats": no adjective
            // stands before a number); not "starving Somalis"
            // ("by firing waves of missiles": nor before a noun that counts)
            boolean counted = COUNTING.contains(tokens.get(name).lemma()) && has(deps, name, "nmod");
            for (int i = v + 1; i < name; i++) counted |= "CD".equals(tokens.get(i).pos());
            if (!("NNP".equals(tokens.get(name).pos()) || counted) || !under(deps, amod.governor(), name)) continue;
            Dependency phrase = head(deps, name);
            if (phrase == null || phrase.governor() < 0 || !(phrase.relation().equals("obl") || phrase.relation().equals("nmod"))) continue;
            out.remove(amod);
            out.remove(kase);
            out.remove(phrase);
            out.add(new Dependency(phrase.governor(), v, "advcl"));
            out.add(new Dependency(v, v - 1, "mark"));
            out.add(new Dependency(v, name, "obj"));
            // the phrases after the object that the parser hung on the verb above are the gerund's ("by firing
            // missiles at Tel Aviv")
            moveLaterPhrases(deps, out, "obl", phrase.governor(), name, v, null);
        }
        return out;
    }

    /**
     * Repairs the parser's reading of "China is firmly opposed to Britain's interference" as a passive, with China
     * the one opposed. "Opposed to" is an adjective: its subject opposes what the "to" phrase names. A passive
     * with an agent ("was opposed by Britain") is left as it is.
     */
    static List<Dependency> repairAdjectivalPassives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency subj : deps) {
            int v = subj.governor();
            if (!subj.relation().equals("nsubj:pass") || !tokens.get(v).word().equalsIgnoreCase("opposed")) continue;
            boolean to = false;
            boolean agent = false;
            for (int o : children(deps, v, "obl")) {
                for (int c : children(deps, o, "case")) {
                    String w = tokens.get(c).lemma();
                    to |= w.equals("to");
                    agent |= w.equals("by");
                }
            }
            if (!to || agent || has(deps, v, "obl:agent")) continue;
            out.remove(subj);
            out.add(new Dependency(v, subj.dependent(), "nsubj"));
            rehang(deps, out, v, "aux:pass", v, "cop");
        }
        return out;
    }

    /**
     * Repairs the parser's usual misreading of wire copy's "threatened on Friday to impose …": it makes
     * "Friday" the subject of "impose", "on" its marker and the infinitive an adverbial clause. Read as
     * written: the infinitive is the verb's complement (xcomp) and "on Friday" a time phrase of the verb.
     * It misreads "called on Israel to withdraw" and "sent personnel to Bosnia to investigate" the same way;
     * there the noun is the verb's "on" or "to" phrase (a gerund, "for failing to cooperate", is left as it is).
     */
    static List<Dependency> repairTimeSubjects(List<Dependency> basic, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(basic);
        for (Dependency subj : basic) {
            if (!subj.relation().equals("nsubj")) continue;
            boolean time = TimeWords.TIME.contains(tokens.get(subj.dependent()).lemma());
            int x = subj.governor();
            Dependency clause = null;
            Dependency prep = null;
            boolean to = false;
            for (Dependency d : basic) {
                if (d.dependent() == x && d.relation().equals("advcl")) clause = d;
                if (d.governor() == x && d.relation().equals("mark")) {
                    // "sent personnel to Bosnia to investigate": a "to" before the subject is its preposition
                    boolean infinitive = tokens.get(d.dependent()).lemma().equals("to") && d.dependent() > subj.dependent();
                    if (infinitive) to = true;
                    else if (d.dependent() < subj.dependent()) prep = d;
                }
            }
            String pos = String.valueOf(tokens.get(subj.dependent()).pos());
            boolean party = prep != null && (pos.startsWith("NN") || pos.startsWith("PRP")); // not "for failing to"
            if (clause == null || !to || !(time || party)) continue;
            out.remove(clause);
            out.add(new Dependency(clause.governor(), x, "xcomp"));
            out.remove(subj);
            out.add(new Dependency(clause.governor(), subj.dependent(), "obl"));
            if (prep != null) {
                out.remove(prep);
                out.add(new Dependency(subj.dependent(), prep.dependent(), "case"));
            }
        }
        return out;
    }

    /**
     * Repairs the parser's misreading of "Trump called Putin on Tuesday": it makes "on" a particle of the verb
     * ("called on", an appeal) and "Tuesday" a bare time word. A particle just before a time word of the same
     * verb is that time word's preposition.
     */
    static List<Dependency> repairTimeParticles(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency prt : deps) {
            if (!prt.relation().equals("compound:prt")) continue;
            int next = prt.dependent() + 1;
            if (next >= tokens.size() || !TimeWords.TIME.contains(tokens.get(next).lemma())) continue;
            for (Dependency time : deps) {
                if (time.dependent() != next || time.governor() != prt.governor() || !time.relation().startsWith("obl")) continue;
                out.remove(prt);
                out.add(new Dependency(next, prt.dependent(), "case"));
                out.remove(time);
                out.add(new Dependency(time.governor(), next, "obl"));
            }
        }
        return out;
    }

    /**
     * Repairs the parser's misreading of agency copy's "Beirut rejected Thursday a U.N. appeal", or wire copy's
     * "rejected on Thursday a U.N. appeal": it hangs the object on the weekday ("dep(Thursday, appeal)"). A noun
     * after a time word of a verb that has no object is that verb's object.
     */
    static List<Dependency> repairTimeObjects(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency time : deps) {
            // (also after "on": "North Korea rejected on Thursday a South Korean proposal")
            boolean dated = time.relation().equals("obl") && caseOf(deps, tokens, time.dependent(), "on");
            if (!time.relation().equals("obl:tmod") && !time.relation().equals("obl:npmod") && !dated) continue;
            if (!TimeWords.TIME.contains(tokens.get(time.dependent()).lemma())) continue;
            int verb = time.governor();
            if (verb < 0 || !tagged(tokens, verb, "VB")) continue;
            if (has(deps, verb, "obj")) continue;
            for (Dependency d : deps) {
                if (d.governor() != time.dependent() || d.dependent() < time.dependent()) continue;
                if (!(d.relation().equals("dep") || d.relation().equals("appos") || d.relation().equals("obj"))) continue;
                if (!tagged(tokens, d.dependent(), "NN")) continue;
                out.remove(d);
                out.add(new Dependency(verb, d.dependent(), "obj"));
                break;
            }
        }
        return out;
    }

    /** Verbs of saying and believing that take a clause, never a clausal subject, in news copy. */
    static final Set<String> SAYING = Set.of("say", "believe", "think", "expect", "fear",
            "warn", "predict", "estimate", "report", "insist");

    /**
     * Repairs the parser's misreading of "Analysts said a U.S. invasion could begin in January": it makes "said" the
     * clausal subject of "begin" and "invasion" the object of "said". Read as written: the speech verb heads the
     * sentence, the clause is its complement, and the noun is the clause's subject. So with "told" and its addressee:
     * "Takaichi told parliament a Chinese attack on Taiwan could threaten Japan's survival".
     */
    static List<Dependency> repairSpeechSubjects(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency csubj : deps) {
            if (!csubj.relation().equals("csubj")) continue;
            int verb = csubj.governor();
            int say = csubj.dependent();
            String lemma = tokens.get(say).lemma();
            boolean told = lemma.equals("tell") && has(deps, say, "iobj");
            if (!SAYING.contains(lemma) && !told) continue;
            // a subject before the speech verb is no subject of the clause it reports: the parser reached back for it
            // ("agreed to stop targeting each other, though the rebels said attacks on Israel would continue")
            List<Dependency> strays = deps.stream().filter(d -> d.governor() == verb && d.dependent() < say
                    && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))).toList();
            if (children(deps, verb, "nsubj").size() + children(deps, verb, "nsubj:pass").size() > strays.size()) continue;
            Dependency object = deps.stream().filter(d -> d.governor() == say && d.relation().equals("obj")
                    && d.dependent() > say && d.dependent() < verb).findFirst().orElse(null);
            if (object == null) continue;
            Dependency head = head(deps, verb);
            out.remove(csubj);
            out.remove(object);
            for (Dependency stray : strays) {
                out.remove(stray);
                out.add(new Dependency(verb, stray.dependent(), "dep"));
            }
            out.add(new Dependency(verb, object.dependent(), "nsubj"));
            out.add(new Dependency(say, verb, "ccomp"));
            if (head != null) {
                out.remove(head);
                out.add(new Dependency(head.governor(), say, head.relation()));
            }
        }
        return out;
    }

    /**
     * Retags a gerund that heads a noun phrase as the noun it is, named by its own word: "the storming of the
     * compound", "the shelling of the town" ({@link #repairDeterminerHeads}) are acts named, lemma "storming".
     */
    static void nominalGerunds(List<Dependency> deps, List<Token> tokens) {
        for (Dependency d : deps) {
            Token g = d.governor() < 0 ? null : tokens.get(d.governor());
            if (g == null || !d.relation().equals("det") || !"VBG".equals(g.pos())) continue;
            tokens.set(g.index(), new Token(g.index(), g.word(), g.word().toLowerCase(Locale.ROOT), "NN", g.start(), g.end()));
        }
    }

    /**
     * Repairs the parser's making an article the head of its noun phrase: in "condemned the storming of the
     * compound" it makes "the" the object, with "storming" an adjective on it; in "will provide an additional $500
     * million in military assistance to Taiwan" it makes "an" the object, with the amount loosely below it. The
     * phrase's head is its first noun, gerund or amount after the article; the article and the rest hang on it.
     */
    static List<Dependency> repairDeterminerHeads(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency object : deps) {
            int det = object.dependent();
            if (!(object.relation().equals("obj") || object.relation().equals("nsubj")) || !"DT".equals(tokens.get(det).pos())
                    || has(deps, det, "det")) {
                continue;
            }
            int head = -1;
            for (int i = det + 1; i < tokens.size() && head < 0; i++) {
                String pos = String.valueOf(tokens.get(i).pos());
                if (pos.startsWith("VB") && !pos.equals("VBG") || pos.equals("IN") || pos.equals(",")) break;
                if ((pos.startsWith("NN") || pos.equals("VBG") || pos.equals("$")) && under(deps, i, det)) head = i;
            }
            if (head >= 0) promote(deps, out, object, head, object.relation(), "det");
        }
        return out;
    }

    /**
     * Makes {@code head}, found below the token {@code into} hangs by, the head of that token's phrase: it hangs where
     * the token hung ({@code up}), the token hangs on it ({@code down}), and so do the token's other dependents.
     */
    private static void promote(List<Dependency> deps, List<Dependency> out, Dependency into, int head, String up, String down) {
        int old = into.dependent();
        out.remove(into);
        out.remove(head(deps, head));
        out.add(new Dependency(into.governor(), head, up));
        out.add(new Dependency(head, old, down));
        for (Dependency d : deps) {
            if (d.governor() == old && d.dependent() != head) {
                out.remove(d);
                out.add(new Dependency(head, d.dependent(), d.relation()));
            }
        }
    }

    /**
     * Repairs the parser's making a preposition the head of its phrase: in "approved the sale of $3 billion in arms
     * to Israel" it hangs "of" on "sale" as a clause with the amount loosely under it. The preposition marks its
     * noun, a phrase on the word above. A gerund so hung on a verb by "by" is the means, a clause of the verb
     * ("responded by closing its airspace"); another ("a firm accused of helping Tehran") is left: re-hanging it as
     * a clause cost a false event on held-out wire copy.
     */
    static List<Dependency> repairPrepositionHeads(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency into : deps) {
            int p = into.dependent();
            if (into.governor() < 0 || !"IN".equals(tokens.get(p).pos()) || into.relation().equals("case")
                    || into.relation().equals("mark") || into.relation().equals("fixed")) {
                continue;
            }
            Dependency below = deps.stream().filter(d -> d.governor() == p && d.dependent() > p
                    && (d.relation().equals("dep") || d.relation().equals("obj") || d.relation().startsWith("acl"))).findFirst().orElse(null);
            if (below == null) continue;
            int n = below.dependent();
            String pos = String.valueOf(tokens.get(n).pos());
            boolean verb = tagged(tokens, into.governor(), "VB");
            if (verb && pos.equals("VBG") && tokens.get(p).lemma().equals("by")) {
                promote(deps, out, into, n, "advcl", "mark"); // "responded by closing its airspace": the means, a clause
                continue;
            }
            if (!(pos.startsWith("NN") || pos.equals("$") || pos.equals("CD"))) continue;
            promote(deps, out, into, n, verb ? "obl" : "nmod", "case");
        }
        return out;
    }

    /**
     * Repairs the parser's hanging of a phrase of the reported clause on the attribution that closes the sentence:
     * in "Vietnam protested on Thursday against China's deployment of a survey ship, the foreign ministry said" it
     * hangs "against China's deployment" on "said"; in "Nicaragua filed a case against Germany, accusing Berlin of
     * ..., the court said" it hangs "accusing" there. A phrase, or a participle, that stands before the speaker of a
     * closing attribution (the clause hung on "said" as parataxis, as its complement or as a bare adverbial clause)
     * belongs to the clause it reports.
     */
    static List<Dependency> repairTrailingAttributions(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency closing : deps) {
            boolean parataxis = closing.relation().equals("parataxis");
            int clause = parataxis ? closing.governor() : closing.dependent();
            int say = parataxis ? closing.dependent() : closing.governor();
            // (or as a bare adverbial clause: "Nicaragua has filed a case ..., the court said", with no "after" or "as")
            boolean told = closing.relation().equals("ccomp") || closing.relation().equals("advcl") && !has(deps, clause, "mark");
            if (!(parataxis || told) || clause < 0 || say < clause || !SAYING.contains(tokens.get(say).lemma())) {
                continue;
            }
            int speaker = children(deps, say, "nsubj").stream().mapToInt(Integer::intValue).min().orElse(-1);
            if (speaker < 0) continue;
            for (Dependency d : deps) {
                if (d.governor() != say || d.dependent() <= clause || d.dependent() >= speaker) continue;
                boolean phrase = d.relation().equals("obl") || d.relation().equals("nmod");
                boolean participle = (d.relation().equals("advcl") || d.relation().equals("dep"))
                        && "VBG".equals(tokens.get(d.dependent()).pos());
                if (phrase || participle) {
                    out.remove(d);
                    out.add(new Dependency(clause, d.dependent(), phrase ? "obl" : d.relation()));
                }
            }
            // a participle after the attribution is the speaker's ("hit targets in Kabul, the Taliban government said,
            // accusing Islamabad of violating its airspace"), though the parser hangs it on the clause reported
            for (Dependency d : deps) {
                int p = d.dependent();
                if (d.governor() == clause && p > say && "VBG".equals(tokens.get(p).pos()) && tokens.get(p - 1).word().equals(",")
                        && (d.relation().equals("advcl") || d.relation().equals("dep") || d.relation().equals("conj"))) {
                    out.remove(d);
                    out.add(new Dependency(say, p, "advcl"));
                }
            }
        }
        return out;
    }

    /**
     * Repairs the parser's reading of a list of names, "Saudi Arabia, Egypt, the United Arab Emirates and
     * Bahrain", as appositions of the first name with the last one conjoined to the one before. Proper nouns in
     * apposition to a proper noun, the last of them with "and X", are a coordination.
     */
    static List<Dependency> repairLists(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency first : deps) {
            int head = first.governor();
            if (!first.relation().equals("appos") || head < 0 || !tagged(tokens, head, "NNP")) continue;
            List<Dependency> appositions = deps.stream().filter(d -> d.governor() == head && d.relation().equals("appos")).toList();
            if (appositions.get(0) != first || !appositions.stream().allMatch(d -> tagged(tokens, d.dependent(), "NNP"))) continue;
            int last = appositions.get(appositions.size() - 1).dependent();
            Dependency tail = deps.stream().filter(d -> d.governor() == last && d.relation().equals("conj")).findFirst().orElse(null);
            if (tail == null) continue;
            for (Dependency a : appositions) {
                out.remove(a);
                out.add(new Dependency(head, a.dependent(), "conj"));
            }
            out.remove(tail);
            out.add(new Dependency(head, tail.dependent(), "conj"));
        }
        return out;
    }

    /**
     * Repairs "Ishiba met Lee in Tokyo and the two signed a joint statement" parsed with "the two" conjoined to Tokyo
     * and "signed" hung loosely on "met": "the two" right before a past verb with no subject of its own are that
     * verb's subject, and the verb is conjoined to the one it hangs on.
     */
    static List<Dependency> repairPairSubjects(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = null;
        for (Dependency conj : deps) {
            int two = conj.dependent(), v = two + 1;
            if (!conj.relation().equals("conj") || conj.governor() < 0 || v >= tokens.size()
                    || !tokens.get(two).lemma().equals("two") || !tagged(tokens, v, "VBD")
                    || has(deps, v, "nsubj") || has(deps, v, "nsubj:pass")) continue;
            Dependency link = head(deps, v);
            if (link == null || link.governor() < 0) continue;
            // ("... and the two signed agreements on energy": "signed" an adjective on the noun, the noun hung on the verb)
            Dependency object = link.relation().equals("amod") && link.governor() > v ? head(deps, link.governor()) : null;
            Dependency up = object != null ? object : link;
            if (up == null || up.governor() < 0 || !(LOOSE_VERBS.contains(up.relation()) || up.relation().equals("conj")
                    || object != null && up.relation().equals("xcomp")) || !tagged(tokens, up.governor(), "VB")) continue;
            if (out == null) out = new ArrayList<>(deps);
            out.remove(conj);
            out.remove(link);
            out.add(new Dependency(up.governor(), v, "conj"));
            if (object != null) {
                out.remove(object);
                out.add(new Dependency(v, link.governor(), "obj"));
            }
            out.add(new Dependency(v, two, "nsubj"));
            for (int cc : children(deps, two, "cc")) {
                out.remove(new Dependency(two, cc, "cc"));
                out.add(new Dependency(v, cc, "cc"));
            }
        }
        return out == null ? deps : out;
    }

    /**
     * Nouns that take an infinitive of what is decided, planned or sought: "a decision to raise tariffs", "a proposal to
     * delay the sanctions".
     */
    private static final Set<String> INFINITIVE_NOUNS = Set.of("decision", "plan", "move", "order", "attempt",
            "effort", "proposal", "push", "request");

    /**
     * Repairs "criticised Washington's decision to raise tariffs on Japanese cars" parsed with the infinitive a
     * complement of "criticised": an infinitive right after an object that names a decision or a plan is what was
     * decided or planned, not something the verb's subject does.
     */
    static List<Dependency> repairNounInfinitives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = null;
        for (Dependency x : deps) {
            int verb = x.governor(), inf = x.dependent();
            if (verb < 0 || !x.relation().equals("xcomp") || inf < 2 || !"to".equalsIgnoreCase(tokens.get(inf - 1).word())) continue;
            int noun = inf - 2;
            if (!children(deps, verb, "obj").contains(noun) || !INFINITIVE_NOUNS.contains(tokens.get(noun).lemma())) continue;
            if (out == null) out = new ArrayList<>(deps);
            out.remove(x);
            out.add(new Dependency(noun, inf, "acl"));
        }
        return out == null ? deps : out;
    }

    /** How the parser hangs a verb it has misplaced under another: loosely, as a clause or as an adjective. */
    private static final Set<String> LOOSE_VERBS = Set.of("dep", "acl", "amod", "parataxis");
    private static final Set<String> COMMON_NOUNS = Set.of("NN", "NNS");

    /**
     * Repairs a participle on a sentence's subject read as the sentence's verb: "Rebels backed by Rwanda captured the
     * city" (the participle made a clausal subject of the verb), "Drones launched from Yemen struck a port city" (the
     * verb hung loosely on the participle), "M23 rebels backed by Rwanda seized Bukavu" (the verb made an adjective on
     * an object of the participle), "The accord signed by the two sides ended the war" (the verb made a clause on the
     * agent). A participle right after a common noun, with no auxiliary, followed by nothing but its own phrase and
     * then a past verb with no subject, is a reduced relative on the noun, and the noun is that verb's subject.
     * ({@link #repairLooseVerbs} mends the loose case where the verb has an auxiliary: "militiamen armed with machetes
     * have massacred".)
     */
    static List<Dependency> repairSubjectParticiples(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = null;
        for (Dependency subject : deps) {
            int p = subject.governor(), n = subject.dependent();
            if (!(subject.relation().equals("nsubj") || subject.relation().equals("dep")) || p < 0 || n != p - 1
                    || !COMMON_NOUNS.contains(String.valueOf(tokens.get(n).pos()))
                    || !(tagged(tokens, p, "VBN") || tagged(tokens, p, "VBD"))
                    || has(deps, p, "aux") || has(deps, p, "aux:pass") || has(deps, p, "cop")) continue;
            int v = -1;
            for (int i = p + 1; i < tokens.size() && v < 0; i++) {
                String pos = String.valueOf(tokens.get(i).pos());
                if (pos.equals("VBD")) v = i;
                else if (pos.startsWith("VB") || pos.equals("MD") || pos.equals("CC") || pos.startsWith("W")
                        || CLAUSE_ENDS.contains(tokens.get(i).word())) break;
            }
            if (v < 0 || has(deps, v, "nsubj") || has(deps, v, "nsubj:pass") || has(deps, v, "aux")) continue;
            final int verb = v;
            // the participle has a phrase of its own before the verb ("by Rwanda", "from Yemen") and no complement;
            // an object it has is the verb's, read with the verb as its adjective
            Dependency link = head(deps, v);
            boolean adjective = link != null && link.relation().equals("amod") && children(deps, p, "obj").contains(link.governor());
            List<Integer> phrases = children(deps, p, "obl");
            boolean ownPhrase = !phrases.isEmpty() && IntStream.range(p + 1, v)
                    .allMatch(i -> phrases.stream().anyMatch(o -> o < verb && under(deps, i, o)));
            if (!ownPhrase || has(deps, p, "ccomp")
                    || has(deps, p, "xcomp") || has(deps, p, "iobj") || has(deps, p, "obj") && !adjective) continue;
            Dependency clausal = deps.stream().filter(d -> d.governor() == verb && d.dependent() == p
                    && d.relation().equals("csubj")).findFirst().orElse(null);
            if (clausal == null && !(under(deps, v, p) && LOOSE_VERBS.contains(link.relation()))) continue;
            Dependency up = head(deps, p);
            if (clausal == null && up == null) continue;
            if (out == null) out = new ArrayList<>(deps);
            out.remove(subject);
            out.add(new Dependency(v, n, "nsubj"));
            if (clausal != null) {
                out.remove(clausal);
            } else {
                // the verb takes the participle's place in the sentence, and whatever of the participle's comes after it
                out.remove(up);
                out.remove(head(deps, v));
                out.add(new Dependency(up.governor(), v, up.relation()));
                for (Dependency d : deps) {
                    if (d.governor() != p || d.dependent() < v || !out.remove(d)) continue;
                    out.add(new Dependency(v, d.dependent(), d.relation()));
                }
            }
            out.add(new Dependency(n, p, "acl"));
        }
        return out == null ? deps : out;
    }

    /** Verbs whose object a participle may describe as a small clause: "had its envoy recalled", "saw them killed". */
    private static final Set<String> SMALL_CLAUSE_TAKERS = Set.of("have", "get", "see", "watch", "want", "need", "leave",
            "keep", "make", "find", "hear", "like", "prefer", "order", "declare", "consider", "report", "believe");

    /** Participles that say someone is held: "hikers held for two years", "fishermen detained in its waters". */
    private static final Set<String> CAPTIVITY = Set.of("hold", "detain", "jail", "imprison", "capture", "seize",
            "abduct", "kidnap", "arrest", "intern");

    /** What one is held as, right after "held": "held hostage", "held captive". */
    private static final Set<String> HELD_AS = Set.of("hostage", "captive", "incommunicado");

    /**
     * Repairs the parser's misreading of "released 10 Americans held in its prisons" (or "killed 30 Palestinians
     * waiting for food"): it makes "Americans" the subject of "held" and hangs that clause loosely (dep), or as a
     * clause (ccomp: "freed eight British servicemen seized on the waterway"; xcomp, "set free hikers held for two
     * years"), on the verb, which is left with no object. Read as written: the noun is the verb's object and the
     * participle a reduced relative clause on it, or on the last noun of a phrase under it.
     */
    static List<Dependency> repairReducedRelatives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency loose : deps) {
            int verb = loose.governor();
            int participle = loose.dependent();
            // also hung as a clause ("freed eight British servicemen seized on the waterway"), which a bare
            // participle with no auxiliary, copula or "that" cannot be; or, for a participle of captivity, as a small
            // clause ("set free hikers held for two years"), which a verb that takes one ("had its envoy recalled",
            // "wanted the hostages freed") keeps
            boolean clause = loose.relation().equals("ccomp") || loose.relation().equals("xcomp")
                    && CAPTIVITY.contains(tokens.get(participle).lemma())
                    && !SMALL_CLAUSE_TAKERS.contains(tokens.get(verb).lemma());
            if (!(loose.relation().equals("dep") || clause) || verb < 0 || participle < verb) continue;
            String tag = String.valueOf(tokens.get(participle).pos());
            // "after receiving three men held hostage in Gaza": "held hostage" with no one between is a participle,
            // whatever its tag (nobody "holds hostage" someone named after)
            boolean heldAs = tokens.get(participle).lemma().equals("hold") && participle + 1 < tokens.size()
                    && HELD_AS.contains(tokens.get(participle + 1).lemma());
            if (heldAs) tag = "VBN";
            if (!(tag.equals("VBN") || tag.equals("VBG")) || !tagged(tokens, verb, "VB")) continue;
            if (clause && (!tag.equals("VBN") || has(deps, participle, "aux") || has(deps, participle, "aux:pass")
                    || has(deps, participle, "mark") || has(deps, participle, "cop"))) continue;
            if (has(deps, verb, "obj")) continue;
            Dependency subj = deps.stream().filter(d -> d.governor() == participle && d.relation().equals("nsubj")
                    && d.dependent() > verb && d.dependent() < participle).findFirst().orElse(null);
            if (subj == null || SAYING.contains(tokens.get(verb).lemma())) continue; // "said Israel attacked" is a clause
            // the participle follows its noun, or a phrase under it ("restored ties in a deal brokered by China"):
            // nothing between them is a verb, and it hangs on the nearest noun before it
            int noun = -1;
            boolean verbBetween = false;
            for (int i = subj.dependent(); i < participle; i++) {
                String pos = String.valueOf(tokens.get(i).pos());
                if (pos.startsWith("VB") || pos.equals("MD")) verbBetween = true;
                if (pos.startsWith("NN")) noun = i;
            }
            if (verbBetween) continue;
            out.remove(loose);
            out.remove(subj);
            out.add(new Dependency(verb, subj.dependent(), "obj"));
            out.add(new Dependency(noun, participle, "acl"));
        }
        return out;
    }

    /**
     * Repairs the parser's misreading of "Erdogan said Turkey was prepared to host talks": it makes "Turkey" the
     * object of "said" and hangs the rest loosely (dep) on it. A verb of saying whose object is followed by a
     * loose clause with an auxiliary, a copula or a tense and no subject reports that clause, and the noun is its
     * subject.
     */
    static List<Dependency> repairSpeechObjects(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency object : deps) {
            int say = object.governor();
            if (!object.relation().equals("obj") || say < 0 || !SAYING.contains(tokens.get(say).lemma())) continue;
            Dependency loose = deps.stream().filter(d -> d.governor() == say && d.relation().equals("dep")
                    && d.dependent() > object.dependent()).findFirst().orElse(null);
            if (loose == null) continue;
            int clause = loose.dependent();
            boolean passive = has(deps, clause, "aux:pass");
            // (or a verb in a tense: "said Beijing firmly opposed any contact")
            boolean tensed = FINITE.contains(String.valueOf(tokens.get(clause).pos()));
            boolean finite = passive || tensed || has(deps, clause, "aux") || has(deps, clause, "cop");
            boolean subject = has(deps, clause, "nsubj") || has(deps, clause, "nsubj:pass");
            if (!finite || subject) continue;
            out.remove(object);
            out.remove(loose);
            out.add(new Dependency(clause, object.dependent(), passive ? "nsubj:pass" : "nsubj"));
            out.add(new Dependency(say, clause, "ccomp"));
        }
        return out;
    }

    /**
     * Reads a verb's second object as what the first is called, as UD does: the parser gives "whom Beijing calls a
     * separatist" and "what Seoul called a provocation" two objects; the second is a secondary predicate (xcomp).
     * So is a noun a verb of naming hangs on its indirect object ("called Netanyahu a war criminal"). Any other
     * verb's lone indirect object with a name hung on it is its object ("received Syria's president Ahmed al-Sharaa").
     */
    static List<Dependency> repairSecondObjects(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency first : deps) {
            // "called Netanyahu a war criminal", parsed with the person an indirect object and the name hung on him
            if (!first.relation().equals("iobj") || first.governor() < 0) continue;
            if (!SMALL_CLAUSE_VERBS.contains(tokens.get(first.governor()).lemma())) {
                // "received Syria's interim president Ahmed al-Sharaa", parsed with the title an indirect object and
                // the name hung on it: with no object, the indirect object is the object, the name its apposition
                if (has(deps, first.governor(), "obj")) continue;
                for (int name : children(deps, first.dependent(), "dep")) {
                    if (name < first.dependent() || !tagged(tokens, name, "NNP")) continue;
                    out.remove(first);
                    out.add(new Dependency(first.governor(), first.dependent(), "obj"));
                    out.remove(new Dependency(first.dependent(), name, "dep"));
                    out.add(new Dependency(first.dependent(), name, "appos"));
                    break;
                }
                continue;
            }
            for (int name : children(deps, first.dependent(), "dep")) {
                if (name < first.dependent() || !tagged(tokens, name, "NN")) continue;
                out.remove(first);
                out.remove(new Dependency(first.dependent(), name, "dep"));
                out.add(new Dependency(first.governor(), first.dependent(), "obj"));
                out.add(new Dependency(first.governor(), name, "xcomp"));
            }
        }
        for (Dependency second : deps) {
            if (!second.relation().equals("obj")) continue;
            boolean first = deps.stream().anyMatch(d -> d.governor() == second.governor() && d.relation().equals("obj")
                    && d.dependent() < second.dependent());
            if (!first) continue;
            out.remove(second);
            out.add(new Dependency(second.governor(), second.dependent(), "xcomp"));
        }
        return out;
    }

    /**
     * Repairs the parser's reading of "India struck what it called terrorist infrastructure" (or "shot down what"): it
     * makes the relative clause the verb's complement (ccomp). Read as written: "what" is the verb's object, the clause
     * says what it is called (acl:relcl), and the phrases after the name hang on the verb ("… in Pakistan").
     */
    static List<Dependency> repairFreeRelatives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency clause : deps) {
            if (!clause.relation().equals("ccomp") || clause.governor() < 0) continue;
            int verb = clause.governor();
            int what = verb + 1;
            if (deps.contains(new Dependency(verb, what, "compound:prt"))) what++; // "shot down what it called"
            if (what >= tokens.size() || !tokens.get(what).lemma().equals("what")) continue;
            if (!deps.contains(new Dependency(clause.dependent(), what, "obj"))) continue;
            out.remove(clause);
            out.add(new Dependency(verb, what, "obj"));
            out.add(new Dependency(what, clause.dependent(), "acl:relcl"));
            int name = deps.stream().filter(d -> d.governor() == clause.dependent() && d.relation().equals("xcomp"))
                    .mapToInt(Dependency::dependent).max().orElse(Integer.MAX_VALUE);
            for (Dependency d : deps) {
                boolean after = d.governor() == clause.dependent() && d.dependent() > name;
                if (after && (d.relation().startsWith("obl") || d.relation().equals("advmod"))) {
                    out.remove(d);
                    out.add(new Dependency(verb, d.dependent(), d.relation()));
                }
            }
        }
        return out;
    }

    /** Conjunctions that open a clause of time. */
    private static final Set<String> WHEN = Set.of("after", "before", "when", "as", "while", "since", "until");

    /**
     * Repairs a clause of time hung on an object: "lodged a strong protest after Chinese vessels entered its waters"
     * parsed with "entered" a clause of "protest". A clause that says when is the verb's, as it is when the parser
     * gets it right ("protested after ..."), and the sides it names are read against the verb's.
     */
    static List<Dependency> repairTimeClauses(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency acl : deps) {
            int noun = acl.governor(), v = acl.dependent();
            if (!acl.relation().equals("acl") || noun < 0 || !tagged(tokens, v, "VB")) continue;
            boolean when = children(deps, v, "mark").stream().anyMatch(m -> m < v && WHEN.contains(tokens.get(m).lemma()));
            Dependency object = head(deps, noun);
            if (!when || object == null || object.governor() < 0 || !object.relation().equals("obj")
                    || !tagged(tokens, object.governor(), "VB")) continue;
            out.remove(acl);
            out.add(new Dependency(object.governor(), v, "advcl"));
        }
        return out;
    }

    /** Nouns of a measure: a rate or a sum. */
    private static final Set<String> MEASURES = Set.of("percent", "%", "cent", "point", "$", "dollar", "euro", "yuan",
            "pound", "yen", "rouble", "ruble", "won", "rupee", "million", "billion", "trillion");

    /**
     * Repairs "tariffs of 34 percent on all American goods" parsed with the goods a phrase of "percent": a phrase
     * after the measure an "of" phrase gives its noun belongs to the noun ("a tariff of 25% on steel", "a loan of
     * $2 billion to Kyiv").
     */
    static List<Dependency> repairMeasurePhrases(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency phrase : deps) {
            int measure = phrase.governor();
            if (!phrase.relation().startsWith("nmod") || measure < 0 || phrase.dependent() < measure
                    || !MEASURES.contains(tokens.get(measure).lemma().toLowerCase(Locale.ROOT))
                    || caseOf(deps, tokens, phrase.dependent(), "of")) continue;
            Dependency up = head(deps, measure);
            if (up == null || up.governor() < 0 || !up.relation().startsWith("nmod") || !tagged(tokens, up.governor(), "NN")
                    || !caseOf(deps, tokens, measure, "of")) continue;
            out.remove(phrase);
            out.add(new Dependency(up.governor(), phrase.dependent(), phrase.relation()));
        }
        return out;
    }

    /**
     * Repairs "a new round of war games around Taiwan" parsed with Taiwan a phrase of "round": a phrase after the
     * noun a counting noun counts ("a round of", "a wave of", "a series of") belongs to that noun.
     */
    static List<Dependency> repairCountedPhrases(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency counted : deps) {
            int count = counted.governor();
            if (count < 0 || !counted.relation().startsWith("nmod") || !COUNTING.contains(tokens.get(count).lemma())
                    || !caseOf(deps, tokens, counted.dependent(), "of")) continue;
            moveLaterPhrases(deps, out, "nmod", count, counted.dependent(), counted.dependent(), null);
        }
        return out;
    }

    /**
     * Repairs "signed a memorandum with Israel to move its embassy" parsed as a clause "with Israel to move ...", Israel
     * its subject: a name after "with" and before an infinitive is the partner of the noun the clause hangs on, and the
     * infinitive says what for.
     */
    static List<Dependency> repairWithInfinitives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency with : deps) {
            int v = with.governor();
            if (!with.relation().equals("mark") || v < 0 || !tokens.get(with.dependent()).word().equalsIgnoreCase("with")
                    || !"VB".equals(tokens.get(v).pos())) continue;
            Dependency subject = deps.stream().filter(d -> d.governor() == v && d.relation().equals("nsubj")
                    && tagged(tokens, d.dependent(), "NNP") && d.dependent() > with.dependent()).findFirst().orElse(null);
            Dependency up = head(deps, v);
            if (subject == null || up == null || up.governor() < 0 || !up.relation().equals("acl")) continue;
            out.remove(with);
            out.remove(subject);
            out.add(new Dependency(subject.dependent(), with.dependent(), "case"));
            out.add(new Dependency(up.governor(), subject.dependent(), "nmod"));
        }
        return out;
    }

    /** Verbs that name a thing as their subject sees it: "what it called", "what Israel described as". */
    private static final Set<String> NAMING = Set.of("call", "describe", "term", "dub", "label", "brand",
            "characterize", "characterise");

    /**
     * Repairs the free relative by which reporters keep their distance from a side's word for a target: "struck
     * what it described as Hezbollah depots in southern Lebanon", "launched strikes on what it called terrorist
     * infrastructure in Pakistan". The parser hangs the named thing on the naming verb, out of the act's reach (in
     * the second, the whole clause hangs on "strikes", marked by "on"). The thing named stands where "what" stood;
     * the naming clause is its relative clause, and the phrases after the name are the thing's.
     */
    static List<Dependency> repairNamedRelatives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency named : deps) {
            int verb = named.governor(), what = named.dependent();
            if (!named.relation().equals("obj") || verb < 0 || what > verb || !tokens.get(what).lemma().equals("what")
                    || !NAMING.contains(tokens.get(verb).lemma())) continue;
            Dependency link = deps.stream().filter(d -> d.governor() == verb && d.dependent() > verb
                    && (d.relation().equals("xcomp") || d.relation().startsWith("obl")
                        && caseOf(deps, tokens, d.dependent(), "as")))
                    .findFirst().orElse(null);
            if (link == null) continue;
            int name = link.dependent();
            Dependency outer = deps.stream().filter(d -> d.dependent() == what && d.governor() != verb).findFirst().orElse(null);
            Dependency clause = head(deps, verb);
            Dependency mark = deps.stream().filter(d -> d.governor() == verb && d.relation().equals("mark")
                    && d.dependent() < what).findFirst().orElse(null);
            if (outer != null && clause != null && clause.relation().equals("acl:relcl") && clause.governor() == what) {
                out.remove(outer);
                out.add(new Dependency(outer.governor(), name, outer.relation()));
            } else if (outer == null && mark != null && clause != null && clause.governor() >= 0
                    && (clause.relation().startsWith("acl") || clause.relation().startsWith("advcl"))) {
                out.remove(mark);
                out.add(new Dependency(name, mark.dependent(), "case"));
                out.add(new Dependency(clause.governor(), name, clause.relation().startsWith("acl") ? "nmod" : "obl"));
            } else {
                continue;
            }
            out.remove(clause);
            out.remove(link);
            out.add(new Dependency(name, verb, "acl:relcl"));
            moveLaterPhrases(deps, out, "obl", verb, name, name, "nmod");
        }
        return out;
    }

    /**
     * Moves the phrases (relations starting {@code kind}: "obl", "nmod") hung on {@code from} after token {@code after}
     * to {@code to}, by {@code as} (null keeps each phrase's relation): what the parser hung too high or too low goes
     * with the word it follows.
     */
    private static void moveLaterPhrases(List<Dependency> deps, List<Dependency> out, String kind, int from, int after, int to,
                                         String as) {
        for (Dependency d : deps) {
            if (d.governor() == from && d.dependent() > after && d.relation().startsWith(kind)) {
                out.remove(d);
                out.add(new Dependency(to, d.dependent(), as == null ? d.relation() : as));
            }
        }
    }

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");

    /**
     * Repairs the parser's misreading of a subject that carries a clause of its own. In "Government soldiers and
     * Hutu militiamen armed with machetes have massacred thousands" it makes "soldiers" the subject of "armed" and
     * hangs the sentence's verb loosely (dep) on the participle; in "Bosnian Serb forces who overran Srebrenica
     * executed hundreds" it hangs the relative clause loosely on the noun and the verb on the clause. Read as
     * written: the noun is the subject of the loose verb, which takes the clause's place, and the clause is on
     * the noun (acl, acl:relcl).
     */
    static List<Dependency> repairLooseVerbs(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency loose : deps) {
            int clause = loose.governor();
            int verb = loose.dependent();
            if (!loose.relation().equals("dep") || clause < 0 || verb < clause) continue;
            String pos = String.valueOf(tokens.get(verb).pos());
            if (!pos.startsWith("VB") || has(deps, verb, "nsubj") || has(deps, verb, "nsubj:pass")) continue;
            boolean finite = FINITE.contains(pos) || has(deps, verb, "aux");
            List<Integer> subjects = children(deps, clause, "nsubj");
            if (subjects.isEmpty()) continue;
            int subject = subjects.get(0);
            Dependency up = head(deps, clause);
            if (up == null) continue;
            boolean participle = "VBN".equals(tokens.get(clause).pos()) && !has(deps, clause, "aux")
                    && subject < clause && tagged(tokens, subject, "NN");
            boolean relative = RELATIVES.contains(tokens.get(subject).lemma()) && up.relation().equals("dep")
                    && up.governor() >= 0 && up.governor() < clause
                    && tagged(tokens, up.governor(), "NN");
            if (participle && finite) {
                out.remove(loose);
                out.remove(up);
                out.remove(new Dependency(clause, subject, "nsubj"));
                boolean said = up.relation().equals("advcl") && up.governor() >= 0
                        && SAYING.contains(tokens.get(up.governor()).lemma());
                out.add(new Dependency(up.governor(), verb, said ? "ccomp" : up.relation()));
                out.add(new Dependency(subject, clause, "acl"));
                out.add(new Dependency(verb, subject, "nsubj"));
            } else if (relative && (finite || pos.equals("VBN"))) {
                int noun = up.governor();
                Dependency top = head(deps, noun);
                if (top == null) continue;
                out.remove(loose);
                out.remove(up);
                out.remove(top);
                out.add(new Dependency(noun, clause, "acl:relcl"));
                out.add(new Dependency(top.governor(), verb, top.relation()));
                out.add(new Dependency(verb, noun, "nsubj"));
            }
        }
        return out;
    }

    /** Verbs whose object is rightly the subject of a noun after it: "called the recognition a reward". */
    static final Set<String> SMALL_CLAUSE_VERBS = Set.of("call", "brand", "label", "dub", "term", "name", "consider",
            "declare", "elect", "appoint", "make", "deem", "proclaim", "designate");

    /**
     * Repairs the parser's misreading of "India struck nine sites in Pakistan and Pakistani Kashmir": it makes
     * "sites" the subject of "Kashmir" and the name a predicate (xcomp, or a clause: ccomp) of the verb, which is
     * left with no object. Read as written: the noun is the verb's object and the name is conjoined to the last
     * noun before it.
     */
    static List<Dependency> repairSmallClauses(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency x : deps) {
            int verb = x.governor();
            int name = x.dependent();
            boolean clause = x.relation().equals("xcomp") || x.relation().equals("ccomp");
            if (!clause || verb < 0 || !tagged(tokens, name, "NN") || SMALL_CLAUSE_VERBS.contains(tokens.get(verb).lemma())) continue;
            if (has(deps, verb, "obj")) continue;
            List<Integer> subjects = children(deps, name, "nsubj");
            // "said they would blockade Paris": a verb the tagger took for a noun has its auxiliary
            // ... and "said the sanctions were a hostile act" its copula
            if (subjects.isEmpty() || subjects.get(0) < verb || has(deps, name, "aux") || has(deps, name, "cop")) continue;
            int noun = subjects.get(0);
            if (!tagged(tokens, noun, "NN")) continue;
            int last = noun;
            for (int i = noun + 1; i < name; i++) if (tagged(tokens, i, "NN")) last = i;
            out.remove(x);
            out.remove(new Dependency(name, noun, "nsubj"));
            out.add(new Dependency(verb, noun, "obj"));
            out.add(new Dependency(last, name, "conj"));
            // "... camps in Afghanistan on Thursday, retaliation for ...": the name's time phrases are the verb's
            for (Dependency d : deps) {
                if (d.governor() != name || !(d.base().equals("obl") || d.relation().equals("obj"))) continue;
                out.remove(d);
                out.add(new Dependency(verb, d.dependent(), d.relation().equals("obj") ? "dep" : d.relation()));
            }
        }
        return out;
    }

    /**
     * Repairs the parser's reading of "Tens of thousands of students hurled stones at the embassy": with the verb
     * tagged a participle, "hurled stones" becomes a noun phrase and the sentence has no verb. In a sentence whose
     * root is a noun, a participle right after a noun, modifying the noun phrase after it, is the sentence's verb:
     * the root is its subject, that phrase ("sentenced Wall Street Journal reporter Evan Gershkovich") its object,
     * and the phrases the root held after the verb are the verb's.
     */
    static List<Dependency> repairVerblessRoots(List<Dependency> deps, List<Token> tokens) {
        Dependency root = deps.stream().filter(d -> d.governor() < 0).findFirst().orElse(null);
        if (root == null || !tagged(tokens, root.dependent(), "NN")) return deps;
        int subject = root.dependent();
        for (Dependency d : deps) {
            int v = d.dependent();
            int o = d.governor();
            if (!d.relation().equals("amod") || o <= v || v <= subject || !tagged(tokens, o, "NN")) continue;
            if (!tagged(tokens, v - 1, "NN") || !Set.of("VBN", "VBD").contains(String.valueOf(tokens.get(v).pos()))) continue;
            boolean phrase = true;
            for (int i = v + 1; i < o; i++) phrase &= tagged(tokens, i, "NN") || tagged(tokens, i, "JJ") || tagged(tokens, i, "CD");
            if (!phrase) continue;
            // the phrase's head: "reporter" is a compound on "Gershkovich"
            Dependency up = head(deps, o);
            while (up != null && up.relation().equals("compound") && up.governor() > o) {
                o = up.governor();
                up = head(deps, o);
            }
            List<Dependency> out = new ArrayList<>(deps);
            out.remove(root);
            out.remove(d);
            if (up != null) out.remove(up);
            out.add(new Dependency(-1, v, "root"));
            out.add(new Dependency(v, subject, "nsubj"));
            out.add(new Dependency(v, o, "obj"));
            for (Dependency c : deps) {
                if (c.governor() != subject || c.dependent() <= o || c.relation().equals("punct")) continue;
                out.remove(c);
                out.add(new Dependency(v, c.dependent(), c.relation().startsWith("nmod") ? "obl" : c.relation()));
            }
            return out;
        }
        return deps;
    }

    /**
     * Repairs the parser's reading of "fired tear gas and live rounds at protesters": an adjective the tagger took
     * for a verb's base form ("live") is conjoined to the past-tense verb. A base form with no subject, auxiliary
     * or marker, conjoined to a past-tense verb that has an object, with its own object right after it, modifies
     * that object, which is the verb's second object.
     */
    static List<Dependency> repairBaseConjuncts(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency c : deps) {
            if (!c.relation().equals("conj") || c.governor() < 0) continue;
            int h = c.governor();
            int v = c.dependent();
            if (!"VBD".equals(tokens.get(h).pos()) || !"VB".equals(tokens.get(v).pos())) continue;
            if (has(deps, v, "nsubj") || has(deps, v, "aux") || has(deps, v, "mark")) continue;
            List<Integer> first = children(deps, h, "obj");
            List<Integer> second = children(deps, v, "obj");
            if (first.isEmpty() || second.size() != 1 || second.get(0) != v + 1) continue;
            int o = second.get(0);
            out.remove(c);
            out.remove(new Dependency(v, o, "obj"));
            out.add(new Dependency(first.get(0), o, "conj"));
            out.add(new Dependency(o, v, "amod"));
            for (int cc : children(deps, v, "cc")) {
                out.remove(new Dependency(v, cc, "cc"));
                out.add(new Dependency(o, cc, "cc"));
            }
        }
        return out;
    }

    /** Participles that after a comma introduce a phrase, not a clause ("40 people, including two children"). */
    private static final Set<String> PHRASE_PARTICIPLES = Set.of("include", "accord", "follow", "regard", "concern");

    /**
     * Repairs a participle clause after a comma hung on the noun before it: in "set off explosions near a cafe in
     * Jakarta, killing four civilians" the parser makes "killing" a modifier of "Jakarta" or "cafe". Set off by a
     * comma, a present participle goes on from the verb of the clause, as an adverbial clause of that verb.
     */
    static List<Dependency> repairCommaParticiples(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency acl : deps) {
            int g = acl.dependent();
            if (!acl.relation().equals("acl") || acl.governor() < 0 || g < 1 || !"VBG".equals(tokens.get(g).pos())
                    || !",".equals(tokens.get(g - 1).word()) || PHRASE_PARTICIPLES.contains(tokens.get(g).lemma())) continue;
            int up = acl.governor();
            for (int step = 0; step < 4 && up >= 0 && !tagged(tokens, up, "VB"); step++) {
                Dependency h = head(deps, up);
                up = h == null ? -1 : h.governor();
            }
            if (up < 0 || !tagged(tokens, up, "VB")) continue;
            out.remove(acl);
            out.add(new Dependency(up, g, "advcl"));
        }
        return out;
    }

    /**
     * Moves, in {@code out}, every dependent that hangs on {@code from} by {@code relation} in {@code deps} to hang on
     * {@code to} by {@code as} ("and" from the name to the verb it is the subject of).
     */
    private static void rehang(List<Dependency> deps, List<Dependency> out, int from, String relation, int to, String as) {
        for (Dependency d : deps) {
            if (d.governor() == from && d.relation().equals(relation)) {
                out.remove(d);
                out.add(new Dependency(to, d.dependent(), as));
            }
        }
    }

    /** True when a token's tag starts with the prefix ("NN": a noun; "VB": a verb). */
    private static boolean tagged(List<Token> tokens, int i, String prefix) {
        return String.valueOf(tokens.get(i).pos()).startsWith(prefix);
    }

    /** The tokens that hang on a governor by a relation, in order. */
    private static List<Integer> children(List<Dependency> deps, int governor, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : deps) if (d.governor() == governor && d.relation().equals(relation)) out.add(d.dependent());
        return out;
    }

    /** True when the preposition {@code word} marks the phrase {@code t} heads (its "case"). */
    private static boolean caseOf(List<Dependency> deps, List<Token> tokens, int t, String word) {
        return children(deps, t, "case").stream().anyMatch(c -> tokens.get(c).word().equalsIgnoreCase(word));
    }

    private static boolean has(List<Dependency> deps, int governor, String relation) {
        return !children(deps, governor, relation).isEmpty();
    }

    /** True when {@code t} is {@code top} or lies below it in the parse. */
    private static boolean under(List<Dependency> deps, int t, int top) {
        for (int depth = 0; depth < 6 && t >= 0; depth++) {
            if (t == top) return true;
            Dependency h = head(deps, t);
            t = h == null ? -1 : h.governor();
        }
        return false;
    }

    /** The sentence's root token, or -1. */
    private static int root(List<Dependency> deps) {
        for (Dependency d : deps) if (d.governor() < 0) return d.dependent();
        return -1;
    }

    /** The relation that hangs a token on its head, or null. */
    private static Dependency head(List<Dependency> deps, int token) {
        for (Dependency d : deps) if (d.dependent() == token) return d;
        return null;
    }

    /**
     * Repairs the parser's conjoining of a finite verb to a gerund or noun below the verb it goes with: "accused the
     * Philippines of provoking a clash and demanded that Manila withdraw" is parsed with "demanded" conjoined to
     * "provoking"; "thanked Putin for finding time to see her and reaffirmed its support" with "reaffirmed" conjoined to
     * "see". A finite verb coordinates with a finite verb: it is conjoined to the nearest finite one above.
     */
    static List<Dependency> repairFiniteConjuncts(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency conj : deps) {
            if (!conj.relation().equals("conj") || conj.governor() < 0) continue;
            String first = String.valueOf(tokens.get(conj.governor()).pos());
            // "made a visit to Kyiv on Monday, where he was greeted by Zelensky, and pledged aid": a clause of
            // place or time ("where", "when") is an aside; the verb after it goes on from the sentence's verb
            final int g = conj.governor();
            Dependency on = head(deps, g);
            boolean aside = on != null && on.relation().equals("acl:relcl") && children(deps, g, "advmod").stream()
                    .anyMatch(a -> tokens.get(a).lemma().equals("where") || tokens.get(a).lemma().equals("when"));
            // "said that Russia was behind a series of attacks, and accused Moscow of ...", "accused" tagged a
            // participle: one with an object and no auxiliary, conjoined to a noun, is a finite verb too
            int v = conj.dependent();
            // ("demanded that Britain let its diplomats see her, and accused London of ...": conjoined to an infinitive)
            boolean participle = "VBN".equals(tokens.get(v).pos()) && (first.startsWith("NN") || first.equals("VB"))
                    && has(deps, v, "obj") && !has(deps, v, "aux") && !has(deps, v, "aux:pass");
            if (!FINITE.contains(tokens.get(v).pos()) && !participle) continue;
            // "thanked Putin for finding time to see her and reaffirmed ...": a past verb is no infinitive's conjunct
            String pos = String.valueOf(tokens.get(v).pos());
            boolean infinitive = first.equals("VB") && (pos.equals("VBD") || pos.equals("VBZ") || participle);
            if (!aside && !infinitive && (FINITE.contains(first) || !(first.equals("VBG") || first.startsWith("NN")))) continue;
            int up = finiteAbove(deps, tokens, g);
            // the tagger reads "see" after a plural as a present tense ("let its diplomats see her, and accused London
            // of ..."): a present verb in a clause below the sentence's verb is no past verb's conjunct either, and the
            // subjunctive above it may be read as past ("that Britain let"): the past verb goes on from the root's
            Dependency upHead = up < 0 ? null : head(deps, up);
            if (up >= 0 && "VBP".equals(tokens.get(up).pos()) && !pos.equals("VBP") && !pos.equals("VBZ")
                    && upHead != null && upHead.governor() >= 0 && !upHead.relation().equals("conj")) {
                int root = root(deps);
                if (root >= 0 && root < v) up = root;
            }
            if (up < 0) continue;
            out.remove(conj);
            out.add(new Dependency(up, conj.dependent(), "conj"));
        }
        return out;
    }

    /** The nearest finite verb above {@code t}, not counting {@code t} itself or a conjunct's head; -1 if none near. */
    private static int finiteAbove(List<Dependency> deps, List<Token> tokens, int t) {
        int up = t;
        for (int step = 0; step < 4 && up >= 0 && (up == t || !FINITE.contains(tokens.get(up).pos())); step++) {
            final int x = up;
            up = deps.stream().filter(d -> d.dependent() == x && !d.relation().equals("conj"))
                    .mapToInt(Dependency::governor).findFirst().orElse(-1);
        }
        return up >= 0 && FINITE.contains(tokens.get(up).pos()) ? up : -1;
    }

    /**
     * Repairs a participle clause after a comma hung on an infinitive: in "decided to remove Arafat, branding him an
     * obstacle" and "gave the ambassador 48 hours to quit Kinshasa, accusing Kigali of ..." the parser puts the
     * participle under "remove" and "quit". The clause goes on from the sentence's finite verb, whose subject does it.
     */
    static List<Dependency> repairInfinitiveAdjuncts(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = null;
        for (Dependency d : deps) {
            if (d.governor() < 0 || !(d.relation().equals("conj") || d.relation().equals("dep"))) continue;
            int v = d.dependent();
            if (!"VBG".equals(tokens.get(v).pos()) || v == 0 || !",".equals(tokens.get(v - 1).word())
                    || !"VB".equals(tokens.get(d.governor()).pos()) || has(deps, v, "aux") || has(deps, v, "mark")) continue;
            int up = finiteAbove(deps, tokens, d.governor());
            if (up < 0) continue;
            if (out == null) out = new ArrayList<>(deps);
            out.remove(d);
            out.add(new Dependency(up, v, "dep"));
        }
        return out == null ? deps : out;
    }
}
