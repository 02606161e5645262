package readout.core.extract;

import readout.core.kb.Entry;
import readout.core.kb.KnowledgeBase;
import readout.core.model.Actor;
import readout.core.model.Attribution;
import readout.core.model.Modality;
import readout.core.nlp.Dependency;
import readout.core.nlp.ParsedSentence;
import readout.core.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stages 4 and 5, events and modality: reads who did what to whom from a parsed sentence's enhanced++
 * dependencies. Verbal predicates (subject, object, prepositional targets), passives (the agent is the
 * source), event nouns under light verbs ("hopped on a call with"), nominal events ("Xi's visit to
 * Pyongyang", "talks between Seoul and Beijing"), coordinated actors (one event per pair), reported
 * speech (attribution to the speaker) and modality (negated, intended, hypothetical, reported).
 */
public final class EventExtractor {
    private static final List<String> TARGET_RELATIONS = List.of("obj", "iobj", "obl:with", "obl:to", "obl:against",
            "obl:on", "obl:toward", "obl:towards", "nmod:with", "nmod:to");
    private static final List<String> NOUN_TARGET_RELATIONS = List.of("nmod:with", "nmod:to", "nmod:on", "nmod:against",
            "nmod:between", "nmod:for", "nmod:toward", "nmod:towards", "nmod:of", "nmod:from", "nmod:by");
    private static final List<String> MODIFIER_RELATIONS = List.of("nmod:poss", "amod", "compound", "nmod:of", "nmod:from",
            "nmod:in");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> CONDITIONAL = Set.of("would", "could", "might", "may", "should");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");

    private final KnowledgeBase kb;
    private final Lexicon lexicon;

    public EventExtractor(KnowledgeBase kb, Lexicon lexicon) {
        this.kb = kb;
        this.lexicon = lexicon;
    }

    /** Events of one parsed sentence, in trigger order. */
    public List<Candidate> extract(ParsedSentence ps, String articleText, List<Mention> mentions, Discourse discourse,
                                   boolean question) {
        return new Reading(ps, articleText, mentions, discourse, question).run();
    }

    /** The work on one sentence. */
    private final class Reading {
        final ParsedSentence ps;
        final String text;
        final Mention[] mentionAt;
        final Discourse discourse;
        final boolean question;
        final Set<Integer> consumed = new HashSet<>();
        final List<Candidate> out = new ArrayList<>();

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
        }

        List<Candidate> run() {
            for (Token t : ps.tokens()) {
                if (t.pos() != null && t.pos().startsWith("VB")) verb(t.index());
            }
            for (Token t : ps.tokens()) {
                // a noun inside a name ("Asia-Pacific Economic Cooperation") is not an event
                if (t.pos() != null && t.pos().startsWith("NN") && !consumed.contains(t.index())
                        && mentionAt[t.index()] == null) {
                    noun(t.index());
                }
            }
            return out;
        }

        // ---- verbs

        void verb(int v) {
            Token tv = ps.token(v);
            Lexicon.Sense sense = null;
            int prepTarget = -1;
            for (Dependency d : ps.children(v)) {
                String particle = particle(d);
                if (particle == null) continue;
                Lexicon.Sense s = lexicon.verb(tv.lemma(), particle);
                if (s != null && s.code() != null) {
                    sense = s;
                    prepTarget = d.base().equals("obl") || d.base().equals("nmod") ? d.dependent() : -1;
                    break;
                }
            }
            if (sense == null) sense = lexicon.verb(tv.lemma());
            // a verb governing an event noun with a pair row ("lift sanctions") takes the pair's code
            for (int n : ps.children(v, "obj")) {
                Lexicon.Sense pair = lexicon.pair(tv.lemma(), ps.token(n).lemma());
                if (pair != null) {
                    sense = pair;
                    consumed.add(n);
                }
            }
            if (sense == null || sense.code() == null) return;
            if (governsEvent(v) && takesIntent(tv.lemma())) return;

            List<Actor> sources;
            List<Actor> targets = new ArrayList<>();
            List<Integer> passiveSubjects = ps.children(v, "nsubj:pass");
            if (!passiveSubjects.isEmpty()) {
                sources = actorsOf(ps.children(v, "obl:agent"), ps.children(v, "obl:by"));
                targets.addAll(actorsOf(passiveSubjects));
            } else {
                sources = subjects(v);
                if (prepTarget >= 0) targets.addAll(actorsOf(List.of(prepTarget)));
                if (targets.isEmpty()) targets.addAll(defaultTargets(v));
            }
            for (int n : ps.children(v, "obj")) consumed.add(n);
            emit(v, -1, sense, sense.code(), sources, targets);
        }

        /** The word that selects a verb+X row: a preposition's specifier, or a particle, adverb or object lemma. */
        String particle(Dependency d) {
            String r = d.relation();
            if ((d.base().equals("obl") || d.base().equals("nmod")) && !d.specifier().isEmpty()) return d.specifier();
            if (r.equals("compound:prt") || r.equals("advmod") || r.equals("obj") || r.equals("xcomp")) {
                return ps.token(d.dependent()).lemma();
            }
            return null;
        }

        /** True when the verb's infinitive complement itself carries an event ("agreed to meet"). */
        boolean governsEvent(int v) {
            for (int x : ps.children(v, "xcomp")) {
                Lexicon.Sense s = lexicon.verb(ps.token(x).lemma());
                if (s != null && s.code() != null) return true;
                for (int n : ps.children(x, "obj")) if (lexicon.noun(ps.token(n).lemma()) != null) return true;
            }
            return false;
        }

        List<Actor> subjects(int v) {
            List<Actor> s = actorsOf(ps.children(v, "nsubj"));
            if (!s.isEmpty()) return s;
            // conjoined or controlled verbs without their own subject borrow their head's
            for (Dependency d : ps.parents(v)) {
                if (d.base().equals("conj") || d.base().equals("xcomp") || d.base().equals("advcl")) {
                    if (d.governor() >= 0) {
                        s = actorsOf(ps.children(d.governor(), "nsubj"));
                        if (!s.isEmpty()) return s;
                    }
                }
            }
            return s;
        }

        List<Actor> defaultTargets(int v) {
            for (String rel : TARGET_RELATIONS) {
                for (Dependency d : ps.children(v)) {
                    if (!d.relation().equals(rel)) continue;
                    List<Actor> a = actorsOf(List.of(d.dependent()));
                    if (a.isEmpty() && (rel.equals("obj") || rel.startsWith("obl"))) a = modifierActors(d.dependent());
                    if (a.isEmpty() && rel.equals("obj")) a = nounTargets(d.dependent());
                    if (!a.isEmpty()) return a;
                }
            }
            return List.of();
        }

        // ---- nouns

        void noun(int n) {
            Token tn = ps.token(n);
            Lexicon.Sense sense = null;
            for (Dependency d : ps.children(n)) {
                if (d.base().equals("nmod") && !d.specifier().isEmpty()) {
                    Lexicon.Sense s = lexicon.noun(tn.lemma(), d.specifier());
                    if (s != null) {
                        sense = s;
                        break;
                    }
                }
            }
            if (sense == null) sense = lexicon.noun(tn.lemma());
            if (sense == null || sense.code() == null) return;
            int governor = lightVerb(n);
            if (governor == -2) return; // argument of a verb that carries its own event
            List<Actor> found;
            List<Actor> targets = nounTargets(n);
            if (governor >= 0) {
                found = subjects(governor);
                if (targets.isEmpty()) targets = defaultTargets(governor);
            } else {
                found = modifierActors(n);
                if (found.isEmpty()) found = actorsOf(ps.children(n, "nmod:by"));
            }
            List<Actor> sources = found;
            targets = new ArrayList<>(targets);
            targets.removeIf(t -> sources.stream().anyMatch(s -> s.code().equals(t.code())));
            emit(n, governor, sense, sense.code(), sources, targets);
        }

        /**
         * The verb that lends its subject to an event noun: -1 when none (a nominal event), -2 when the
         * noun is the object of a verb with an event of its own.
         */
        int lightVerb(int n) {
            for (Dependency d : ps.parents(n)) {
                if (d.governor() < 0) continue;
                String r = d.relation();
                boolean argument = r.equals("obj") || r.startsWith("obl") || r.equals("nsubj:pass");
                Token g = ps.token(d.governor());
                if (!argument || g.pos() == null || !g.pos().startsWith("VB")) continue;
                Lexicon.Sense gs = lexicon.verb(g.lemma());
                if (gs != null && gs.code() != null && !consumed.contains(n) && !gs.has("mono")) return -2;
                return d.governor();
            }
            return -1;
        }

        List<Actor> nounTargets(int n) {
            List<Actor> out = new ArrayList<>();
            for (String rel : NOUN_TARGET_RELATIONS) {
                for (Dependency d : ps.children(n)) {
                    if (d.relation().equals(rel)) out.addAll(actorsOf(List.of(d.dependent())));
                }
                if (!out.isEmpty() && !rel.equals("nmod:between")) break;
            }
            if (out.isEmpty()) {
                // "his wish for China to step up": the clause's subject
                for (int c : ps.children(n, "acl")) out.addAll(actorsOf(ps.children(c, "nsubj")));
            }
            return dedupe(out);
        }

        // ---- actors

        List<Actor> actorsOf(List<Integer> tokens) {
            List<Actor> out = new ArrayList<>();
            for (int t : tokens) {
                Actor a = actorAt(t);
                if (a != null) out.add(a);
                for (int c : ps.children(t, "conj")) {
                    Actor b = actorAt(c);
                    if (b != null) out.add(b);
                }
            }
            return dedupe(out);
        }

        @SafeVarargs
        final List<Actor> actorsOf(List<Integer>... lists) {
            List<Integer> all = new ArrayList<>();
            for (List<Integer> l : lists) all.addAll(l);
            return actorsOf(all);
        }

        /** The actor a token stands for: a named mention, a pronoun, or a role noun with a country modifier. */
        Actor actorAt(int t) {
            Mention m = mentionAt[t];
            Token tok = ps.token(t);
            if (m != null && m.kind() != Entry.Kind.DEMONYM) return m.actor();
            if (PRONOUNS.contains(tok.lemma()) && tok.pos() != null && tok.pos().startsWith("PRP")) {
                return discourse.lastPersonBefore(tok.start()).map(a -> a.withSpan(tok.word(), tok.start(), tok.end()))
                        .orElse(null);
            }
            String role = kb.roleOf(tok.lemma());
            if (m != null) return m.actor(); // a demonym standing alone ("the Chinese")
            if (role == null && !(tok.pos() != null && tok.pos().startsWith("NNP"))) return null;
            for (String rel : MODIFIER_RELATIONS) {
                for (int c : ps.children(t, rel)) {
                    Mention cm = mentionAt[c];
                    Actor country = cm != null ? cm.actor() : null;
                    if (country == null || country.country() == null) continue;
                    if (role == null) role = compoundRole(t);
                    if (role == null) return country;
                    int start = Math.min(country.start(), tok.start());
                    int end = Math.max(country.end(), tok.end());
                    return new Actor(text.substring(start, end), country.name(), country.country() + role,
                            country.country(), role, roleTitle(t), start, end);
                }
            }
            return null;
        }

        String compoundRole(int t) {
            for (int c : ps.children(t, "compound")) {
                String r = kb.roleOf(ps.token(c).lemma());
                if (r != null) return r;
            }
            return null;
        }

        String roleTitle(int t) {
            StringBuilder sb = new StringBuilder();
            for (int c : ps.children(t, "compound")) {
                if (mentionAt[c] == null) sb.append(ps.token(c).lemma()).append(' ');
            }
            for (int c : ps.children(t, "amod")) {
                if (mentionAt[c] == null) sb.insert(0, ps.token(c).lemma() + " ");
            }
            return sb.append(ps.token(t).lemma()).toString();
        }

        /** Actors modifying a noun: "China's influence", "US sanctions", "the launch by Pyongyang". */
        List<Actor> modifierActors(int n) {
            List<Actor> out = new ArrayList<>();
            for (String rel : List.of("nmod:poss", "compound", "amod")) {
                for (int c : ps.children(n, rel)) {
                    Mention m = mentionAt[c];
                    if (m != null) out.add(m.actor());
                    else {
                        Actor a = actorAt(c);
                        if (a != null) out.add(a);
                    }
                }
            }
            return dedupe(out);
        }

        // ---- events

        void emit(int trigger, int governor, Lexicon.Sense sense, String code, List<Actor> sources, List<Actor> targets) {
            if (sources.isEmpty()) return;
            int anchor = governor >= 0 ? governor : trigger;
            Modality modality = modality(trigger, anchor, sense);
            Attribution attribution = attribution(anchor);
            if (modality == Modality.ASSERTED && attribution != null) modality = Modality.REPORTED;
            String cameo = modality == Modality.INTENDED ? intentCode(code) : code;
            String trig = triggerText(trigger, governor);
            if (targets.isEmpty()) {
                if (sense.has("sym") && sources.size() >= 2) {
                    for (Actor a : sources) for (Actor b : sources) {
                        if (a != b && !a.polity().equals(b.polity())) add(a, b, cameo, sense, trig, modality, attribution);
                    }
                } else if (sense.has("mono") || sense.has("resp")) {
                    for (Actor a : sources) add(a, null, cameo, sense, trig, modality, attribution);
                }
                return;
            }
            for (Actor a : sources) for (Actor b : targets) {
                if (!a.code().equals(b.code())) add(a, b, cameo, sense, trig, modality, attribution);
            }
        }

        void add(Actor s, Actor t, String cameo, Lexicon.Sense sense, String trig, Modality m, Attribution a) {
            out.add(new Candidate(s, t, cameo, sense, trig, m, a));
        }

        String triggerText(int trigger, int governor) {
            if (governor < 0) return ps.token(trigger).word();
            Token g = ps.token(governor);
            Token t = ps.token(trigger);
            int s = Math.min(g.start(), t.start());
            int e = Math.max(g.end(), t.end());
            return text.substring(s, e);
        }

        Modality modality(int trigger, int anchor, Lexicon.Sense sense) {
            if (sense.has("neg") || negated(trigger) || negated(anchor)) return Modality.NEGATED;
            boolean hypothetical = question;
            boolean intended = false;
            boolean underSpeech = false;
            int x = anchor;
            Set<Integer> seen = new HashSet<>();
            while (x >= 0 && seen.add(x)) {
                for (int a : ps.children(x, "aux")) {
                    String l = ps.token(a).lemma();
                    String w = ps.token(a).word().toLowerCase(java.util.Locale.ROOT);
                    if (FUTURE.contains(l) || FUTURE.contains(w)) intended = true;
                    if (CONDITIONAL.contains(w) && x == anchor) hypothetical = true;
                }
                for (int mk : ps.children(x, "mark")) {
                    String l = ps.token(mk).lemma();
                    if (l.equals("if") || l.equals("unless") || l.equals("whether")) hypothetical = true;
                }
                int parent = -1;
                for (Dependency d : ps.parents(x)) {
                    if (d.governor() < 0) continue;
                    String b = d.base();
                    if (b.equals("xcomp") || b.equals("ccomp") || b.equals("advcl") || b.equals("conj")
                            || b.equals("parataxis")) {
                        parent = d.governor();
                        Lexicon.Sense ps2 = lexicon.verb(ps.token(parent).lemma());
                        if (b.equals("xcomp") || b.equals("conj")) {
                            if (negated(parent)) return Modality.NEGATED;
                            if (ps2 != null && ps2.has("negate")) return Modality.NEGATED;
                            if (takesIntent(ps.token(parent).lemma())) intended = true;
                        }
                        if (ps2 != null && ps2.has("speech")) underSpeech = true;
                        break;
                    }
                }
                x = parent;
            }
            if (hypothetical && !(underSpeech && !question)) return Modality.HYPOTHETICAL;
            if (hypothetical) intended = true;
            return intended ? Modality.INTENDED : Modality.ASSERTED;
        }

        boolean negated(int t) {
            for (Dependency d : ps.children(t)) {
                String l = ps.token(d.dependent()).lemma();
                if ((d.relation().equals("advmod") || d.relation().equals("det") || d.relation().equals("neg"))
                        && NEGATORS.contains(l)) {
                    return true;
                }
            }
            return false;
        }

        /** The speaker of the clause holding the anchor: subject of a governing verb of saying, or "according to". */
        Attribution attribution(int anchor) {
            int x = anchor;
            Set<Integer> seen = new HashSet<>();
            while (x >= 0 && seen.add(x)) {
                for (int c : ps.children(x, "obl:according_to")) return speaker(c);
                int parent = -1;
                for (Dependency d : ps.parents(x)) {
                    if (d.governor() < 0) continue;
                    String b = d.base();
                    if (b.equals("ccomp") || b.equals("parataxis") || b.equals("xcomp") || b.equals("conj")
                            || b.equals("advcl")) {
                        parent = d.governor();
                        Lexicon.Sense s = lexicon.verb(ps.token(parent).lemma());
                        if (s != null && s.has("speech") && (b.equals("ccomp") || b.equals("parataxis"))) {
                            List<Integer> subj = ps.children(parent, "nsubj");
                            if (!subj.isEmpty()) return speaker(subj.get(0));
                        }
                        break;
                    }
                }
                x = parent;
            }
            // "..., Seoul said." with the event clause as the root and the speech verb hanging off it
            for (Dependency d : ps.children(anchor)) {
                if (d.base().equals("parataxis") || d.base().equals("ccomp")) {
                    Lexicon.Sense s = lexicon.verb(ps.token(d.dependent()).lemma());
                    if (s != null && s.has("speech")) {
                        List<Integer> subj = ps.children(d.dependent(), "nsubj");
                        if (!subj.isEmpty()) return speaker(subj.get(0));
                    }
                }
            }
            return null;
        }

        Attribution speaker(int t) {
            Actor a = actorAt(t);
            int start = ps.token(t).start();
            int end = ps.token(t).end();
            for (Dependency d : ps.children(t)) {
                String r = d.relation();
                if (r.equals("compound") || r.equals("flat") || r.equals("amod") || r.equals("nmod:poss")
                        || r.equals("det")) {
                    start = Math.min(start, ps.token(d.dependent()).start());
                    end = Math.max(end, ps.token(d.dependent()).end());
                }
            }
            if (a != null) {
                start = Math.min(start, a.start());
                end = Math.max(end, a.end());
            }
            return new Attribution(a, text.substring(start, end));
        }
    }

    /** Verbs whose infinitive complement is an intended event: "plan to", "seek to", "agree to". */
    private boolean takesIntent(String lemma) {
        Lexicon.Sense s = lexicon.verb(lemma);
        Lexicon.Sense to = lexicon.verb(lemma, "to");
        return (s != null && s.has("intent")) || (to != null && to.has("intent")) || "agree".equals(lemma);
    }

    /** The CAMEO code for an intended event: intent to meet (036), to cooperate (030/031), to aid (033). */
    static String intentCode(String code) {
        return switch (code.substring(0, 2)) {
            case "04" -> "036";
            case "05" -> "030";
            case "06" -> "031";
            case "07" -> "033";
            default -> code;
        };
    }

    private static List<Actor> dedupe(List<Actor> actors) {
        Map<String, Actor> byKey = new LinkedHashMap<>();
        for (Actor a : actors) byKey.putIfAbsent(a.code() + "@" + a.start(), a);
        return new ArrayList<>(byKey.values());
    }
}
