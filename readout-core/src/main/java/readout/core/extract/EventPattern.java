package readout.core.extract;

import readout.core.nlp.Dependency;
import readout.core.nlp.ParsedSentence;
import readout.core.nlp.TimeWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One event pattern, a row of a pattern file (format in docs/patterns.md): a trigger word (a verb or, with
 * {@code n:}, a noun), the dependents it requires, which of them gives the target, the CAMEO code, flags,
 * and where the row came from ({@code file:line}).
 *
 * @param trigger    the trigger's lemma
 * @param noun       true for a noun trigger ("talks", "sanctions on")
 * @param code       CAMEO code; null for a word that only carries a flag (speech, intent, negate)
 * @param flags      how the event is read (symmetric, responsive, negated …)
 * @param conditions dependents that must be present, in order; at most one binds the target
 * @param origin     {@code file:line} of the row
 */
public record EventPattern(String trigger, boolean noun, String code, Set<Flag> flags, List<Condition> conditions,
                           String origin) {

    /** How a pattern's event is read. */
    public enum Flag {
        /** symmetric: "A and B met" codes A→B and B→A */
        SYM,
        /** responsive: with no target, the party being answered is the target */
        RESP,
        /** the word itself says something did not happen ("omit", "keep mum") */
        NEG,
        /** may be coded with no target (statements, omissions) */
        MONO,
        /** takes an infinitive event it makes intended ("plan to visit") */
        INTENT,
        /** takes an infinitive event it negates ("fail to", "decline to") */
        NEGATE,
        /** a verb of saying: its clause is attributed to its subject */
        SPEECH,
        /** its object is what is talked about, not who is talked to ("discussed the war") */
        ABOUT,
        /** takes an infinitive event and codes it as its own act ("threatened to impose tariffs on X") */
        CARRY,
        /**
         * with no target named, aimed at home: the country where it happens ("rioted at a jail in Israel"),
         * else the source's own ("Algerian farmers began a hunger strike"): protests, curfews
         */
        HOME,
        /** its infinitive is a decision taken, not a threat: "agreed to impose sanctions" keeps its code */
        DECIDE,
        /**
         * what it says of its object is not an event: an allegation ("accused Cambodia of reinforcing its troops"),
         * a request ("urged Israel to halt its strikes")
         */
        IRREAL,
        /**
         * a noun naming the means of an act of force ("a roadside bomb", "an explosion"): as the act's subject,
         * with no one named, the act is the country's where it happens
         */
        WEAPON,
        /**
         * an act only a state does (arrest, detain, deport, jail): told in the passive with no one named, it is the
         * act of the country where it happens ("a missionary was arrested in Lebanon": LBN)
         */
        STATE,
        /**
         * a claim of responsibility: with no target named, aimed where the act of force it follows was ("Hamas
         * claimed responsibility for the attack": at whoever the attack hit)
         */
        CLAIM,
        /**
         * done by both sides, whoever is named first: talks held "with" a side are that side's talks too, so each
         * target is also coded as the source of the same act aimed back ("Kuleba held talks with Wang Yi" codes both
         * directions); talks only intended stay the intent of whoever means to hold them
         */
        MUTUAL,
        /** adds a sense without claiming the word: a later file's rows for the word still count */
        ADD;

        static Flag parse(String s, String where) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown flag '" + s + "' (flags: "
                        + java.util.Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                                .collect(java.util.stream.Collectors.joining(", ")) + ")");
            }
        }
    }

    public boolean has(Flag f) {
        return flags.contains(f);
    }

    /** True for a meeting, a call or a visit (CAMEO root 04): what it was made to say is said to whom it reached. */
    public boolean contact() {
        return code != null && code.startsWith("04");
    }

    /** How much a match says: each required dependent counts one, a required word one more. */
    public int specificity() {
        int n = 0;
        for (Condition c : conditions) n += c.lemmas().isEmpty() ? 1 : 2;
        return n;
    }

    /** True when the pattern names its trigger's object ("lift>sanction"), so the object is no event of its own. */
    public boolean consumesTheme() {
        return conditions.stream().anyMatch(c -> c.path().size() == 1 && c.path().get(0).equals("theme")
                && !c.lemmas().isEmpty());
    }

    /**
     * True when the row says where the target is with {@code ->target} ("theme->target", "ccomp/nsubj->target"):
     * the target is looked for there only. The short form {@code verb+prep} names a word the phrase needs,
     * and the target is also looked for where reporters usually put it.
     */
    public boolean placesTarget() {
        return conditions.stream().anyMatch(c -> c.target() && !c.path().get(0).startsWith("+"));
    }

    /**
     * True when one actor can carry the event with no target named, as its row says: a statement, omission,
     * resignation, protest or show of force ({@code mono}), an act aimed at home ({@code home}), a response whose addressee the discourse may
     * supply ({@code resp}), a word that negates what follows ({@code negate}). The pre-filter parses
     * one-sided sentences for such words, and the extractor codes them without a target.
     */
    public boolean oneSided() {
        return has(Flag.MONO) || has(Flag.RESP) || has(Flag.NEGATE) || has(Flag.HOME) || has(Flag.CLAIM);
    }

    /** The row as written, for explanations. */
    public String describe() {
        StringBuilder sb = new StringBuilder(noun ? "n:" + trigger : trigger);
        for (Condition c : conditions) sb.append(' ').append(c);
        return sb.append(' ').append(code == null ? "-" : code).toString();
    }

    /**
     * A required dependent: a path of dependency steps from the trigger, optionally restricted to lemmas,
     * optionally the target. Steps: a relation ({@code obj}, {@code nsubj}, {@code xcomp}, {@code ccomp},
     * {@code obl} for any obl; {@code advcl|dep} either); {@code prep:X} (obl:X or nmod:X, not a time phrase; {@code prep:X|Y} either); {@code theme} (object or
     * passive subject, or what a partitive object counts: "hundreds of doctors"); {@code word} (particle, adverb, object or complement); {@code +X} (preposition X, else
     * a particle, adverb or object X: the short form of the original lexicon).
     */
    public record Condition(List<String> path, Set<String> lemmas, boolean target) {

        /** The word class of a token that names a party: an actor, a pronoun, a noun of a role ("welcomed Putin"). */
        public static final String PARTY = "@party";
        /** The word class of a token that names a place: a town, a capital or a country ("captured Goma"). */
        public static final String PLACE = "@place";
        /**
         * A country by its name, not a town or a region in it nor its adjective ("sent troops to Russia", not "to Los
         * Angeles" or "to Crimea").
         */
        public static final String COUNTRY = "@country";
        /** A common or proper noun ("calls him a separatist": naming, not a phone call). */
        public static final String NOUN = "@noun";
        /** One person: a person named, or "he", "him", "she", "her" ("shot him": an attempt on a life, not a battle). */
        public static final String PERSON = "@person";
        /** People or things by the hundred or more: "hundreds", "thousands of", "more than 10,000 Haitians". */
        public static final String MANY = "@many";
        /** An international organisation or court named: "withdrew from the ICC", "quit ECOWAS". */
        public static final String BODY = "@body";
        /** The classes the coder knows without a definition: they depend on the actors found or the tags, not on words. */
        public static final Set<String> BUILT_IN = Set.of(PARTY, PLACE, COUNTRY, NOUN, PERSON, MANY, BODY);

        /** Tells which tokens of a sentence belong to a built-in class ({@link #BUILT_IN}). */
        @FunctionalInterface
        public interface Classes {
            Classes NONE = (cls, t) -> false;

            boolean has(String cls, int token);
        }

        /** Parses one condition: {@code obj=aid|loan}, {@code obj/prep:at->target}, {@code ccomp/nsubj->target}. */
        static Condition parse(String s, String where, java.util.Map<String, Set<String>> classes) {
            boolean target = false;
            if (s.endsWith("->target")) {
                target = true;
                s = s.substring(0, s.length() - "->target".length());
            }
            Set<String> lemmas = new java.util.HashSet<>();
            int eq = s.indexOf('=');
            if (eq >= 0) {
                for (String l : s.substring(eq + 1).toLowerCase(Locale.ROOT).split("\\|")) {
                    if (!l.startsWith("@") || BUILT_IN.contains(l)) {
                        lemmas.add(l);
                    } else if (classes.containsKey(l)) {
                        lemmas.addAll(classes.get(l)); // a class defined above ("@aid")
                    } else {
                        throw new IllegalArgumentException(where + ": unknown word class '" + l + "' (classes: "
                                + String.join(", ", new java.util.TreeSet<>(BUILT_IN)) + " and those defined above: " + new java.util.TreeSet<>(classes.keySet()) + ")");
                    }
                }
                s = s.substring(0, eq);
            }
            if (s.isEmpty()) throw new IllegalArgumentException(where + ": empty condition");
            final String bare = s;
            if (lemmas.isEmpty() && !target && java.util.Arrays.stream(Flag.values())
                    .anyMatch(f -> f.name().equalsIgnoreCase(bare))) {
                // "clash 190 <tab><tab> sym": a flag one column too far right would be a relation no parse has
                throw new IllegalArgumentException(where + ": '" + s + "' is a flag, not a condition: flags go in the"
                        + " third column (key, code, flags, conditions)");
            }
            List<String> path = List.of(s.split("/"));
            for (String step : path) {
                if (step.isEmpty()) throw new IllegalArgumentException(where + ": empty step in condition '" + s + "'");
            }
            return new Condition(path, Set.copyOf(lemmas), target);
        }

        /**
         * The first token in the sentence that satisfies this condition from the trigger, or -1; {@code builtIn}
         * says which tokens belong to the built-in classes ({@code @party}, {@code @place}).
         */
        int find(ParsedSentence ps, int trigger, Classes builtIn) {
            int found = walk(ps, trigger, path, builtIn);
            // "cut off gas supplies to Poland" and "cut electricity to Gaza": a phrase the path seeks under the
            // object (or under another phrase) may be hung by the parser on the verb itself
            if (found < 0 && path.size() == 2 && path.get(1).startsWith("prep:")) found = walk(ps, trigger, path.subList(1, 2), builtIn);
            return found;
        }

        private int walk(ParsedSentence ps, int trigger, List<String> path, Classes builtIn) {
            List<Integer> at = List.of(trigger);
            for (String step : path) {
                List<Integer> next = new ArrayList<>();
                for (int t : at) next.addAll(step(ps, t, step));
                at = next;
                if (at.isEmpty()) return -1;
            }
            for (int t : at) {
                if (lemmas.isEmpty() || names(ps, t, builtIn)) return t;
                // "fired on crowds of demonstrators": a word that counts or gathers people stands for whom it counts
                int counted = SideReader.counted(ps, t);
                if (counted != t && names(ps, counted, builtIn)) return counted;
            }
            return -1;
        }

        /** True when the token at {@code t} is one the condition names: its lemma, its hyphenated whole, or a class. */
        private boolean names(ParsedSentence ps, int t, Classes builtIn) {
            String whole = ps.hyphenated(t);
            if (names(ps.token(t).lemma().toLowerCase(Locale.ROOT)) || whole != null && names(whole)) return true;
            for (String b : BUILT_IN) if (lemmas.contains(b) && builtIn.has(b, t)) return true;
            return false;
        }

        /** True when a lemma is one the condition names, or a plural the tagger left as it is ("troops"). */
        private boolean names(String lemma) {
            return lemmas.contains(lemma) || lemma.length() > 3 && lemma.endsWith("s") && !lemma.endsWith("ss")
                    && lemmas.contains(lemma.substring(0, lemma.length() - 1));
        }

        private static List<Integer> step(ParsedSentence ps, int t, String step) {
            List<Integer> out = new ArrayList<>();
            if (step.startsWith("+")) {
                String w = step.substring(1);
                for (Dependency d : ps.children(t)) {
                    if (isPrep(ps, d, w)) out.add(d.dependent());
                }
                if (!out.isEmpty()) return out;
                for (Dependency d : ps.children(t)) {
                    if (isWord(d) && ps.token(d.dependent()).lemma().equalsIgnoreCase(w)) out.add(d.dependent());
                }
                return out;
            }
            // "prep:toward|near": any of the prepositions
            Set<String> prep = step.startsWith("prep:") ? Set.of(step.substring(5).split("\\|")) : null;
            if (step.equals("theme")) {
                // the object (and the objects coordinated with it), and what a partitive or a sum counts:
                // "hundreds of doctors", "a shipment of arms", "troops and millions of shells", "$10 million in aid",
                // "ships carrying aid"
                for (Dependency d : ps.children(t)) {
                    if (!d.relation().equals("obj") && !d.relation().equals("nsubj:pass")) continue;
                    List<Integer> objects = new ArrayList<>(List.of(d.dependent()));
                    objects.addAll(ps.children(d.dependent(), "conj"));
                    for (int o : objects) {
                        out.add(o);
                        out.addAll(ps.children(o, "nmod:of", "nmod:in"));
                        // "two ships carrying relief supplies": what the means carries
                        for (int c : ps.children(o, "acl")) if (ps.token(c).lemma().equals("carry")) out.addAll(ps.children(c, "obj"));
                    }
                }
                return out;
            }
            boolean participle = "VBG".equals(ps.token(t).pos());
            boolean infinitive = "VB".equals(ps.token(t).pos()) && ps.hasChild(t, "mark", "to");
            if (step.equals("nsubj") && ps.children(t, "nsubj").isEmpty() && (participle || infinitive)) {
                // "students hurled stones ..., protesting against the bombing", "Kurds rallied to protest against
                // the strikes": a participle's or an infinitive's subject is the one of the verb it goes on from
                // (not where that verb has an object, who is the one told to act: "urged the Kurds to protest")
                for (Dependency up : ps.parents(t)) {
                    int g = up.governor();
                    boolean control = up.base().equals("xcomp") && infinitive && ps.children(g, "obj").isEmpty()
                            && ps.children(g, "iobj").isEmpty();
                    if (g >= 0 && (up.base().equals("advcl") || up.base().equals("dep") || control)) {
                        out.addAll(ps.children(g, "nsubj"));
                    }
                }
                return out;
            }
            List<Dependency> deps = ps.children(t);
            for (Dependency up : prep != null ? ps.parents(t) : List.<Dependency>of()) {
                // "two days of drills around Taiwan": the parser often hangs the phrase on the count; "conducted
                // drills around Taiwan": on the verb whose object the word is
                boolean count = up.relation().equals("nmod:of") && up.governor() >= 0 && !ps.children(up.governor(), "nummod").isEmpty();
                boolean verb = up.relation().equals("obj") && up.governor() >= 0
                        && String.valueOf(ps.token(up.governor()).pos()).startsWith("VB");
                if (count || verb) {
                    deps = new ArrayList<>(deps);
                    deps.addAll(ps.children(up.governor()));
                }
            }
            for (Dependency d : deps) {
                boolean ok = prep != null ? prep.stream().anyMatch(x -> isPrep(ps, d, x))
                        : step.equals("word") ? isWord(d)
                        : step.equals("mod") ? d.relation().equals("amod") || d.relation().equals("compound")
                        : step.indexOf(':') < 0 ? oneOf(step, d.base())
                        : d.relation().equals(step);
                if (ok && d.dependent() != t) out.add(d.dependent());
            }
            return out;
        }

        /** True when a word is one of a step's alternatives ("advcl|dep"), splitting only a step that has several. */
        private static boolean oneOf(String alternatives, String word) {
            if (alternatives.indexOf('|') < 0) return alternatives.equals(word);
            for (String a : alternatives.split("\\|")) if (a.equals(word)) return true;
            return false;
        }

        private static boolean isPrep(ParsedSentence ps, Dependency d, String prep) {
            // the agent of a passive is "by" too, whichever way the parser labels it
            boolean by = prep.equals("by") && d.relation().equals("obl:agent");
            // "charged with smuggling", "banned from working": a gerund after the preposition is its phrase too
            boolean gerund = d.base().equals("advcl") && "VBG".equals(ps.token(d.dependent()).pos());
            return (by || (d.base().equals("obl") || d.base().equals("nmod") || gerund) && d.specifier().equals(prep))
                    && !TimeWords.isTime(ps.token(d.dependent()));
        }

        private static boolean isWord(Dependency d) {
            String r = d.relation();
            return r.equals("compound:prt") || r.equals("advmod") || r.equals("obj") || r.equals("xcomp")
                    || r.equals("nsubj:pass");
        }

        @Override
        public String toString() {
            String p = String.join("/", path);
            if (!lemmas.isEmpty()) p += "=" + String.join("|", new java.util.TreeSet<>(lemmas));
            return target ? p + "->target" : p;
        }
    }

    /**
     * A pattern that matched a trigger token, with the token its target condition bound (or -1) and the tokens
     * its worded conditions bound ("declined" + "comment"): words of the phrase, no events of their own.
     */
    public record Match(EventPattern pattern, int target, List<Integer> words) {
        public Match(EventPattern pattern, int target) {
            this(pattern, target, List.of());
        }
    }
}
