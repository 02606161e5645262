package readout.core.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parser adapter's repairs, each on the misparse the parser gives for the sentence it names ("threatened on
 * Friday to impose …", "called on Israel to withdraw", "…, killing 23 people, officials said"), and on a parse it
 * must leave as it is.
 */
class ParseRepairTest {

    private static List<Token> tokens(String... words) {
        List<Token> out = new ArrayList<>();
        for (String w : words) out.add(new Token(out.size(), w, w.toLowerCase(java.util.Locale.ROOT), null, 0, 0));
        return out;
    }

    /** Tokens given as word/TAG, or word/TAG/lemma. */
    private static List<Token> tagged(String... words) {
        List<Token> out = new ArrayList<>();
        for (String w : words) {
            String[] f = w.split("/");
            out.add(new Token(out.size(), f[0], f.length > 2 ? f[2] : f[0].toLowerCase(java.util.Locale.ROOT), f[1], 0, 0));
        }
        return out;
    }

    /** The repaired parse has the relations given, as {@code relation:governor:dependent}. */
    private static void assertHas(List<Dependency> repaired, String relations) {
        assertTrue(repaired.containsAll(TestDeps.parse(relations)), repaired.toString());
    }

    /** A repair left a parse it does not recognise as it was. */
    private static void assertUnchanged(List<Dependency> parse, List<Dependency> repaired) {
        assertEquals(new java.util.HashSet<>(parse), new java.util.HashSet<>(repaired));
    }

    @Test
    void a_particle_before_the_verbs_weekday_is_the_weekdays_preposition() {
        // Trump called Putin on Tuesday: a call, not "called on"
        List<Token> t = tagged("Trump/NNP", "called/VBD", "Putin/NNP", "on/IN", "Tuesday/NNP");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 compound:prt:1:3 obl:tmod:1:4");
        List<Dependency> repaired = ParseRepairs.repairTimeParticles(misparse, t);
        assertHas(repaired, "obj:1:2 obl:1:4 case:4:3");
        assertTrue(repaired.stream().noneMatch(d -> d.relation().equals("compound:prt")), repaired.toString());
        // called on Israel on Tuesday: the particle before a party stays
        List<Token> u = tagged("Trump/NNP", "called/VBD", "on/RP", "Israel/NNP", "on/IN", "Tuesday/NNP");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 compound:prt:1:2 obj:1:3 case:5:4 obl:on:1:5");
        assertUnchanged(parse, ParseRepairs.repairTimeParticles(parse, u));
    }

    @Test
    void the_two_before_a_past_verb_are_its_subject() {
        // Ishiba met Lee and the two signed a statement: "the two" conjoined to Lee, "signed" hung loosely on "met"
        List<Token> t = tagged("Ishiba/NNP", "met/VBD", "Lee/NNP", "and/CC", "the/DT", "two/CD", "signed/VBD", "a/DT",
                "statement/NN");
        List<Dependency> loose = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 cc:5:3 det:5:4 conj:2:5 dep:1:6 det:8:7 obj:6:8");
        assertHas(ParseRepairs.repairPairSubjects(loose, t), "conj:1:6 nsubj:6:5 cc:6:3 obj:6:8");
        // ... and the two signed agreements: "signed" an adjective on the noun, the noun a complement of "hosted"
        List<Token> u = tagged("Tokayev/NNP", "hosted/VBD", "Putin/NNP", "and/CC", "the/DT", "two/CD", "signed/VBD",
                "agreements/NNS");
        List<Dependency> adjective = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 cc:5:3 det:5:4 conj:2:5 amod:7:6 xcomp:1:7");
        assertHas(ParseRepairs.repairPairSubjects(adjective, u), "conj:1:6 nsubj:6:5 obj:6:7");
        // "the two countries signed": a noun, not "the two" alone, is the subject the parser already found
        List<Token> w = tagged("Japan/NNP", "and/CC", "Korea/NNP", "met/VBD", "and/CC", "the/DT", "two/CD", "countries/NNS",
                "signed/VBD");
        List<Dependency> sound = TestDeps.parse("nsubj:3:0 cc:2:1 conj:0:2 root:-1:3 cc:8:4 det:7:5 nummod:7:6 nsubj:8:7 conj:3:8");
        assertUnchanged(sound, ParseRepairs.repairPairSubjects(sound, w));
    }

    @Test
    void with_a_noun_and_a_participle_is_a_clause_of_its_own() {
        // Lee met Ishiba, with Trump looking on: Trump a "with" phrase of "met" (a partner), "looking" his adjective
        List<Token> t = tagged("Lee/NNP", "met/VBD", "Ishiba/NNP", ",/,", "with/IN", "Trump/NNP", "looking/VBG", "on/RP");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 punct:1:3 case:5:4 obl:1:5 acl:5:6 compound:prt:6:7");
        assertHas(ParseRepairs.repairAbsolutes(misparse, t), "advcl:1:6 nsubj:6:5 mark:6:4 obj:1:2");
        // met with Trump at the summit: a partner
        List<Token> u = tagged("Lee/NNP", "met/VBD", "with/IN", "Trump/NNP", "at/IN", "the/DT", "summit/NN");
        List<Dependency> partner = TestDeps.parse("nsubj:1:0 root:-1:1 case:3:2 obl:1:3 case:6:4 det:6:5 obl:1:6");
        assertUnchanged(partner, ParseRepairs.repairAbsolutes(partner, u));
    }

    @Test
    void an_infinitive_after_a_decision_is_the_decisions() {
        // Tokyo criticised Washington's decision to raise tariffs: "raise" hung on "criticised"
        List<Token> t = tagged("Tokyo/NNP", "criticised/VBD", "Washington/NNP", "'s/POS", "decision/NN", "to/TO", "raise/VB",
                "tariffs/NNS");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 nmod:poss:4:2 case:2:3 obj:1:4 mark:6:5 xcomp:1:6 obj:6:7");
        assertHas(ParseRepairs.repairNounInfinitives(misparse, t), "acl:4:6 obj:1:4 obj:6:7");
        // the Council rejected a Russian proposal to delay the sanctions: what was proposed, not what the Council does
        List<Token> p = tagged("Council/NNP", "rejected/VBD", "a/DT", "Russian/JJ", "proposal/NN", "to/TO", "delay/VB",
                "sanctions/NNS");
        List<Dependency> proposed = TestDeps.parse("nsubj:1:0 root:-1:1 det:4:2 amod:4:3 obj:1:4 mark:6:5 xcomp:1:6 obj:6:7");
        assertHas(ParseRepairs.repairNounInfinitives(proposed, p), "acl:4:6 obj:1:4 obj:6:7");
        // urged the government to act: the object does it
        List<Token> u = tagged("Tokyo/NNP", "urged/VBD", "the/DT", "government/NN", "to/TO", "act/VB");
        List<Dependency> control = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3 mark:5:4 xcomp:1:5");
        assertUnchanged(control, ParseRepairs.repairNounInfinitives(control, u));
    }

    @Test
    void a_participle_on_the_subject_is_no_verb_of_the_sentence() {
        // Rebels backed by Rwanda captured Goma: "backed" made a clausal subject of "captured"
        List<Token> t = tagged("Rebels/NNS", "backed/VBN", "by/IN", "Rwanda/NNP", "captured/VBD", "Goma/NNP");
        List<Dependency> csubj = TestDeps.parse("nsubj:1:0 csubj:4:1 case:3:2 obl:1:3 root:-1:4 obj:4:5");
        assertHas(ParseRepairs.repairSubjectParticiples(csubj, t), "nsubj:4:0 acl:0:1 obl:1:3 root:-1:4 obj:4:5");
        // Drones launched from Yemen struck a city: "struck" hung loosely on "launched", the root
        List<Token> u = tagged("Drones/NNS", "launched/VBD", "from/IN", "Yemen/NNP", "struck/VBD", "a/DT", "city/NN");
        List<Dependency> loose = TestDeps.parse("nsubj:1:0 root:-1:1 case:3:2 obl:1:3 dep:1:4 det:6:5 obj:4:6");
        assertHas(ParseRepairs.repairSubjectParticiples(loose, u), "root:-1:4 nsubj:4:0 acl:0:1 obl:1:3 obj:4:6");
        // rebels backed by Rwanda seized Bukavu, residents said: "seized" an adjective on Bukavu, the object of "backed"
        List<Token> w = tagged("Rebels/NNS", "backed/VBN", "by/IN", "Rwanda/NNP", "seized/VBD", "Bukavu/NNP", ",/,",
                "residents/NNS", "said/VBD");
        List<Dependency> adjective = TestDeps.parse("nsubj:1:0 advcl:8:1 case:3:2 obl:1:3 amod:5:4 obj:1:5 punct:8:6 "
                + "nsubj:8:7 root:-1:8");
        assertHas(ParseRepairs.repairSubjectParticiples(adjective, w), "advcl:8:4 nsubj:4:0 acl:0:1 obj:4:5 obl:1:3");
        // a verb with an object of its own, a proper noun before it, a clause between: each is the sentence's verb
        List<Token> x = tagged("India/NNP", "rejected/VBD", "the/DT", "claim/NN", "that/IN", "drones/NNS", "struck/VBD");
        List<Dependency> main = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3 mark:6:4 nsubj:6:5 acl:3:6");
        assertUnchanged(main, ParseRepairs.repairSubjectParticiples(main, x));
        List<Token> y = tagged("Syria/NNP", "bowed/VBD", "to/IN", "demands/NNS", "and/CC", "accepted/VBD");
        List<Dependency> proper = TestDeps.parse("nsubj:1:0 root:-1:1 case:3:2 obl:1:3 cc:5:4 dep:1:5");
        assertUnchanged(proper, ParseRepairs.repairSubjectParticiples(proper, y));
        List<Token> z = tagged("police/NNS", "hauled/VBD", "in/IN", "people/NNS", "after/IN", "protesters/NNS",
                "angry/JJ", "torched/VBD");
        List<Dependency> clause = TestDeps.parse("nsubj:1:0 root:-1:1 case:3:2 obl:1:3 mark:6:4 nsubj:6:5 advcl:1:6 dep:1:7");
        assertUnchanged(clause, ParseRepairs.repairSubjectParticiples(clause, z));
    }

    @Test
    void a_participle_between_two_nouns_of_a_verbless_sentence_is_its_verb() {
        // Students hurled stones at the embassy, tagged and parsed as "students [hurled stones]"
        List<Token> t = tagged("Students/NNS", "hurled/VBN", "stones/NNS", "at/IN", "the/DT", "embassy/NN");
        List<Dependency> misparse = TestDeps.parse("root:-1:0 amod:2:1 dep:0:2 case:5:3 det:5:4 nmod:at:2:5");
        assertHas(ParseRepairs.repairVerblessRoots(misparse, t), "root:-1:1 nsubj:1:0 obj:1:2 nmod:at:2:5");
        // A court sentenced Journal reporter Evan Gershkovich to 16 years: the object a longer phrase, the sentence's
        // phrases hung on the root
        List<Token> c = tagged("A/DT", "court/NN", "sentenced/VBN", "Journal/NNP", "reporter/NN", "Evan/NNP", "Gershkovich/NNP",
                "to/TO", "years/NNS");
        List<Dependency> court = TestDeps.parse(
                "det:1:0 root:-1:1 amod:4:2 compound:4:3 compound:6:4 compound:6:5 dep:1:6 case:8:7 nmod:1:8");
        assertHas(ParseRepairs.repairVerblessRoots(court, c), "root:-1:2 nsubj:2:1 obj:2:6 obl:2:8");
        // a sentence with a verb keeps its participles: "police fired at armed men"
        List<Token> u = tagged("Police/NNS", "fired/VBD", "at/IN", "armed/VBN", "men/NNS");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 case:4:2 amod:4:3 obl:at:1:4");
        assertUnchanged(parse, ParseRepairs.repairVerblessRoots(parse, u));
    }

    @Test
    void a_base_form_conjoined_to_a_past_verb_before_its_object_modifies_that_object() {
        // Police fired gas and live rounds at protesters: "live" is no verb
        List<Token> t = tagged("Police/NNS", "fired/VBD", "gas/NN", "and/CC", "live/VB", "rounds/NNS", "at/IN", "crowds/NNS");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 cc:4:3 conj:1:4 obj:4:5 case:7:6 nmod:at:5:7");
        List<Dependency> repaired = ParseRepairs.repairBaseConjuncts(misparse, t);
        assertHas(repaired, "obj:1:2 conj:2:5 amod:5:4 cc:5:3 nmod:at:5:7");
        assertTrue(repaired.stream().noneMatch(d -> d.relation().equals("conj") && d.governor() == 1), repaired.toString());
        // "will meet and discuss trade": two verbs under one auxiliary stay verbs
        List<Token> u = tagged("Leaders/NNS", "met/VBD", "Xi/NNP", "and/CC", "discuss/VB", "trade/NN");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 cc:4:3 conj:1:4 obj:4:5 aux:4:3");
        assertUnchanged(parse, ParseRepairs.repairBaseConjuncts(parse, u));
    }

    @Test
    void a_noun_hung_on_a_bare_weekday_becomes_the_object_of_the_verb() {
        // Beirut rejected Thursday an appeal
        List<Token> t = tagged("Beirut/NNP", "rejected/VBD", "Thursday/NNP", "an/DT", "appeal/NN");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 obl:tmod:1:2 det:4:3 dep:2:4");
        List<Dependency> repaired = ParseRepairs.repairTimeObjects(misparse, t);
        assertTrue(repaired.contains(new Dependency(1, 4, "obj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 2, "obl:tmod")), repaired.toString());
        assertEquals(misparse.size(), repaired.size());
        // Beirut rejected on Thursday an appeal: the same, after "on"
        List<Token> u = tagged("Beirut/NNP", "rejected/VBD", "on/IN", "Thursday/NNP", "an/DT", "appeal/NN");
        List<Dependency> on = TestDeps.parse("nsubj:1:0 root:-1:1 case:3:2 obl:1:3 det:5:4 dep:3:5");
        assertTrue(ParseRepairs.repairTimeObjects(on, u).contains(new Dependency(1, 5, "obj")));
    }

    @Test
    void a_verb_that_has_its_object_keeps_the_time_phrase_as_it_is() {
        // Seoul rejected the plan Thursday, a holiday: the apposition stays on the weekday
        List<Token> t = tagged("Seoul/NNP", "rejected/VBD", "the/DT", "plan/NN", "Thursday/NNP", "holiday/NN");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3 obl:tmod:1:4 appos:4:5");
        assertUnchanged(parse, ParseRepairs.repairTimeObjects(parse, t));
    }

    @Test
    void a_weekday_read_as_the_subject_of_an_infinitive_becomes_a_time_phrase_of_the_verb() {
        // China threatened on Friday to impose sanctions
        List<Token> t = tokens("China", "threatened", "on", "Friday", "to", "impose", "sanctions");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 mark:5:2 nsubj:5:3 mark:5:4 advcl:1:5 obj:5:6");
        List<Dependency> repaired = CoreNlpParser.withPrepositions(ParseRepairs.repairTimeSubjects(misparse, t), t);
        assertTrue(repaired.contains(new Dependency(1, 5, "xcomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 3, "obl:on")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 2, "case")), repaired.toString());
        assertTrue(repaired.stream().noneMatch(d -> d.relation().equals("nsubj") && d.dependent() == 3), repaired.toString());
        assertEquals(misparse.size(), repaired.size());
    }

    @Test
    void a_party_read_as_the_subject_of_an_infinitive_becomes_the_verbs_phrase() {
        // Syria called on Israel to withdraw
        List<Token> t = tagged("Syria/NNP", "called/VBD", "on/IN", "Israel/NNP", "to/TO", "withdraw/VB");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 mark:5:2 nsubj:5:3 mark:5:4 advcl:1:5");
        List<Dependency> repaired = CoreNlpParser.withPrepositions(ParseRepairs.repairTimeSubjects(misparse, t), t);
        assertHas(repaired, "xcomp:1:5 obl:on:1:3 case:3:2");
        // the UN sent personnel to Bosnia to investigate: both markers are "to", the first a preposition
        List<Token> s = tagged("UN/NNP", "sent/VBD", "personnel/NNS", "to/IN", "Bosnia/NNP", "to/TO", "investigate/VB");
        List<Dependency> sent = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 mark:6:3 nsubj:6:4 mark:6:5 advcl:1:6");
        assertHas(CoreNlpParser.withPrepositions(ParseRepairs.repairTimeSubjects(sent, s), s), "xcomp:1:6 obl:to:1:4 case:4:3");
        // punished Baghdad for failing to cooperate: a gerund is no party
        List<Token> g = tagged("punished/VBD", "Baghdad/NNP", "for/IN", "failing/VBG", "to/TO", "cooperate/VB");
        List<Dependency> gerund = TestDeps.parse("root:-1:0 obj:0:1 mark:5:2 nsubj:5:3 mark:5:4 advcl:0:5");
        assertUnchanged(gerund, ParseRepairs.repairTimeSubjects(gerund, g));
    }

    @Test
    void a_purpose_clause_with_a_real_subject_is_left_alone() {
        // Seoul acted so that Friday's talks go ahead: no infinitive marker, nothing to repair
        List<Token> t = tokens("Seoul", "acted", "so", "Friday", "goes", "ahead");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 mark:4:2 nsubj:4:3 advcl:1:4 advmod:4:5");
        assertUnchanged(parse, ParseRepairs.repairTimeSubjects(parse, t));
    }

    @Test
    void a_noun_read_as_the_subject_of_a_loose_participle_is_the_verbs_object() {
        // Caracas released Americans held in its prisons
        List<Token> t = tagged("Caracas/NNP", "released/VBD", "Americans/NNPS", "held/VBN", "in/IN", "prisons/NNS");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 nsubj:3:2 dep:1:3 case:5:4 obl:3:5");
        List<Dependency> repaired = ParseRepairs.repairReducedRelatives(misparse, t);
        assertTrue(repaired.containsAll(List.of(new Dependency(1, 2, "obj"), new Dependency(2, 3, "acl"))), repaired.toString());
        assertEquals(misparse.size(), repaired.size());
        // Riyadh restored ties in a deal brokered by Beijing: the participle hangs on the last noun before it
        List<Token> d = tagged("Riyadh/NNP", "restored/VBD", "ties/NNS", "in/IN", "deal/NN", "brokered/VBN", "by/IN", "Beijing/NNP");
        List<Dependency> deal = TestDeps.parse("nsubj:1:0 root:-1:1 nsubj:5:2 case:4:3 nmod:2:4 dep:1:5 case:7:6 obl:5:7");
        assertTrue(ParseRepairs.repairReducedRelatives(deal, d).containsAll(List.of(new Dependency(1, 2, "obj"),
                new Dependency(4, 5, "acl"))));
        // fire killed 30 Palestinians waiting for food: a present participle is a reduced relative too
        List<Token> w = tagged("fire/NN", "killed/VBD", "Palestinians/NNPS", "waiting/VBG", "for/IN", "food/NN");
        List<Dependency> waiting = TestDeps.parse("nsubj:1:0 root:-1:1 nsubj:3:2 dep:1:3 case:5:4 obl:3:5");
        assertTrue(ParseRepairs.repairReducedRelatives(waiting, w).containsAll(List.of(new Dependency(1, 2, "obj"),
                new Dependency(2, 3, "acl"))));
        // Caracas said Americans held talks: a clause with its own finite verb is left alone
        List<Token> f = tagged("Caracas/NNP", "said/VBD", "Americans/NNPS", "held/VBD", "talks/NNS");
        List<Dependency> clause = TestDeps.parse("nsubj:1:0 root:-1:1 nsubj:3:2 dep:1:3 obj:3:4");
        assertUnchanged(clause, ParseRepairs.repairReducedRelatives(clause, f));
        // Iran freed eight sailors seized in the Gulf: parsed as a clause (ccomp) on "freed", a bare participle
        assertReducedRelative(tagged("Iran/NNP", "freed/VBD", "sailors/NNS", "seized/VBN", "in/IN", "Gulf/NNP"),
                "nsubj:1:0 root:-1:1 nsubj:3:2 ccomp:1:3 case:5:4 obl:3:5", 1, 2, 3);
        // officials feared sailors had seized ships: a participle with an auxiliary is a clause
        List<Token> c = tagged("officials/NNS", "feared/VBD", "sailors/NNS", "had/VBD", "seized/VBN", "ships/NNS");
        List<Dependency> feared = TestDeps.parse("nsubj:1:0 root:-1:1 nsubj:4:2 aux:4:3 ccomp:1:4 obj:4:5");
        assertUnchanged(feared, ParseRepairs.repairReducedRelatives(feared, c));
        // Iran set free hikers held for two years: parsed as a small clause (xcomp) on "set"
        assertReducedRelative(tagged("Iran/NNP", "set/VBD", "free/JJ", "hikers/NNS", "held/VBN/hold", "for/IN", "years/NNS"),
                "nsubj:1:0 root:-1:1 amod:3:2 nsubj:4:3 xcomp:1:4 case:6:5 obl:4:6", 1, 3, 4);
        // Israel received men held hostage in Gaza: "held hostage" is a participle whatever its tag
        assertReducedRelative(tagged("Israel/NNP", "received/VBD/receive", "men/NNS/man", "held/VBD/hold", "hostage/NN",
                "in/IN", "Gaza/NNP"), "nsubj:1:0 root:-1:1 nsubj:3:2 ccomp:1:3 obj:3:4 case:6:5 obl:3:6", 1, 2, 3);
        // troops executed people killed in the village: only a participle of captivity read as a small clause is moved
        List<Token> k = tagged("troops/NNS", "executed/VBD/execute", "people/NNS", "killed/VBN/kill", "in/IN", "village/NN");
        List<Dependency> killed = TestDeps.parse("nsubj:1:0 root:-1:1 nsubj:3:2 xcomp:1:3 case:5:4 obl:3:5");
        assertUnchanged(killed, ParseRepairs.repairReducedRelatives(killed, k));
        // Seoul had its envoy recalled: a verb that takes a small clause keeps it
        List<Token> r = tagged("Seoul/NNP", "had/VBD/have", "envoy/NN", "recalled/VBN/recall");
        List<Dependency> had = TestDeps.parse("nsubj:1:0 root:-1:1 nsubj:3:2 xcomp:1:3");
        assertUnchanged(had, ParseRepairs.repairReducedRelatives(had, r));
    }

    /** The repair makes {@code noun} the object of {@code verb} and {@code participle} a relative clause on it. */
    private static void assertReducedRelative(List<Token> tokens, String deps, int verb, int noun, int participle) {
        List<Dependency> repaired = ParseRepairs.repairReducedRelatives(TestDeps.parse(deps), tokens);
        assertTrue(repaired.containsAll(List.of(new Dependency(verb, noun, "obj"), new Dependency(noun, participle, "acl"))),
                repaired.toString());
    }

    @Test
    void a_gerund_after_a_verb_of_phase_read_as_an_adjective_heads_its_clause() {
        // Ethiopia has begun exporting electricity to Kenya
        List<Token> t = tagged("Ethiopia/NNP", "has/VBZ", "begun/VBN/begin", "exporting/VBG/export", "electricity/NN",
                "to/IN", "Kenya/NNP");
        List<Dependency> misparse = TestDeps.parse("nsubj:2:0 aux:2:1 root:-1:2 amod:4:3 obj:2:4 case:6:5 nmod:4:6");
        assertHas(ParseRepairs.repairAspectGerunds(misparse, t), "xcomp:2:3 obj:3:4 obl:3:6");
        // "found working conditions poor": a gerund after another verb is left as an adjective
        List<Token> u = tagged("Ethiopia/NNP", "found/VBD/find", "working/VBG/work", "conditions/NNS");
        List<Dependency> found = TestDeps.parse("nsubj:1:0 root:-1:1 amod:3:2 obj:1:3");
        assertUnchanged(found, ParseRepairs.repairAspectGerunds(found, u));
        // Ethiopian troops began pulling out of the capital: a bare gerund read as the object is the complement
        List<Token> p = tagged("troops/NNS", "began/VBD/begin", "pulling/VBG/pull", "out/RB");
        assertHas(ParseRepairs.repairAspectGerunds(TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 advmod:2:3"), p),
                "xcomp:1:2");
        // "stopped the bombing": a gerund with a determiner is a noun, the object
        List<Token> b = tagged("Israel/NNP", "stopped/VBD/stop", "the/DT", "bombing/VBG/bomb");
        List<Dependency> noun = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3");
        assertUnchanged(noun, ParseRepairs.repairAspectGerunds(noun, b));
    }

    @Test
    void a_gerund_after_a_verb_of_weighing_read_as_an_adjective_heads_its_clause() {
        // Japan is considering imposing sanctions on Russia
        List<Token> t = tagged("Japan/NNP", "is/VBZ", "considering/VBG/consider", "imposing/VBG/impose", "sanctions/NNS/sanction",
                "on/IN", "Russia/NNP");
        List<Dependency> misparse = TestDeps.parse("nsubj:2:0 aux:2:1 root:-1:2 amod:4:3 obj:2:4 case:6:5 nmod:4:6");
        assertHas(ParseRepairs.repairAspectGerunds(misparse, t), "xcomp:2:3 obj:3:4 obl:3:6");
    }

    @Test
    void a_participle_after_a_comma_goes_on_from_the_clause_verb_not_the_noun_before_it() {
        // bombers set off explosions near a cafe , killing civilians
        List<Token> t = tagged("bombers/NNS", "set/VBD/set", "off/RP", "explosions/NNS", "near/IN", "cafe/NN", ",/,",
                "killing/VBG/kill", "civilians/NNS");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 compound:prt:1:2 obj:1:3 case:5:4 obl:1:5 acl:5:7 obj:7:8");
        assertHas(ParseRepairs.repairCommaParticiples(misparse, t), "advcl:1:7");
        // "40 people , including two children": a participle that introduces a phrase stays where it is
        List<Token> u = tagged("bombers/NNS", "killed/VBD/kill", "people/NNS", ",/,", "including/VBG/include", "children/NNS");
        List<Dependency> including = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 acl:2:4 obj:4:5");
        assertUnchanged(including, ParseRepairs.repairCommaParticiples(including, u));
        // "people fleeing the city": with no comma it is a modifier of its noun
        List<Token> w = tagged("bombers/NNS", "killed/VBD/kill", "people/NNS", "fleeing/VBG/flee", "city/NN");
        List<Dependency> fleeing = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 acl:2:3 obj:3:4");
        assertUnchanged(fleeing, ParseRepairs.repairCommaParticiples(fleeing, w));
    }

    @Test
    void whether_read_as_the_object_marks_the_infinitive_that_is_weighed() {
        // Brussels is weighing whether to open an inquiry
        List<Token> t = tagged("Brussels/NNP", "is/VBZ", "weighing/VBG/weigh", "whether/IN", "to/TO", "open/VB", "an/DT",
                "inquiry/NN");
        List<Dependency> misparse = TestDeps.parse("nsubj:2:0 aux:2:1 root:-1:2 obj:2:3 mark:5:4 dep:3:5 det:7:6 obj:5:7");
        List<Dependency> repaired = ParseRepairs.repairWhetherInfinitives(misparse, t);
        assertHas(repaired, "xcomp:2:5 mark:5:3 mark:5:4 obj:5:7");
        assertTrue(repaired.stream().noneMatch(d -> d.dependent() == 3 && d.relation().equals("obj")), repaired.toString());
        // "asked whether Tokyo would agree": a finite clause after "whether" is left as it is
        List<Token> u = tagged("Seoul/NNP", "asked/VBD/ask", "whether/IN", "Tokyo/NNP", "would/MD", "agree/VB");
        List<Dependency> asked = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 nsubj:5:3 aux:5:4 dep:2:5");
        assertUnchanged(asked, ParseRepairs.repairWhetherInfinitives(asked, u));
    }

    @Test
    void two_names_that_share_their_last_word_are_conjoined() {
        // North and South Korea held talks
        List<Token> t = tagged("North/NNP", "and/CC", "South/NNP", "Korea/NNP", "held/VBD/hold", "talks/NNS");
        List<Dependency> misparse = TestDeps.parse("compound:3:0 cc:2:1 conj:0:2 nsubj:4:3 root:-1:4 obj:4:5");
        List<Dependency> repaired = ParseRepairs.repairSharedNames(misparse, t);
        assertHas(repaired, "conj:3:0 cc:0:1 compound:3:2 nsubj:4:3");
        assertEquals(misparse.size(), repaired.size(), repaired.toString());
        // "north and south of the city": no name after the bearings, left as it is
        List<Token> u = tagged("north/RB", "and/CC", "south/RB", "of/IN", "Kyiv/NNP");
        List<Dependency> places = TestDeps.parse("cc:2:1 conj:0:2 case:4:3 obl:0:4");
        assertUnchanged(places, ParseRepairs.repairSharedNames(places, u));
    }

    @Test
    void two_modifiers_sharing_a_head_noun_give_it_the_phrase() {
        // killed in a Russian missile and drone attack on Kyiv
        List<Token> t = tagged("killed/VBN/kill", "in/IN", "a/DT", "Russian/JJ", "missile/NN", "and/CC", "drone/NN",
                "attack/NN", "on/IN", "Kyiv/NNP");
        List<Dependency> misparse = TestDeps.parse("root:-1:0 case:4:1 det:4:2 amod:4:3 obl:0:4 cc:6:5 conj:4:6 dep:4:7 "
                + "case:9:8 nmod:7:9");
        List<Dependency> repaired = ParseRepairs.repairSharedHeads(misparse, t);
        assertHas(repaired, "obl:0:7 case:7:1 det:7:2 amod:7:3 compound:7:4 conj:4:6 cc:6:5 nmod:7:9");
        assertEquals(misparse.size(), repaired.size(), repaired.toString());
        // "talks with Russia and Ukraine officials said": a loose word that is no noun after the pair is left alone
        List<Token> u = tagged("talks/NNS/talk", "with/IN", "Russia/NNP", "and/CC", "Ukraine/NNP", "said/VBD/say");
        List<Dependency> parse = TestDeps.parse("root:-1:0 case:2:1 nmod:0:2 cc:4:3 conj:2:4 dep:2:5");
        assertUnchanged(parse, ParseRepairs.repairSharedHeads(parse, u));
    }

    @Test
    void a_that_clause_after_the_occasion_of_a_telling_is_what_was_told() {
        // Xi told Trump in a call that Taiwan was part of China
        List<Token> t = tagged("Xi/NNP", "told/VBD/tell", "Trump/NNP", "in/IN", "a/DT", "call/NN", "that/IN", "Taiwan/NNP",
                "was/VBD/be", "part/NN", "of/IN", "China/NNP");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 case:5:3 det:5:4 obl:1:5 mark:9:6 nsubj:9:7 "
                + "cop:9:8 ccomp:5:9 case:11:10 nmod:9:11");
        List<Dependency> repaired = ParseRepairs.repairOccasionClauses(misparse, t);
        assertHas(repaired, "ccomp:1:9 obl:1:5");
        assertEquals(misparse.size(), repaired.size(), repaired.toString());
        // a verb that is no telling keeps the clause on its noun ("reached an agreement in a call that ...")
        List<Token> u = tagged("Xi/NNP", "met/VBD/meet", "Trump/NNP", "in/IN", "a/DT", "call/NN", "that/IN", "Taiwan/NNP",
                "was/VBD/be", "part/NN", "of/IN", "China/NNP");
        assertUnchanged(misparse, ParseRepairs.repairOccasionClauses(misparse, u));
    }

    @Test
    void an_adjective_with_a_to_phrase_after_with_and_a_noun_is_the_nouns() {
        // forces clashed with gunmen loyal to Assad
        List<Token> t = tagged("forces/NNS/force", "clashed/VBD/clash", "with/IN", "gunmen/NNS/gunman", "loyal/JJ",
                "to/IN", "Assad/NNP");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 mark:4:2 dep:4:3 advcl:1:4 case:6:5 obl:4:6");
        List<Dependency> repaired = ParseRepairs.repairWithAdjectives(misparse, t);
        assertHas(repaired, "obl:1:3 case:3:2 amod:3:4 obl:4:6");
        assertEquals(misparse.size(), repaired.size(), repaired.toString());
        // "with troops massed at the border": an absolute clause, no "to" phrase, is left alone
        List<Token> u = tagged("forces/NNS/force", "clashed/VBD/clash", "with/IN", "troops/NNS/troop", "massed/JJ",
                "at/IN", "border/NN");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 mark:4:2 dep:4:3 advcl:1:4 case:6:5 obl:4:6");
        assertUnchanged(parse, ParseRepairs.repairWithAdjectives(parse, u));
    }

    @Test
    void a_participle_read_as_an_adjective_of_a_name_opening_a_phrase_takes_the_phrase() {
        // India rejected mediation, rebuffing U.S. President Trump's offer
        List<Token> t = tagged("India/NNP", "rejected/VBD/reject", "mediation/NN", ",/,", "rebuffing/VBG/rebuff", "U.S./NNP",
                "President/NNP", "Trump/NNP", "'s/POS", "offer/NN");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 punct:1:3 amod:6:4 compound:6:5 compound:7:6 "
                + "nmod:poss:9:7 case:7:8 xcomp:1:9");
        List<Dependency> repaired = ParseRepairs.repairParticipleAdjectives(misparse, t);
        assertHas(repaired, "advcl:1:4 obj:4:9 nmod:poss:9:7");
        assertTrue(repaired.stream().noneMatch(d -> d.relation().equals("xcomp")), repaired.toString());
        // ", rebuffing the U.S. offer": a word before the name that is not part of it leaves the parse as it is
        List<Token> u = tagged("India/NNP", "rejected/VBD/reject", "mediation/NN", ",/,", "rebuffing/VBG/rebuff", "the/DT",
                "U.S./NNP", "offer/NN");
        List<Dependency> other = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 punct:1:3 amod:6:4 det:7:5 compound:7:6 xcomp:1:7");
        assertUnchanged(other, ParseRepairs.repairParticipleAdjectives(other, u));
    }

    @Test
    void a_passive_conjoined_to_a_clause_shares_its_subject() {
        // the minister arrived and was received by the leader: the minister is the one received
        List<Token> t = tagged("minister/NN", "arrived/VBD", "and/CC", "was/VBD", "received/VBN", "by/IN", "leader/NN");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 cc:4:2 aux:pass:4:3 conj:1:4 case:6:5 obl:by:4:6");
        List<Dependency> repaired = ParseRepairs.repairSharedPassiveSubjects(parse, t);
        assertTrue(repaired.contains(new Dependency(4, 0, "nsubj:pass")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 0, "nsubj")), repaired.toString());
        // the minister arrived and aides were received: the passive has a subject of its own
        List<Token> u = tagged("minister/NN", "arrived/VBD", "and/CC", "aides/NNS", "were/VBD", "received/VBN");
        List<Dependency> own = TestDeps.parse("nsubj:1:0 root:-1:1 cc:5:2 nsubj:pass:5:3 aux:pass:5:4 conj:1:5");
        assertUnchanged(own, ParseRepairs.repairSharedPassiveSubjects(own, u));
    }

    @Test
    void a_name_after_with_before_an_infinitive_is_the_nouns_partner() {
        // signed a memorandum with Israel to move the embassy: Israel is the partner, not who moves
        List<Token> t = tagged("signed/VBD", "a/DT", "memorandum/NN", "with/IN", "Israel/NNP", "to/TO", "move/VB",
                "the/DT", "embassy/NN");
        List<Dependency> parse = TestDeps.parse("root:-1:0 det:2:1 obj:0:2 mark:6:3 nsubj:6:4 mark:6:5 acl:2:6 det:8:7 obj:6:8");
        List<Dependency> repaired = ParseRepairs.repairWithInfinitives(parse, t);
        assertHas(repaired, "nmod:2:4 case:4:3 acl:2:6 mark:6:5");
        assertFalse(repaired.contains(new Dependency(6, 4, "nsubj")), repaired.toString());
        // with prices rising: a clause of its own, no infinitive
        List<Token> u = tagged("signed/VBD", "a/DT", "deal/NN", "with/IN", "Brent/NNP", "rising/VBG");
        List<Dependency> own = TestDeps.parse("root:-1:0 det:2:1 obj:0:2 mark:5:3 nsubj:5:4 acl:2:5");
        assertUnchanged(own, ParseRepairs.repairWithInfinitives(own, u));
    }

    @Test
    void a_phrase_after_what_a_counting_noun_counts_belongs_to_it() {
        // a round of games around Taiwan: Taiwan is where the games are
        List<Token> t = tagged("launched/VBD", "a/DT", "round/NN", "of/IN", "games/NNS/game", "around/IN", "Taiwan/NNP");
        List<Dependency> parse = TestDeps.parse("root:-1:0 det:2:1 obj:0:2 case:4:3 nmod:2:4 case:6:5 nmod:2:6");
        List<Dependency> repaired = ParseRepairs.repairCountedPhrases(parse, t);
        assertHas(repaired, "nmod:2:4 nmod:4:6");
        assertFalse(repaired.contains(new Dependency(2, 6, "nmod")), repaired.toString());
        // a round of talks: nothing after the counted noun to move
        List<Token> u = tagged("held/VBD", "a/DT", "round/NN", "of/IN", "talks/NNS/talk");
        List<Dependency> own = TestDeps.parse("root:-1:0 det:2:1 obj:0:2 case:4:3 nmod:2:4");
        assertUnchanged(own, ParseRepairs.repairCountedPhrases(own, u));
    }

    @Test
    void two_verbs_conjoined_share_the_object_and_phrases_after_the_second() {
        // ships rammed and fired cannon at vessels: the cannon and the vessels are the firing's too
        List<Token> t = tagged("ships/NNS", "rammed/VBD", "and/CC", "fired/VBD", "cannon/NN", "at/IN", "vessels/NNS");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 cc:3:2 conj:1:3 obj:1:4 case:6:5 obl:1:6");
        assertHas(ParseRepairs.repairSharedObjects(parse, t), "obj:1:4 obl:1:6 obj:3:4 obl:3:6");
        // ships rammed a boat and fired cannon: the second verb has its own object
        List<Token> u = tagged("ships/NNS", "rammed/VBD", "a/DT", "boat/NN", "and/CC", "fired/VBD", "cannon/NN");
        List<Dependency> own = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3 cc:5:4 conj:1:5 obj:5:6");
        assertUnchanged(own, ParseRepairs.repairSharedObjects(own, u));
    }

    @Test
    void a_trailing_attribution_tangled_with_the_report_is_found_at_its_comma() {
        // Russia launched a drone attack, killing 23, officials said: parsed with "attack" the subject of "said"
        List<Token> t = tagged("Russia/NNP", "launched/VBD", "a/DT", "attack/NN", ",/,", "killing/VBG", "23/CD", ",/,",
                "officials/NNS", "said/VBD", "./.");
        List<Token> lemmas = new ArrayList<>(t);
        lemmas.set(9, new Token(9, "said", "say", "VBD", 0, 0));
        List<Dependency> tangled = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:9 nsubj:9:3 det:3:2 acl:3:5 obj:5:6 dep:9:8");
        assertEquals(7, CoreNlpParser.brokenAttribution(tangled, lemmas, 0, lemmas.size()));
        // the same words parsed as written: nothing to mend
        List<Dependency> sound = TestDeps.parse("nsubj:1:0 ccomp:9:1 obj:1:3 det:3:2 advcl:1:5 obj:5:6 nsubj:9:8 root:-1:9");
        assertEquals(-1, CoreNlpParser.brokenAttribution(sound, lemmas, 0, lemmas.size()));
        // approved the sale of arms to Israel, the department said: parsed with "said" a clause on "sale"
        List<Token> u = tagged("US/NNP", "approved/VBD", "the/DT", "sale/NN", "of/IN", "arms/NNS", ",/,", "the/DT",
                "department/NN", "said/VBD/say", "./.");
        List<Dependency> clause = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3 mark:9:4 dep:9:5 det:8:7 nsubj:9:8 acl:3:9");
        assertEquals(6, CoreNlpParser.brokenAttribution(clause, u, 0, u.size()));
        // imposed restrictions on judge Moraes, the department said: the speaker parsed as the name's apposition
        List<Token> v = tagged("US/NNP", "imposed/VBD", "restrictions/NNS", "on/IN", "judge/NN", "Moraes/NNP", ",/,",
                "the/DT", "department/NN", "said/VBD/say", "./.");
        List<Dependency> appos = TestDeps.parse("nsubj:1:0 csubj:9:1 obj:1:2 case:5:3 compound:5:4 nmod:2:5 det:8:7 appos:5:8 root:-1:9");
        assertEquals(6, CoreNlpParser.brokenAttribution(appos, v, 0, v.size()));
        // engineers were abducted by separatists, officials said: the report's "by" phrase hung on "said"
        List<Token> w = tagged("engineers/NNS", "were/VBD", "abducted/VBN/abduct", "by/IN", "separatists/NNS", ",/,",
                "officials/NNS", "said/VBD/say", "./.");
        List<Dependency> phrase = TestDeps.parse("nsubj:pass:2:0 aux:pass:2:1 dep:7:2 case:4:3 obl:by:7:4 nsubj:7:6 root:-1:7");
        assertEquals(5, CoreNlpParser.brokenAttribution(phrase, w, 0, w.size()));
    }

    @Test
    void a_causative_makes_the_participle_the_verb_and_the_person_its_object() {
        // threatened to have Guaido jailed: parsed with Guaido the subject of a clause under "have"
        List<Token> t = tagged("Maduro/NNP", "threatened/VBD/threaten", "to/TO", "have/VB/have", "Guaido/NNP", "jailed/VBN/jail");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 mark:3:2 xcomp:1:3 nsubj:5:4 ccomp:3:5");
        assertHas(ParseRepairs.repairCausatives(misparse, t), "xcomp:1:5 aux:5:3 mark:5:2 obj:5:4");
        // "have" with an object of its own is left alone: "had talks scheduled" has no one acted on before it
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 mark:3:2 xcomp:1:3 obj:3:4 acl:4:5");
        assertUnchanged(parse, ParseRepairs.repairCausatives(parse, t));
    }

    @Test
    void an_adjective_after_a_called_object_is_the_verbs_complement() {
        // called the veto of the package shameful: parsed as an adjective of "package", after it
        List<Token> t = tagged("Kyiv/NNP", "called/VBD/call", "the/DT", "veto/NN", "of/IN", "the/DT", "package/NN",
                "shameful/JJ", "./.");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:6:4 det:6:5 nmod:of:3:6 amod:6:7 punct:1:8");
        assertHas(ParseRepairs.repairCalledAdjectives(misparse, t), "xcomp:1:7");
        // under a verb that calls nothing the adjective stays: "vetoed the package, shameful" is left as parsed
        List<Token> u = tagged("Kyiv/NNP", "vetoed/VBD/veto", "the/DT", "veto/NN", "of/IN", "the/DT", "package/NN",
                "shameful/JJ", "./.");
        assertUnchanged(misparse, ParseRepairs.repairCalledAdjectives(misparse, u));
        // ... with adjectives conjoined to it, before a verb conjoined to the clause: "called the decision unfair and
        // unjustified and said ..."
        List<Token> pair = tagged("India/NNP", "called/VBD/call", "the/DT", "decision/NN", "unfair/JJ", "and/CC",
                "unjustified/JJ", "and/CC", "said/VBD/say");
        List<Dependency> conjoined = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3 amod:3:4 cc:6:5 conj:4:6 cc:8:7 conj:1:8");
        assertHas(ParseRepairs.repairCalledAdjectives(conjoined, pair), "xcomp:1:4");
        // ... but not an adjective before a noun it stands among: "called the decision unfair and unjustified rules"
        pair.set(8, new Token(8, "rules", "rule", "NNS", 0, 0));
        assertUnchanged(conjoined, ParseRepairs.repairCalledAdjectives(conjoined, pair));
    }

    @Test
    void a_participle_used_as_an_adjective_after_a_verb_is_the_adjective_of_its_object() {
        // scrapped punishing tariffs on barley: "punishing" read as a clause under "scrapped", "tariffs" its object
        List<Token> t = tagged("China/NNP", "scrapped/VBD/scrap", "punishing/VBG/punish", "tariffs/NNS/tariff", "on/IN",
                "barley/NN", "on/IN", "Friday/NNP");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 dep:1:2 obj:2:3 case:5:4 nmod:on:3:5 case:7:6 obl:on:2:7");
        assertHas(ParseRepairs.repairAttributiveParticiples(misparse, t), "obj:1:3 amod:3:2 obl:on:1:7 nmod:on:3:5");
        // a participle that heads a clause of its own is left alone ("began shelling towns", "reported killing militants")
        List<Token> u = tagged("Army/NNP", "reported/VBD/report", "killing/VBG/kill", "militants/NNS/militant");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 xcomp:1:2 obj:2:3");
        assertUnchanged(parse, ParseRepairs.repairAttributiveParticiples(parse, u));
    }

    @Test
    void a_participle_of_repute_before_to_be_is_a_reduced_relative_on_the_noun() {
        // gunmen believed to be militants massacred villagers: "believed" read as the verb, "massacred" a clause on
        // "militants"
        List<Token> t = tagged("Gunmen/NNS/gunman", "believed/VBD/believe", "to/TO", "be/VB/be", "militants/NNS/militant",
                "massacred/VBD/massacre", "villagers/NNS/villager");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 mark:4:2 cop:4:3 xcomp:1:4 acl:4:5 obj:5:6");
        assertHas(ParseRepairs.repairBelievedToBe(misparse, t), "root:-1:5 nsubj:5:0 acl:0:1 xcomp:1:4 obj:5:6");
        // with no verb of its own after the complement, the participle is the sentence's verb ("they believed to be right")
        List<Token> u = tagged("Officials/NNS/official", "believed/VBD/believe", "to/TO", "be/VB/be", "militants/NNS/militant");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 mark:4:2 cop:4:3 xcomp:1:4");
        assertUnchanged(parse, ParseRepairs.repairBelievedToBe(parse, u));
    }

    @Test
    void dead_after_shot_is_the_verbs_complement() {
        // shot dead the president: "dead" read as an adjective of the object's first word
        List<Token> t = tagged("Soldiers/NNS/soldier", "shot/VBD/shoot", "dead/JJ", "Guinea-Bissau/NNP", "'s/POS", "president/NN");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 amod:3:2 nmod:poss:5:3 case:3:4 obj:1:5");
        assertHas(ParseRepairs.repairResultAdjectives(misparse, t), "xcomp:1:2 obj:1:5");
        // was shot dead by a gunman: "dead" read as the object, hiding the passive subject
        List<Token> u = tagged("envoy/NN", "was/VBD/be", "shot/VBN/shoot", "dead/JJ", "by/IN", "a/DT", "gunman/NN");
        List<Dependency> passive = TestDeps.parse("nsubj:pass:2:0 aux:pass:2:1 root:-1:2 obj:2:3 case:6:4 det:6:5 obl:by:2:6");
        assertHas(ParseRepairs.repairResultAdjectives(passive, u), "xcomp:2:3 nsubj:pass:2:0");
        // shot dead about 60 Palestinians: "dead" read as the object, those shot as its complement
        List<Token> p = tagged("Troops/NNS/troop", "shot/VBD/shoot", "dead/JJ", "60/CD", "Palestinians/NNPS/palestinian");
        List<Dependency> swapped = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 nummod:4:3 xcomp:1:4");
        assertHas(ParseRepairs.repairResultAdjectives(swapped, p), "xcomp:1:2 obj:1:4");
        // "found dead bodies": an adjective before its own noun, with no verb before it, is left as parsed
        List<Token> v = tagged("Police/NNS/police", "found/VBD/find", "the/DT", "dead/JJ", "men/NNS/man");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 det:4:2 amod:4:3 obj:1:4");
        assertUnchanged(parse, ParseRepairs.repairResultAdjectives(parse, v));
        // an active verb whose object is "dead" keeps it ("mourned the dead")
        List<Token> w = tagged("Crowds/NNS/crowd", "mourned/VBD/mourn", "the/DT", "dead/JJ");
        List<Dependency> mourned = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3");
        assertUnchanged(mourned, ParseRepairs.repairResultAdjectives(mourned, w));
    }

    @Test
    void a_preposition_made_head_of_its_phrase_marks_its_noun() {
        // approved the sale of $3 billion in arms: "of" hung on "sale" as a clause, the amount loosely under it
        List<Token> t = tagged("US/NNP", "approved/VBD", "the/DT", "sale/NN", "of/IN", "$/$", "3/CD", "billion/CD", "in/IN",
                "arms/NNS");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3 acl:3:4 dep:4:5 nummod:5:7 compound:7:6 case:9:8 nmod:5:9");
        assertHas(ParseRepairs.repairPrepositionHeads(misparse, t), "nmod:3:5 case:5:4 nmod:5:9");
        // a preposition that is its noun's case already is left as it is
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:5:4 nmod:3:5 nummod:5:7 compound:7:6 case:9:8 nmod:5:9");
        assertUnchanged(parse, ParseRepairs.repairPrepositionHeads(parse, t));
        // Pakistan responded by closing its airspace: "by" an adverb of the verb, the gerund loosely under it
        List<Token> g = tagged("Pakistan/NNP", "responded/VBD/respond", "by/IN", "closing/VBG/close", "its/PRP$", "airspace/NN");
        List<Dependency> means = TestDeps.parse("nsubj:1:0 root:-1:1 advmod:1:2 dep:2:3 nmod:poss:5:4 obj:3:5");
        assertHas(ParseRepairs.repairPrepositionHeads(means, g), "advcl:1:3 mark:3:2 obj:3:5");
        // ... but a gerund under another preposition is left ("a firm accused of helping Tehran")
        List<Token> h = tagged("firm/NN", "accused/VBN/accuse", "of/IN", "helping/VBG/help", "Tehran/NNP");
        List<Dependency> helping = TestDeps.parse("root:-1:0 acl:0:1 advmod:1:2 dep:2:3 obj:3:4");
        assertUnchanged(helping, ParseRepairs.repairPrepositionHeads(helping, h));
    }

    @Test
    void a_day_between_a_verb_and_its_object_is_found_for_parsing_last() {
        // rejected on Thursday a proposal: the day stands before the object
        assertEquals(2, CoreNlpParser.datedObject(labels("Pyongyang/NNP", "rejected/VBD", "on/IN", "Thursday/NNP", "a/DT", "proposal/NN")));
        // met on Thursday in Seoul, rejected the plan on Thursday: no object after the day
        assertEquals(-1, CoreNlpParser.datedObject(labels("Pyongyang/NNP", "met/VBD", "on/IN", "Thursday/NNP", "in/IN", "Seoul/NNP")));
        assertEquals(-1, CoreNlpParser.datedObject(labels("Seoul/NNP", "rejected/VBD", "the/DT", "plan/NN", "on/IN", "Thursday/NNP")));
    }

    @Test
    void a_verb_after_an_article_is_retagged_a_noun() {
        List<edu.stanford.nlp.ling.CoreLabel> labels = labels("launched/VBD", "a/DT", "massive/JJ", "drone/VB", "to/TO",
                "attack/VB", "its/PRP$", "attack/VBP");
        CoreNlpParser.retag(labels);
        assertEquals(List.of("VBD", "DT", "JJ", "NN", "TO", "VB", "PRP$", "NN"), labels.stream().map(edu.stanford.nlp.ling.CoreLabel::tag).toList());
    }

    @Test
    void drone_before_a_noun_is_retagged_the_noun_it_is() {
        // Russian drone attacks hit Kyiv; a verb "drone" before no noun stays a verb
        List<edu.stanford.nlp.ling.CoreLabel> labels = labels("Russian/NNP", "drone/VBP", "attacks/NNS", "hit/VBD",
                "Kyiv/NNP", "as/IN", "engines/NNS", "drone/VBP", "on/IN");
        CoreNlpParser.retag(labels);
        assertEquals(List.of("NNP", "NN", "NNS", "VBD", "NNP", "IN", "NNS", "VBP", "IN"),
                labels.stream().map(edu.stanford.nlp.ling.CoreLabel::tag).toList());
    }

    @Test
    void military_before_its_verb_is_retagged_the_noun_it_is() {
        // Myanmar's military detained Suu Kyi; the military says; "military leaders" and "military ruled" after no
        // article or possessive keep the adjective
        List<edu.stanford.nlp.ling.CoreLabel> labels = labels("Myanmar/NNP", "'s/POS", "military/JJ", "detained/VBN",
                "Suu/NNP", "and/CC", "the/DT", "military/JJ", "says/VBZ", "so/RB", "as/IN", "military/JJ", "leaders/NNS",
                "and/CC", "military/JJ", "ruled/VBN");
        CoreNlpParser.retag(labels);
        assertEquals(List.of("NNP", "POS", "NN", "VBN", "NNP", "CC", "DT", "NN", "VBZ", "RB", "IN", "JJ", "NNS", "CC",
                "JJ", "VBN"), labels.stream().map(edu.stanford.nlp.ling.CoreLabel::tag).toList());
    }

    @Test
    void working_before_the_occasion_it_names_is_retagged_its_adjective() {
        // held a meeting and working lunch; workers working shifts keep the verb
        assertEquals(List.of("VBD", "DT", "NN", "CC", "JJ", "NN"),
                retagged("held/VBD", "a/DT", "meeting/NN", "and/CC", "working/VBG", "lunch/NN"));
        assertEquals(List.of("NNS", "VBG", "NNS"), retagged("workers/NNS", "working/VBG", "shifts/NNS"));
    }

    @Test
    void a_noun_after_a_name_that_a_demand_opens_is_retagged_the_verb_before_its_object() {
        // urged that Beijing halt exports; "said that Beijing trade officials ..." keeps its noun
        assertEquals("VB", retagged("urged/VBD", "that/IN", "Beijing/NNP", "halt/NN", "exports/NNS").get(3));
        assertEquals("NN", retagged("said/VBD", "that/IN", "Beijing/NNP", "trade/NN", "officials/NNS").get(3));
    }

    @Test
    void an_events_plural_after_a_determined_name_is_retagged_the_noun() {
        // kicked off the annual Cobra Gold exercises in Thailand; "the Kremlin exercises its right" keeps the verb
        assertEquals("NNS", retagged("kicked/VBD", "off/RP", "the/DT", "annual/JJ", "Cobra/NNP", "Gold/NNP",
                "exercises/VBZ", "in/IN", "Thailand/NNP").get(6));
        assertEquals("VBZ", retagged("the/DT", "Kremlin/NNP", "exercises/VBZ", "its/PRP$", "right/NN").get(2));
        // held 90 minutes of one-on-one talks: what "of" counts is the noun
        assertEquals("NNS", retagged("held/VBD", "90/CD", "minutes/NNS", "of/IN", "one-on-one/RB", "talks/VBZ", "with/IN",
                "Vajpayee/NNP").get(5));
    }

    /** The tags of "word/TAG" tokens after {@link CoreNlpParser#retag}. */
    private static List<String> retagged(String... tagged) {
        List<edu.stanford.nlp.ling.CoreLabel> labels = labels(tagged);
        CoreNlpParser.retag(labels);
        return labels.stream().map(edu.stanford.nlp.ling.CoreLabel::tag).toList();
    }

    @Test
    void a_verb_after_an_article_and_a_proper_adjective_is_retagged_a_noun() {
        // A Russian drone struck a station, "Russian" tagged a proper noun; "the Kremlin and Kyiv deny" keeps its verb
        List<String> tags = retagged("A/DT", "Russian/NNP", "drone/VB", "struck/VBD", "a/DT", "station/NN", "as/IN",
                "the/DT", "Kremlin/NNP", "and/CC", "Kyiv/NNP", "deny/VBP", "it/PRP");
        assertEquals("NN", tags.get(2));
        assertEquals("VBP", tags.get(11));
    }

    @Test
    void a_first_participle_with_an_object_after_the_opening_noun_phrase_is_retagged_the_past() {
        // Thai fighter jets bombed Cambodian targets as fighting escalated; "Palestinians detained last week were
        // freed" and "Officials given the task" keep their participles
        assertEquals("VBD", retagged("Thai/JJ", "F-16/NN", "fighter/NN", "jets/NNS", "bombed/VBN", "Cambodian/JJ",
                "targets/NNS", "as/IN", "fighting/NN", "escalated/VBD").get(4));
        assertEquals("VBN", retagged("Palestinians/NNPS", "detained/VBN", "last/JJ", "week/NN", "were/VBD", "freed/VBN").get(1));
        assertEquals("VBN", retagged("Officials/NNS", "given/VBN", "the/DT", "task/NN", "resigned/VBD").get(1));
        assertEquals("VBN", retagged("He/PRP", "said/VBD", "troops/NNS", "killed/VBN", "three/CD", "men/NNS").get(3));
    }

    @Test
    void a_word_in_s_closing_a_counted_noun_phrase_is_retagged_its_plural() {
        // killed 1,700 captured Iraqi army recruits; "the 2015 deal allows" and "two army units says" after no verb keep
        // the verb
        assertEquals("NNS", retagged("militants/NNS", "killed/VBD", "1,700/CD", "captured/VBN", "Iraqi/JJ", "army/NN",
                "recruits/VBZ", "near/IN", "Tikrit/NNP").get(6));
        assertEquals("VBZ", retagged("the/DT", "2015/CD", "deal/NN", "allows/VBZ", "inspections/NNS").get(3));
        assertEquals("VBZ", retagged("Two/CD", "army/NN", "officer/NN", "says/VBZ", "so/RB").get(3));
    }

    @Test
    void since_between_have_and_its_participle_is_retagged_the_adverb() {
        // China has since largely rejected U.S. attempts; "have stalled since the ceasefire" keeps the preposition
        List<String> tags = retagged("China/NNP", "has/VBZ", "since/IN", "largely/RB", "rejected/VBN", "attempts/NNS",
                "and/CC", "talks/NNS", "have/VBP", "stalled/VBN", "since/IN", "the/DT", "ceasefire/NN");
        assertEquals("RB", tags.get(2));
        assertEquals("IN", tags.get(10));
    }

    @Test
    void a_participle_between_a_verb_and_its_noun_is_retagged_the_adjective() {
        // would put ousted President Bazoum on trial; "has seized British tankers" and "was jailed" keep their participles
        List<String> tags = retagged("would/MD", "put/VB", "ousted/VBN", "President/NNP", "Bazoum/NNP", "after/IN",
                "Iran/NNP", "has/VBZ", "seized/VBN", "British/JJ", "tankers/NNS", "and/CC", "Suu/NNP", "was/VBD",
                "jailed/VBN", "Kyi/NNP");
        assertEquals("JJ", tags.get(2));
        assertEquals("VBN", tags.get(8));
        assertEquals("VBN", tags.get(14));
    }

    @Test
    void a_verb_inside_a_noun_phrase_is_retagged_a_noun() {
        // came under a massive Russian missile and drone attack; but "the army and police search homes" keeps its verb
        List<edu.stanford.nlp.ling.CoreLabel> labels = labels("came/VBD", "under/IN", "a/DT", "massive/JJ", "Russian/JJ",
                "missile/NN", "and/CC", "drone/VB", "attack/NN", "as/IN", "soldiers/NNS", "and/CC", "police/NN", "search/VBP",
                "homes/NNS");
        CoreNlpParser.retag(labels);
        assertEquals("NN", labels.get(7).tag());
        assertEquals("VBP", labels.get(13).tag());
    }

    @Test
    void a_noun_after_that_and_a_name_that_takes_an_object_is_retagged_a_verb() {
        // demanded that China scrap its zone, that Libya hand over suspects; but "that NATO summit talks" stays nouns
        List<edu.stanford.nlp.ling.CoreLabel> labels = labels("demanded/VBD", "that/IN", "China/NNP", "scrap/NN", "its/PRP$",
                "zone/NN", "and/CC", "that/IN", "Libya/NNP", "hand/NN", "over/IN", "suspects/NNS", "after/IN", "that/DT",
                "NATO/NNP", "summit/NN", "talks/NNS");
        CoreNlpParser.retag(labels);
        assertEquals("VB", labels.get(3).tag());
        assertEquals("VB", labels.get(9).tag());
        assertEquals("NN", labels.get(15).tag());
    }

    @Test
    void a_verb_after_a_and_a_noun_is_retagged_a_noun() {
        // ratify a minerals deal with the United States; but "the rebels attack villages" keeps its verb
        List<edu.stanford.nlp.ling.CoreLabel> labels = labels("ratify/VB", "a/DT", "minerals/NNS", "deal/VBP", "with/IN",
                "Kyiv/NNP", "as/IN", "the/DT", "rebels/NNS", "attack/VBP", "villages/NNS");
        CoreNlpParser.retag(labels);
        assertEquals("NN", labels.get(3).tag());
        assertEquals("VBP", labels.get(9).tag());
    }

    @Test
    void free_between_a_noun_and_its_object_is_retagged_a_verb() {
        // demanded that the authorities free thousands; but "a free election" and "visa free travel" stay adjectives
        List<edu.stanford.nlp.ling.CoreLabel> labels = labels("that/IN", "authorities/NNS", "free/JJ", "thousands/NNS",
                "in/IN", "a/DT", "free/JJ", "election/NN", "with/IN", "visa/NN", "free/JJ", "travel/NN");
        CoreNlpParser.retag(labels);
        assertEquals(List.of("VB", "JJ", "JJ"), List.of(labels.get(2).tag(), labels.get(6).tag(), labels.get(10).tag()));
    }

    @Test
    void a_test_verb_split_at_its_hyphen_is_joined() {
        // North Korea test-fired a missile; "a test - fired at dawn" with spaces is left as written
        List<edu.stanford.nlp.ling.CoreLabel> labels = placed(labels("Korea/NNP", "test/NN", "-/HYPH", "fired/VBD", "a/DT",
                "missile/NN"), 0, 6, 10, 11, 17, 19);
        CoreNlpParser.joinTestVerbs(labels);
        assertEquals(List.of("Korea", "test-fired", "a", "missile"), labels.stream().map(edu.stanford.nlp.ling.CoreLabel::word).toList());
        assertEquals(6, labels.get(1).beginPosition());
        assertEquals("VBD", labels.get(1).tag());
        assertEquals(4, labels.get(3).index());
        List<edu.stanford.nlp.ling.CoreLabel> spaced = placed(labels("a/DT", "test/NN", "-/HYPH", "fired/VBD"), 0, 2, 7, 9);
        CoreNlpParser.joinTestVerbs(spaced);
        assertEquals(4, spaced.size());
    }

    @Test
    void a_phrase_of_three_lowercase_words_split_at_its_hyphens_is_joined() {
        // opened round-the-clock talks: one adjective before the noun; "Saudi-led" (two parts) stays split
        List<edu.stanford.nlp.ling.CoreLabel> labels = placed(labels("opened/VBD", "round/RB", "-/:", "the/DT", "-/HYPH",
                "clock/NN", "talks/NNS", "Saudi/NNP", "-/HYPH", "led/VBN"), 0, 7, 12, 13, 16, 17, 23, 29, 34, 35);
        CoreNlpParser.joinHyphenChains(labels);
        assertEquals(List.of("opened", "round-the-clock", "talks", "Saudi", "-", "led"),
                labels.stream().map(edu.stanford.nlp.ling.CoreLabel::word).toList());
        assertEquals("JJ", labels.get(1).tag());
        assertEquals(22, labels.get(1).endPosition());
        assertEquals(3, labels.get(2).index());
        // with spaces about the dashes it is no one word: "the talks - round the clock - went on"
        List<edu.stanford.nlp.ling.CoreLabel> spaced = placed(labels("round/RB", "-/:", "the/DT", "-/:", "clock/NN"), 0, 6, 8, 12, 14);
        CoreNlpParser.joinHyphenChains(spaced);
        assertEquals(5, spaced.size());
    }

    /** Labels placed in a text at the given start offsets, each as long as its word. */
    private static List<edu.stanford.nlp.ling.CoreLabel> placed(List<edu.stanford.nlp.ling.CoreLabel> labels, int... starts) {
        for (int i = 0; i < starts.length; i++) {
            labels.get(i).setBeginPosition(starts[i]);
            labels.get(i).setEndPosition(starts[i] + labels.get(i).word().length());
        }
        return labels;
    }

    private static List<edu.stanford.nlp.ling.CoreLabel> labels(String... tagged) {
        List<edu.stanford.nlp.ling.CoreLabel> labels = new ArrayList<>();
        for (String w : tagged) {
            edu.stanford.nlp.ling.CoreLabel l = new edu.stanford.nlp.ling.CoreLabel();
            l.setWord(w.split("/")[0]);
            l.setTag(w.split("/")[1]);
            labels.add(l);
        }
        return labels;
    }

    @Test
    void a_speech_verbs_object_before_a_loose_clause_is_the_clauses_subject() {
        // Erdogan said Turkey was prepared to host talks
        List<Token> t = tagged("Erdogan/NNP", "said/VBD", "Turkey/NNP", "was/VBD", "prepared/VBN", "to/TO", "host/VB");
        t.set(1, new Token(1, "said", "say", "VBD", 0, 0));
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 aux:pass:4:3 dep:1:4 mark:6:5 xcomp:4:6");
        List<Dependency> repaired = ParseRepairs.repairSpeechObjects(misparse, t);
        assertTrue(repaired.containsAll(List.of(new Dependency(4, 2, "nsubj:pass"), new Dependency(1, 4, "ccomp"))), repaired.toString());
        assertEquals(misparse.size(), repaired.size());
        // Seoul told Tokyo, in a loose phrase, ...: "told" is no verb of saying with a clause; nothing changes
        List<Token> told = new ArrayList<>(t);
        told.set(1, new Token(1, "told", "tell", "VBD", 0, 0));
        assertUnchanged(misparse, ParseRepairs.repairSpeechObjects(misparse, told));
        // ... or before a loose verb in a tense: "said Beijing firmly opposed any contact"
        List<Token> opposed = tagged("spokesman/NN", "said/VBD", "Beijing/NNP", "firmly/RB", "opposed/VBD", "contact/NN");
        opposed.set(1, new Token(1, "said", "say", "VBD", 0, 0));
        List<Dependency> loose = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 advmod:4:3 dep:1:4 obj:4:5");
        assertTrue(ParseRepairs.repairSpeechObjects(loose, opposed).containsAll(
                List.of(new Dependency(4, 2, "nsubj"), new Dependency(1, 4, "ccomp"))));
        // ... but not before a bare participle ("said Beijing, pressed by Washington, ..."): no tense, no clause
        opposed.set(4, new Token(4, "pressed", "press", "VBN", 0, 0));
        assertUnchanged(loose, ParseRepairs.repairSpeechObjects(loose, opposed));
    }

    @Test
    void a_noun_in_apposition_to_an_opening_phrase_before_a_subjectless_verb_is_its_subject() {
        // In a call with his counterpart, the minister urged Beijing: "minister" hung on "counterpart"
        List<Token> t = tagged("In/IN", "a/DT", "call/NN", "with/IN", "his/PRP$", "counterpart/NN", ",/,", "the/DT",
                "minister/NN", "urged/VBD", "Beijing/NNP");
        List<Dependency> misparse = TestDeps.parse("case:2:0 det:2:1 obl:9:2 case:5:3 nmod:poss:5:4 nmod:2:5 punct:5:6 "
                + "det:8:7 appos:5:8 root:-1:9 obj:9:10");
        List<Dependency> repaired = ParseRepairs.repairFrontedSubjects(misparse, t);
        assertTrue(repaired.contains(new Dependency(9, 8, "nsubj")), repaired.toString());
        assertEquals(misparse.size(), repaired.size());
        // a verb that has its subject keeps the apposition: "In a call with his counterpart, the minister, Lee urged"
        List<Dependency> subject = new ArrayList<>(misparse);
        subject.add(new Dependency(9, 10, "nsubj"));
        assertUnchanged(subject, ParseRepairs.repairFrontedSubjects(subject, t));
    }

    @Test
    void a_span_of_time_after_a_name_before_after_is_when_the_act_came() {
        // paused aid to Ukraine days after the clash: "Ukraine" parsed as a compound of "days"
        List<Token> t = tagged("Trump/NNP", "paused/VBD", "aid/NN", "to/IN", "Ukraine/NNP", "days/NNS", "after/IN", "talks/NNS");
        t.set(5, new Token(5, "days", "day", "NNS", 0, 0));
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 case:5:3 compound:5:4 obl:to:1:5 case:7:6 nmod:after:5:7");
        List<Dependency> repaired = ParseRepairs.repairTimeCompounds(misparse, t);
        assertTrue(repaired.containsAll(List.of(new Dependency(1, 4, "obl:to"), new Dependency(1, 5, "obl:tmod"),
                new Dependency(4, 3, "case"))), repaired.toString());
        assertEquals(misparse.size(), repaired.size());
        // a span with no "after" or "before" is left alone ("the Ukraine days of the festival")
        t.set(6, new Token(6, "of", "of", "IN", 0, 0));
        assertUnchanged(misparse, ParseRepairs.repairTimeCompounds(misparse, t));
    }

    @Test
    void a_verbs_second_object_is_what_the_first_is_called() {
        // what Seoul called a provocation
        List<Dependency> parse = TestDeps.parse("obj:2:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4");
        List<Token> t = tagged("what/WP", "Seoul/NNP", "called/VBD/call", "a/DT", "provocation/NN");
        List<Dependency> repaired = ParseRepairs.repairSecondObjects(parse, t);
        assertTrue(repaired.containsAll(List.of(new Dependency(2, 0, "obj"), new Dependency(2, 4, "xcomp"))), repaired.toString());
        assertEquals(parse.size(), repaired.size());
        // Turkey called Netanyahu a criminal, the name hung on an indirect object
        List<Token> u = tagged("Turkey/NNP", "called/VBD/call", "Netanyahu/NNP", "a/DT", "criminal/NN");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 iobj:1:2 det:4:3 dep:2:4");
        assertHas(ParseRepairs.repairSecondObjects(misparse, u), "obj:1:2 xcomp:1:4");
        // "gave Israel a warning": an indirect object of another verb stays
        List<Token> g = tagged("Turkey/NNP", "gave/VBD/give", "Israel/NNP", "a/DT", "warning/NN");
        List<Dependency> given = TestDeps.parse("nsubj:1:0 root:-1:1 iobj:1:2 det:4:3 dep:2:4");
        assertUnchanged(given, ParseRepairs.repairSecondObjects(given, g));
        // Erdogan received Syria's president Ahmed al-Sharaa: the title an indirect object, the name hung on it
        List<Token> r = tagged("Erdogan/NNP", "received/VBD/receive", "Syria/NNP", "'s/POS", "president/NN", "Ahmed/NNP", "al-Sharaa/NNP");
        List<Dependency> received = TestDeps.parse("nsubj:1:0 root:-1:1 nmod:poss:4:2 case:2:3 iobj:1:4 compound:6:5 dep:4:6");
        assertHas(ParseRepairs.repairSecondObjects(received, r), "obj:1:4 appos:4:6");
    }

    @Test
    void what_a_clause_calls_something_is_the_verbs_object() {
        // India struck what it called infrastructure in Pakistan: parsed as a complement clause
        List<Token> t = tagged("India/NNP", "struck/VBD", "what/WP", "it/PRP", "called/VBD", "infrastructure/NN", "in/IN", "Pakistan/NNP");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:4:2 nsubj:4:3 ccomp:1:4 xcomp:4:5 case:7:6 obl:in:4:7");
        List<Dependency> repaired = ParseRepairs.repairFreeRelatives(misparse, t);
        assertHas(repaired, "obj:1:2 acl:relcl:2:4 obl:in:1:7");
        assertTrue(repaired.stream().noneMatch(d -> d.relation().equals("ccomp")), repaired.toString());
    }

    @Test
    void what_a_clause_calls_something_after_a_particle_is_the_verbs_object() {
        // Pakistan shot down what it described as drones: the particle stands between the verb and "what"
        List<Token> t = tagged("Pakistan/NNP", "shot/VBD", "down/RP", "what/WP", "it/PRP", "described/VBD", "as/IN", "drones/NNS");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 compound:prt:1:2 obj:5:3 nsubj:5:4 ccomp:1:5 case:7:6 obl:5:7");
        assertHas(ParseRepairs.repairFreeRelatives(misparse, t), "obj:1:3 acl:relcl:3:5");
    }

    @Test
    void a_clause_of_time_on_an_object_is_the_verbs() {
        // Japan lodged a protest after Chinese vessels entered its waters: "entered" hung on "protest"
        List<Token> t = tagged("Japan/NNP", "lodged/VBD/lodge", "a/DT", "protest/NN", "after/IN", "vessels/NNS/vessel",
                "entered/VBD/enter", "its/PRP$", "waters/NNS/water");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3 mark:6:4 nsubj:6:5 acl:3:6 nmod:poss:8:7 obj:6:8");
        List<Dependency> repaired = ParseRepairs.repairTimeClauses(misparse, t);
        assertHas(repaired, "advcl:1:6");
        assertFalse(repaired.contains(new Dependency(3, 6, "acl")), repaired.toString());
        // a clause on a noun that no "after", "when" or "as" opens stays the noun's ("a plan that Kyiv rejected")
        List<Dependency> relative = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3 nsubj:6:5 acl:3:6 nmod:poss:8:7 obj:6:8");
        assertUnchanged(relative, ParseRepairs.repairTimeClauses(relative, t));
    }

    @Test
    void a_phrase_after_a_measure_belongs_to_the_noun_it_measures() {
        // China announced tariffs of 34 percent on American goods
        List<Token> t = tagged("China/NNP", "announced/VBD", "tariffs/NNS/tariff", "of/IN", "34/CD", "percent/NN",
                "on/IN", "American/JJ", "goods/NNS/good");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 case:5:3 nummod:5:4 nmod:2:5 case:8:6 amod:8:7 nmod:5:8");
        assertHas(ParseRepairs.repairMeasurePhrases(misparse, t), "nmod:2:8 nmod:2:5");
        // a measure hung on the verb, not on a noun, keeps its phrases ("cut them 34 percent on goods")
        List<Dependency> by = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 case:5:3 nummod:5:4 obl:1:5 case:8:6 amod:8:7 nmod:5:8");
        assertUnchanged(by, ParseRepairs.repairMeasurePhrases(by, t));
    }

    @Test
    void the_thing_a_free_relative_names_stands_where_what_stood() {
        // Israel struck what it described as Hezbollah depots in Lebanon
        List<Token> t = tagged("Israel/NNP", "struck/VBD", "what/WP", "it/PRP", "described/VBD/describe", "as/IN", "Hezbollah/NNP",
                "depots/NNS", "in/IN", "Lebanon/NNP");
        List<Dependency> described = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 acl:relcl:2:4 obj:4:2 nsubj:4:3 case:7:5 compound:7:6 obl:4:7 case:9:8 nmod:7:9");
        List<Dependency> repaired = ParseRepairs.repairNamedRelatives(described, t);
        assertHas(repaired, "obj:1:7 acl:relcl:7:4 nmod:7:9");
        assertFalse(repaired.contains(new Dependency(1, 2, "obj")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(4, 7, "obl")), repaired.toString());
        // India launched strikes on what it called infrastructure in Pakistan: the clause hangs on "strikes", marked by "on"
        List<Token> c = tagged("India/NNP", "launched/VBD", "strikes/NNS", "on/IN", "what/WP", "it/PRP", "called/VBD/call",
                "infrastructure/NN", "in/IN", "Pakistan/NNP");
        List<Dependency> called = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 mark:6:3 obj:6:4 nsubj:6:5 acl:2:6 xcomp:6:7 case:9:8 obl:6:9");
        assertHas(ParseRepairs.repairNamedRelatives(called, c), "nmod:2:7 case:7:3 acl:relcl:7:6 nmod:7:9");
        // "what" that a clause says something about, not names, is left alone: "struck what it said was a depot"
        List<Token> w = tagged("Israel/NNP", "struck/VBD", "what/WP", "it/PRP", "said/VBD/say", "depot/NN");
        List<Dependency> said = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 acl:relcl:2:4 obj:4:2 nsubj:4:3 xcomp:4:5");
        assertUnchanged(said, ParseRepairs.repairNamedRelatives(said, w));
    }

    @Test
    void a_finite_verb_conjoined_to_a_gerund_goes_with_the_finite_verb_above() {
        // China accused Manila of provoking a clash and demanded a withdrawal
        List<Token> t = tagged("China/NNP", "accused/VBD", "Manila/NNP", "of/IN", "provoking/VBG", "clash/NN", "and/CC",
                "demanded/VBD", "withdrawal/NN");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 mark:4:3 advcl:1:4 obj:4:5 cc:7:6 conj:4:7 obj:7:8");
        List<Dependency> repaired = ParseRepairs.repairFiniteConjuncts(misparse, t);
        assertTrue(repaired.contains(new Dependency(1, 7, "conj")), repaired.toString());
        assertEquals(misparse.size(), repaired.size());
        // made a visit on Monday, where he was greeted, and pledged aid: the verb after a "where" aside goes on
        // from the sentence's verb
        List<Token> w = tagged("Biden/NNP", "made/VBD", "visit/NN", "on/IN", "Monday/NNP", "where/WRB", "he/PRP", "was/VBD",
                "greeted/VBN", "and/CC", "pledged/VBD", "aid/NN");
        List<Dependency> aside = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 case:4:3 obl:on:1:4 advmod:8:5 nsubj:pass:8:6 aux:pass:8:7 acl:relcl:4:8 cc:10:9 conj:8:10 obj:10:11");
        assertTrue(ParseRepairs.repairFiniteConjuncts(aside, w).contains(new Dependency(1, 10, "conj")));
        // Poland said Russia was behind attacks and accused Moscow, "accused" tagged a participle: the same
        List<Token> p = tagged("Poland/NNP", "said/VBD", "Russia/NNP", "was/VBD", "behind/IN", "attacks/NNS", "and/CC",
                "accused/VBN", "Moscow/NNP");
        List<Dependency> behind = TestDeps.parse("nsubj:1:0 root:-1:1 nsubj:5:2 cop:5:3 case:5:4 ccomp:1:5 cc:7:6 conj:5:7 obj:7:8");
        assertTrue(ParseRepairs.repairFiniteConjuncts(behind, p).contains(new Dependency(1, 7, "conj")));
        // Choe thanked Putin for the time to see her and reaffirmed support: a past verb is no infinitive's conjunct
        List<Token> i = tagged("Choe/NNP", "thanked/VBD", "Putin/NNP", "to/TO", "see/VB", "her/PRP", "and/CC",
                "reaffirmed/VBD", "support/NN");
        List<Dependency> see = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 mark:4:3 xcomp:1:4 obj:4:5 cc:7:6 conj:4:7 obj:7:8");
        assertTrue(ParseRepairs.repairFiniteConjuncts(see, i).contains(new Dependency(1, 7, "conj")));
        List<Token> both = new ArrayList<>(i);
        both.set(7, new Token(7, "reaffirm", "reaffirm", "VB", 0, 0));
        assertUnchanged(see, ParseRepairs.repairFiniteConjuncts(see, both)); // "to see her and reaffirm": both infinitives
        // ... nor a past participle with an object: Russia demanded that Britain let them see her and accused London
        List<Token> accused = new ArrayList<>(i);
        accused.set(7, new Token(7, "accused", "accuse", "VBN", 0, 0));
        assertTrue(ParseRepairs.repairFiniteConjuncts(see, accused).contains(new Dependency(1, 7, "conj")));
        // ... nor a present one the tagger reads after a plural, its conjunct hung on the object: "demanded that Britain
        // let its diplomats see her, and accused London" goes on from "demanded", past "let" read as past
        List<Token> r = tagged("Russia/NNP", "demanded/VBD", "that/IN", "Britain/NNP", "let/VBD", "diplomats/NNS",
                "see/VBP", "Skripal/NNP", "and/CC", "accused/VBN", "London/NNP");
        List<Dependency> let = TestDeps.parse("nsubj:1:0 root:-1:1 mark:4:2 nsubj:4:3 ccomp:1:4 nsubj:6:5 ccomp:4:6 obj:6:7 cc:9:8 conj:7:9 obj:9:10");
        assertTrue(ParseRepairs.repairFiniteConjuncts(let, r).contains(new Dependency(1, 9, "conj")), ParseRepairs.repairFiniteConjuncts(let, r).toString());
        // two gerunds conjoined are left alone
        List<Token> g = new ArrayList<>(t);
        g.set(7, new Token(7, "demanding", "demand", "VBG", 0, 0));
        assertUnchanged(misparse, ParseRepairs.repairFiniteConjuncts(misparse, g));
    }

    @Test
    void a_participle_clause_after_a_comma_hung_on_an_infinitive_goes_on_from_the_finite_verb() {
        // Congo gave him 48 hours to quit, accusing Kigali (parsed as a conjunct of "quit"); Israel decided to remove
        // Arafat, branding him an obstacle (parsed as a "dep" of "remove")
        List<Token> q = tagged("Congo/NNP", "gave/VBD", "him/PRP", "hours/NNS", "to/TO", "quit/VB", ",/,", "accusing/VBG",
                "Kigali/NNP");
        for (String rel : List.of("conj", "dep")) {
            List<Dependency> quit = TestDeps.parse("nsubj:1:0 root:-1:1 iobj:1:2 obj:1:3 mark:5:4 advcl:1:5 punct:7:6 "
                    + rel + ":5:7 obj:7:8");
            List<Dependency> repaired = ParseRepairs.repairInfinitiveAdjuncts(quit, q);
            assertTrue(repaired.contains(new Dependency(1, 7, "dep")), repaired.toString());
            assertEquals(quit.size(), repaired.size());
            // with no comma ("to quit and leaving"), two verbs of the infinitive are left alone
            List<Token> noComma = new ArrayList<>(q);
            noComma.set(6, new Token(6, "and", "and", "CC", 0, 0));
            assertUnchanged(quit, ParseRepairs.repairInfinitiveAdjuncts(quit, noComma));
        }
    }

    @Test
    void a_participle_after_a_comma_read_as_a_names_adjective_heads_its_clause() {
        // Armenia suspended the accords , accusing Ankara of stalling
        List<Token> t = tagged("Armenia/NNP", "suspended/VBD", "the/DT", "accords/NNS", ",/,", "accusing/VBG", "Ankara/NNP",
                "of/IN", "stalling/VBG");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 det:3:2 obj:1:3 punct:6:4 amod:6:5 xcomp:1:6 mark:8:7 acl:6:8");
        List<Dependency> repaired = ParseRepairs.repairParticipleAdjectives(misparse, t);
        assertHas(repaired, "advcl:1:5 obj:5:6 advcl:5:8");
        assertTrue(repaired.stream().noneMatch(d -> d.relation().equals("amod") || d.relation().equals("xcomp")), repaired.toString());
        // an adjective before its name with no comma ("the ruling Likud") is left alone
        List<Token> r = tagged("Israel/NNP", "backed/VBD", "the/DT", "ruling/VBG", "Likud/NNP");
        List<Dependency> ruling = TestDeps.parse("nsubj:1:0 root:-1:1 det:4:2 amod:4:3 obj:1:4");
        assertUnchanged(ruling, ParseRepairs.repairParticipleAdjectives(ruling, r));
        // Nicaragua filed a case , accusing Berlin of aiding , the court said: the clause told, not "said", goes on
        List<Token> c = tagged("Nicaragua/NNP", "filed/VBD", "case/NN", ",/,", "accusing/VBG", "Berlin/NNP", "of/IN",
                "aiding/VBG", ",/,", "court/NN", "said/VBD/say");
        List<Dependency> told = TestDeps.parse("nsubj:1:0 advcl:10:1 obj:1:2 amod:5:4 obj:1:5 mark:7:6 acl:5:7 nsubj:10:9 root:-1:10");
        assertHas(ParseRepairs.repairParticipleAdjectives(told, c), "advcl:1:4 obj:4:5 advcl:4:7");
    }

    @Test
    void names_in_apposition_ending_with_and_are_a_list() {
        // Saudi Arabia, Egypt, the Emirates and Bahrain cut ties
        List<Token> t = tagged("Arabia/NNP", ",/,", "Egypt/NNP", ",/,", "Emirates/NNPS", "and/CC", "Bahrain/NNP", "cut/VBD");
        List<Dependency> misparse = TestDeps.parse("nsubj:7:0 appos:0:2 appos:0:4 cc:6:5 conj:4:6 root:-1:7");
        List<Dependency> repaired = ParseRepairs.repairLists(misparse, t);
        assertHas(repaired, "conj:0:2 conj:0:4 conj:0:6");
        assertTrue(repaired.stream().noneMatch(d -> d.relation().equals("appos")), repaired.toString());
    }

    @Test
    void a_title_in_apposition_stays_an_apposition() {
        // Kofi Annan, the secretary-general, and Aziz: the apposition is a common noun
        List<Token> t = tagged("Annan/NNP", ",/,", "secretary-general/NN", ",/,", "and/CC", "Aziz/NNP");
        List<Dependency> parse = TestDeps.parse("appos:0:2 cc:5:4 conj:2:5");
        assertUnchanged(parse, ParseRepairs.repairLists(parse, t));
    }

    @Test
    void a_verb_hung_on_its_subjects_participle_takes_the_subject() {
        // soldiers armed with machetes have massacred civilians, officials said
        List<Token> t = tagged("soldiers/NNS", "armed/VBN", "with/IN", "machetes/NNS", "have/VBP", "massacred/VBN",
                "civilians/NNS", "officials/NNS", "say/VBD"); // the tag's word is its lemma here
        List<Dependency> misparse = TestDeps.parse(
                "nsubj:1:0 case:3:2 obl:1:3 aux:5:4 dep:1:5 obj:5:6 nsubj:8:7 root:-1:8 advcl:8:1");
        List<Dependency> repaired = ParseRepairs.repairLooseVerbs(misparse, t);
        assertHas(repaired, "nsubj:5:0 acl:0:1 ccomp:8:5 obj:5:6");
        assertTrue(repaired.stream().noneMatch(d -> d.relation().equals("dep") || d.relation().equals("advcl")), repaired.toString());
        assertEquals(misparse.size(), repaired.size());
    }

    @Test
    void a_verb_hung_on_a_relative_clause_takes_the_noun_as_subject() {
        // forces who overran the town executed hundreds
        List<Token> t = tagged("forces/NNS", "who/WP", "overran/VBD", "the/DT", "town/NN", "executed/VBN", "hundreds/NNS");
        List<Dependency> misparse = TestDeps.parse("root:-1:0 nsubj:2:1 dep:0:2 det:4:3 obj:2:4 dep:2:5 obj:5:6");
        List<Dependency> repaired = ParseRepairs.repairLooseVerbs(misparse, t);
        assertHas(repaired, "root:-1:5 nsubj:5:0 acl:relcl:0:2 obj:5:6");
        assertEquals(misparse.size(), repaired.size());
        // a participle with its own auxiliary is a clause, and a loose word with a subject is left alone
        List<Token> u = tagged("troops/NNS", "were/VBD", "sent/VBN", "and/CC", "they/PRP", "fought/VBD");
        List<Dependency> clause = TestDeps.parse("nsubj:pass:2:0 aux:pass:2:1 root:-1:2 cc:5:3 nsubj:5:4 dep:2:5");
        assertUnchanged(clause, ParseRepairs.repairLooseVerbs(clause, u));
    }

    @Test
    void a_noun_read_as_the_subject_of_a_name_after_the_verb_is_its_object() {
        // India struck sites in Pakistan and Kashmir
        List<Token> t = tagged("India/NNP", "struck/VBD", "sites/NNS", "in/IN", "Pakistan/NNP", "and/CC", "Kashmir/NNP");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 nsubj:6:2 case:4:3 nmod:2:4 cc:6:5 xcomp:1:6");
        List<Dependency> repaired = ParseRepairs.repairSmallClauses(misparse, t);
        assertHas(repaired, "obj:1:2 conj:4:6");
        assertTrue(repaired.stream().noneMatch(d -> d.relation().equals("xcomp")), repaired.toString());
        assertEquals(misparse.size(), repaired.size());
        // farmers said they would blockade Paris: a verb tagged as a noun, with its auxiliary, is a clause
        List<Token> v = tagged("farmers/NNS", "said/VBD", "they/PRP", "would/MD", "blockade/NN", "Paris/NNP");
        List<Dependency> clause = TestDeps.parse("nsubj:1:0 root:-1:1 nsubj:4:2 aux:4:3 ccomp:1:4 obj:4:5");
        assertUnchanged(clause, ParseRepairs.repairSmallClauses(clause, v));
        // named him envoy: a verb with its object keeps its predicate
        List<Token> u = tagged("Rome/NNP", "named/VBD", "him/PRP", "envoy/NN");
        List<Dependency> named = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 xcomp:1:3");
        assertUnchanged(named, ParseRepairs.repairSmallClauses(named, u));
        // Russia said the sanctions were a hostile act: a copular clause is a clause
        List<Token> c = tagged("Russia/NNP", "said/VBD/say", "sanctions/NNS", "were/VBD", "act/NN");
        List<Dependency> copular = TestDeps.parse("nsubj:1:0 root:-1:1 nsubj:4:2 cop:4:3 ccomp:1:4");
        assertUnchanged(copular, ParseRepairs.repairSmallClauses(copular, c));
        // Israel called the recognition a reward: what a verb of naming calls its object is a small clause
        List<Token> r = tagged("Israel/NNP", "called/VBD/call", "recognition/NN", "a/DT", "reward/NN");
        List<Dependency> called = TestDeps.parse("nsubj:1:0 root:-1:1 nsubj:4:2 det:4:3 xcomp:1:4");
        assertUnchanged(called, ParseRepairs.repairSmallClauses(called, r));
    }

    @Test
    void the_subject_of_opposed_to_is_the_one_who_opposes() {
        // China is opposed to Britain's interference: an adjective, not a passive
        List<Token> t = tagged("China/NNP", "is/VBZ/be", "opposed/VBN/oppose", "to/IN", "Britain/NNP", "'s/POS", "interference/NN");
        List<Dependency> misparse = TestDeps.parse("nsubj:pass:2:0 aux:pass:2:1 root:-1:2 case:6:3 nmod:poss:6:4 case:4:5 obl:2:6");
        List<Dependency> repaired = ParseRepairs.repairAdjectivalPassives(misparse, t);
        assertHas(repaired, "nsubj:2:0 cop:2:1 obl:2:6");
        assertTrue(repaired.stream().noneMatch(d -> d.relation().startsWith("nsubj:pass") || d.relation().equals("aux:pass")), repaired.toString());
        // a passive with its agent stays one: "the plan was opposed by Britain"
        List<Token> u = tagged("plan/NN", "was/VBD/be", "opposed/VBN/oppose", "by/IN", "Britain/NNP");
        List<Dependency> parse = TestDeps.parse("nsubj:pass:2:0 aux:pass:2:1 root:-1:2 case:4:3 obl:2:4");
        assertUnchanged(parse, ParseRepairs.repairAdjectivalPassives(parse, u));
    }

    @Test
    void a_gerund_marked_by_of_as_a_case_is_a_clause_of_of() {
        // accused Lee of strengthening the alliance: "of" hung on the gerund as a case, not a mark
        List<Token> t = tagged("Pyongyang/NNP", "accused/VBD/accuse", "Lee/NNP", "of/IN", "strengthening/VBG/strengthen",
                "ties/NNS/tie", "for/IN", "hosting/VBG/host", "drills/NNS/drill");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 case:4:3 advcl:1:4 obj:4:5 case:7:6 advcl:1:7 obj:7:8");
        List<Dependency> folded = CoreNlpParser.withPrepositions(parse, t);
        assertTrue(folded.contains(new Dependency(1, 4, "advcl:of")), folded.toString());
        // ... but "for" so hung is left as the parser gave it (a reason stays background)
        assertTrue(folded.contains(new Dependency(1, 7, "advcl")), folded.toString());
    }

    @Test
    void a_marker_of_several_words_is_named_by_its_words_not_its_lemmas() {
        // "…, according to officials": the lemmatiser makes "according" "accord"; the relation is "according_to"
        List<Token> t = tagged("Missiles/NNS/missile", "hit/VBD/hit", "Kyiv/NNP", "according/VBG/accord", "to/IN/to", "officials/NNS/official");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 case:5:3 fixed:3:4 obl:1:5");
        assertTrue(CoreNlpParser.withPrepositions(parse, t).contains(new Dependency(1, 5, "obl:according_to")),
                CoreNlpParser.withPrepositions(parse, t).toString());
    }

    @Test
    void a_gerund_after_a_preposition_before_a_name_is_the_phrases_verb() {
        // Erdogan walked out after accusing President Peres: "accusing" is no adjective of the title
        List<Token> t = tagged("Erdogan/NNP", "walked/VBD/walk", "after/IN", "accusing/VBG/accuse", "President/NNP", "Peres/NNP");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 case:5:2 amod:4:3 compound:5:4 obl:1:5");
        List<Dependency> repaired = ParseRepairs.repairPrepositionalGerunds(misparse, t);
        assertHas(repaired, "advcl:1:3 mark:3:2 obj:3:5 compound:5:4");
        assertTrue(repaired.stream().noneMatch(d -> d.relation().equals("obl") || d.relation().equals("amod")), repaired.toString());
        // ... and so is one before a number: "retaliated by expelling six diplomats"
        List<Token> n = tagged("India/NNP", "retaliated/VBD/retaliate", "by/IN", "expelling/VBG/expel", "six/CD", "diplomats/NNS/diplomat");
        List<Dependency> counted = TestDeps.parse("nsubj:1:0 root:-1:1 case:5:2 amod:5:3 nummod:5:4 obl:1:5");
        assertHas(ParseRepairs.repairPrepositionalGerunds(counted, n), "advcl:1:3 mark:3:2 obj:3:5 nummod:5:4");
        // ... and one before a noun that counts ("responded by firing waves of missiles at Tel Aviv"), taking the
        // phrases after its object that were hung on the verb above
        List<Token> c = tagged("Iran/NNP", "responded/VBD/respond", "by/IN", "firing/VBG/fire", "waves/NNS/wave", "of/IN",
                "missiles/NNS/missile", "at/IN", "Haifa/NNP");
        List<Dependency> waves = TestDeps.parse("nsubj:1:0 root:-1:1 case:4:2 amod:4:3 obl:1:4 case:6:5 nmod:4:6 case:8:7 obl:1:8");
        assertHas(ParseRepairs.repairPrepositionalGerunds(waves, c), "advcl:1:3 mark:3:2 obj:3:4 obl:3:8");
        // a participle that titles a name stays an adjective: "talks with visiting President Xi"
        List<Token> u = tagged("Modi/NNP", "held/VBD/hold", "talks/NNS/talk", "with/IN", "visiting/VBG/visit", "President/NNP", "Xi/NNP");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 case:6:3 amod:5:4 compound:6:5 nmod:2:6");
        assertUnchanged(parse, ParseRepairs.repairPrepositionalGerunds(parse, u));
        // ... and so does one before a people: "deliveries to starving Somalis"
        List<Token> w = tagged("aid/NN", "went/VBD/go", "to/IN", "starving/VBG/starve", "Somalis/NNPS/somali");
        List<Dependency> people = TestDeps.parse("nsubj:1:0 root:-1:1 case:4:2 amod:4:3 obl:1:4");
        assertUnchanged(people, ParseRepairs.repairPrepositionalGerunds(people, w));
    }

    @Test
    void an_article_made_head_of_its_phrase_hands_the_head_to_its_noun_or_gerund() {
        // Egypt condemned the storming of the compound: "the" parsed as the object, "storming" an adjective on it
        List<Token> t = tagged("Egypt/NNP", "condemned/VBD", "the/DT", "storming/VBG", "of/IN", "the/DT", "compound/NN");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 amod:2:3 case:6:4 det:6:5 nmod:2:6");
        List<Dependency> repaired = ParseRepairs.repairDeterminerHeads(misparse, t);
        assertHas(repaired, "obj:1:3 det:3:2 nmod:3:6");
        // and the gerund that now heads the phrase is a noun named by its word
        ParseRepairs.nominalGerunds(repaired, t);
        assertEquals("NN", t.get(3).pos());
        assertEquals("storming", t.get(3).lemma());
        // will provide an additional $500 million: the amount, loosely under "an", heads the object
        List<Token> u = tagged("US/NNP", "will/MD", "provide/VB", "an/DT", "additional/JJ", "$/$", "500/CD", "million/CD");
        List<Dependency> amount = TestDeps.parse("nsubj:2:0 aux:2:1 root:-1:2 obj:2:3 dep:3:4 dep:4:5 nummod:5:7 compound:7:6");
        assertHas(ParseRepairs.repairDeterminerHeads(amount, u), "obj:2:5 det:5:3 dep:5:4");
        // "rejected that" keeps its pronoun object; so does "condemned all of them"
        List<Token> v = tagged("Iran/NNP", "condemned/VBD", "all/DT", "of/IN", "them/PRP");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 case:4:3 nmod:2:4");
        assertUnchanged(parse, ParseRepairs.repairDeterminerHeads(parse, v));
    }

    @Test
    void a_phrase_before_a_closing_attributions_speaker_belongs_to_the_reported_clause() {
        // Vietnam protested against the deployment, the ministry said: "against" hung on "said"
        List<Token> t = tagged("Vietnam/NNP", "protested/VBD", "against/IN", "the/DT", "deployment/NN", ",/,", "the/DT",
                "ministry/NN", "said/VBD/say", "on/IN", "Thursday/NNP");
        List<Dependency> misparse = TestDeps.parse(
                "nsubj:1:0 root:-1:1 case:4:2 det:4:3 obl:8:4 det:7:6 nsubj:8:7 parataxis:1:8 case:10:9 obl:8:10");
        List<Dependency> repaired = ParseRepairs.repairTrailingAttributions(misparse, t);
        // the phrase after the speaker stays on the attribution
        assertHas(repaired, "obl:1:4 obl:8:10");
        assertTrue(repaired.stream().noneMatch(d -> d.governor() == 8 && d.dependent() == 4), repaired.toString());
        // an attribution that opens the sentence is no closing one
        List<Token> u = tagged("The/DT", "ministry/NN", "said/VBD/say", "on/IN", "Thursday/NNP", "Vietnam/NNP", "protested/VBD");
        List<Dependency> parse = TestDeps.parse("det:1:0 nsubj:2:1 root:-1:2 case:4:3 obl:2:4 nsubj:6:5 parataxis:2:6");
        assertUnchanged(parse, ParseRepairs.repairTrailingAttributions(parse, u));
        // Nicaragua filed a case, accusing Berlin, the court said: the report and its participle both hung on "said"
        List<Token> w = tagged("Nicaragua/NNP", "filed/VBD", "case/NN", ",/,", "accusing/VBG", "Berlin/NNP", ",/,",
                "court/NN", "said/VBD/say");
        List<Dependency> hung = TestDeps.parse("nsubj:1:0 advcl:8:1 obj:1:2 advcl:8:4 obj:4:5 nsubj:8:7 root:-1:8");
        assertHas(ParseRepairs.repairTrailingAttributions(hung, w), "advcl:1:4 advcl:8:1");
        // jets hit Kabul, the government said, accusing Islamabad: a participle after the attribution is the speaker's
        List<Token> a = tagged("jets/NNS", "hit/VBD", "Kabul/NNP", ",/,", "government/NN", "said/VBD/say", ",/,",
                "accusing/VBG/accuse", "Islamabad/NNP");
        List<Dependency> after = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 nsubj:5:4 parataxis:1:5 dep:1:7 obj:7:8");
        List<Dependency> spoken = ParseRepairs.repairTrailingAttributions(after, a);
        assertHas(spoken, "advcl:5:7");
        // ... and the repair of participles of saying leaves it there
        assertHas(ParseRepairs.repairSayingParticiples(spoken, a), "advcl:5:7");
    }

    @Test
    void a_named_drill_read_as_a_verb_after_its_name_is_the_object_it_heads() {
        // began their annual Golden Dragon exercises in Cambodia: "exercises" a verb whose subject is "Dragon"
        List<Token> t = tagged("Troops/NNS", "began/VBD", "their/PRP$", "annual/JJ", "Golden/NNP", "Dragon/NNP",
                "exercises/VBZ", "in/IN", "Cambodia/NNP");
        List<Dependency> misparse = TestDeps.parse(
                "nsubj:1:0 root:-1:1 nmod:poss:5:2 amod:5:3 compound:5:4 nsubj:6:5 ccomp:1:6 case:8:7 obl:6:8");
        List<Dependency> repaired = ParseRepairs.repairNamedExercises(misparse, t);
        assertHas(repaired, "obj:1:6 compound:6:5 nmod:poss:6:2 amod:6:3 compound:5:4 obl:1:8");
        assertEquals("NNS", t.get(6).pos());
        assertEquals("exercise", t.get(6).lemma());
        // "China exercises restraint": a verb after a bare name stays a verb
        List<Token> u = tagged("China/NNP", "exercises/VBZ", "restraint/NN");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2");
        assertUnchanged(parse, ParseRepairs.repairNamedExercises(parse, u));
    }

    @Test
    void a_gerund_with_an_object_after_by_is_an_adverbial_clause() {
        // retaliated by ordering an official to leave: "ordering" an oblique noun with "by" its case
        List<Token> t = tagged("Pakistan/NNP", "retaliated/VBD", "by/IN", "ordering/VBG", "an/DT", "official/NN", "to/TO", "leave/VB");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 case:3:2 obl:1:3 det:5:4 obj:3:5 mark:7:6 xcomp:3:7");
        assertHas(ParseRepairs.repairGerundObliques(misparse, t), "advcl:1:3 mark:3:2");
        // "praised Macedonia for sheltering refugees": a reason keeps its phrase
        List<Token> u = tagged("NATO/NNP", "praised/VBD", "Macedonia/NNP", "for/IN", "sheltering/VBG", "refugees/NNS");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 case:4:3 obl:1:4 obj:4:5");
        assertUnchanged(parse, ParseRepairs.repairGerundObliques(parse, u));
    }

    @Test
    void a_noun_phrase_after_an_as_phrase_is_the_object_of_a_verb_without_one() {
        // China dismissed as a lie a U.S. determination: "determination" a loose dependent of "lie"
        List<Token> t = tagged("China/NNP", "dismissed/VBD", "as/IN", "a/DT", "lie/NN", "a/DT", "U.S./NNP", "determination/NN");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 case:4:2 det:4:3 obl:1:4 det:7:5 compound:7:6 dep:4:7");
        assertHas(ParseRepairs.repairShiftedObjects(misparse, t), "obj:1:7");
        // "described the drills as a provocation": the verb has its object, nothing moves
        List<Token> u = tagged("Taipei/NNP", "described/VBD", "drills/NNS", "as/IN", "a/DT", "provocation/NN", "today/NN");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 case:5:3 det:5:4 obl:1:5 dep:5:6");
        assertUnchanged(parse, ParseRepairs.repairShiftedObjects(parse, u));
    }

    @Test
    void a_name_after_a_comma_and_and_before_a_subjectless_verb_is_its_subject() {
        // Canada expelled diplomats, and India retaliated: "India" a conjunct of "diplomats", "retaliated" loose
        List<Token> t = tagged("Canada/NNP", "expelled/VBD", "diplomats/NNS", ",/,", "and/CC", "India/NNP",
                "retaliated/VBD", "by/IN", "expelling/VBG", "envoys/NNS");
        List<Dependency> misparse = TestDeps.parse(
                "nsubj:1:0 root:-1:1 obj:1:2 punct:5:3 cc:5:4 conj:2:5 dep:1:6 mark:8:7 advcl:6:8 obj:8:9");
        assertHas(ParseRepairs.repairConjunctSubjects(misparse, t), "nsubj:6:5 conj:1:6 cc:6:4");
        // "sanctions on Iran and Syria" with no verb after the name is left as it is
        List<Token> u = tagged("Canada/NNP", "expelled/VBD", "diplomats/NNS", ",/,", "and/CC", "India/NNP", "too/RB");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 punct:5:3 cc:5:4 conj:2:5 advmod:1:6");
        assertUnchanged(parse, ParseRepairs.repairConjunctSubjects(parse, u));
    }

    @Test
    void each_between_a_subject_and_its_verb_is_retagged_an_adverb() {
        // Ukraine and Hungary each expelled two diplomats; "expelled each diplomat" keeps its determiner
        assertEquals(List.of("RB", "VBD"), retagged("Ukraine/NNP", "and/CC", "Hungary/NNP", "each/DT", "expelled/VBN",
                "two/CD", "diplomats/NNS").subList(3, 5));
        assertEquals("DT", retagged("Ukraine/NNP", "expelled/VBD", "each/DT", "diplomat/NN").get(2));
    }

    @Test
    void a_noun_after_to_after_a_verb_of_intent_is_retagged_the_infinitive() {
        // threatened on Monday to slap an extra tariff; "agreed to peace talks" keeps its noun
        List<String> tags = retagged("Trump/NNP", "threatened/VBD", "on/IN", "Monday/NNP", "to/IN", "slap/NN", "an/DT",
                "extra/JJ", "tariff/NN");
        assertEquals(List.of("TO", "VB"), tags.subList(4, 6));
        assertEquals(List.of("IN", "NN"), retagged("Russia/NNP", "agreed/VBD", "to/IN", "peace/NN", "talks/NNS").subList(2, 4));
    }

    @Test
    void fighting_after_a_force_and_before_its_phrase_is_retagged_the_participle() {
        // the coalition fighting in Yemen began a truce; "street fighting in Kyiv" keeps its noun
        assertEquals("VBG", retagged("the/DT", "coalition/NN", "fighting/NN", "in/IN", "Yemen/NNP", "began/VBD").get(2));
        assertEquals("NN", retagged("street/NN", "fighting/NN", "in/IN", "Kyiv/NNP", "killed/VBD").get(1));
    }

    @Test
    void a_participle_after_a_name_that_opens_a_clause_is_retagged_the_past() {
        // ..., and India retaliated by expelling; "..., and Kyiv backed by NATO" and "..., and India led forces" keep it
        assertEquals("VBD", retagged("diplomats/NNS", ",/,", "and/CC", "India/NNP", "retaliated/VBN", "by/IN",
                "expelling/VBG").get(4));
        assertEquals("VBN", retagged("talks/NNS", ",/,", "and/CC", "Kyiv/NNP", "backed/VBN", "by/IN", "NATO/NNP").get(4));
        assertEquals("VBN", retagged("talks/NNS", ",/,", "and/CC", "India/NNP", "led/VBN", "forces/NNS").get(4));
    }

    @Test
    void a_sentence_hung_on_an_adjective_before_and_hangs_on_its_verb() {
        // South Korean and U.S. forces began drills: "Korean" the root, "began" conjoined to it
        List<Token> t = tagged("South/JJ", "Korean/JJ", "and/CC", "U.S./NNP", "forces/NNS", "began/VBD", "drills/NNS", "./.");
        List<Dependency> misparse = TestDeps.parse(
                "amod:1:0 root:-1:1 cc:5:2 compound:4:3 nsubj:5:4 conj:1:5 obj:5:6 punct:1:7");
        List<Dependency> repaired = ParseRepairs.repairAdjectiveRoots(misparse, t);
        assertHas(repaired, "root:-1:5 nsubj:5:4 amod:4:1 amod:1:0 conj:1:3 cc:3:2 obj:5:6 punct:5:7");
        // an adjective heading a verbless headline is left as it is
        List<Token> u = tagged("Ready/JJ", "and/CC", "willing/JJ");
        List<Dependency> parse = TestDeps.parse("root:-1:0 cc:2:1 conj:0:2");
        assertUnchanged(parse, ParseRepairs.repairAdjectiveRoots(parse, u));
    }

    @Test
    void a_participle_of_saying_after_a_comma_hangs_on_the_root_not_inside_its_complement() {
        // urged Manila to stop sending missions, warning that ...: "warning" hung under "sending"
        List<Token> t = tagged("China/NNP", "urged/VBD", "Manila/NNP", "to/TO", "stop/VB", "sending/VBG", "missions/NNS",
                ",/,", "warning/VBG/warn", "that/IN", "Manila/NNP", "would/MD", "pay/VB");
        List<Dependency> misparse = TestDeps.parse(
                "nsubj:1:0 root:-1:1 obj:1:2 mark:4:3 xcomp:1:4 dep:4:5 obj:5:6 dep:5:8 mark:12:9 nsubj:12:10 aux:12:11 ccomp:8:12");
        List<Dependency> repaired = ParseRepairs.repairSayingParticiples(misparse, t);
        assertHas(repaired, "advcl:1:8 ccomp:8:12 dep:4:5");
        assertTrue(repaired.stream().noneMatch(d -> d.governor() == 5 && d.dependent() == 8), repaired.toString());
        // a participle of force stays where the parser put it ("sent troops to fight, killing ...")
        List<Token> u = tagged("China/NNP", "urged/VBD", "Manila/NNP", "to/TO", "stop/VB", "sending/VBG", "missions/NNS",
                ",/,", "killing/VBG/kill", "people/NNS");
        List<Dependency> parse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 mark:4:3 xcomp:1:4 dep:4:5 obj:5:6 dep:5:8 obj:8:9");
        assertUnchanged(parse, ParseRepairs.repairSayingParticiples(parse, u));
        // threatened tariffs unless Mexico released water, accusing ...: "accusing" hung on the clause of condition
        List<Token> m = tagged("Trump/NNP", "threatened/VBD", "tariffs/NNS", "unless/IN", "Mexico/NNP", "released/VBD",
                "water/NN", ",/,", "accusing/VBG/accuse", "Mexico/NNP");
        List<Dependency> unless = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 mark:5:3 nsubj:5:4 advcl:1:5 obj:5:6 dep:5:8 obj:8:9");
        assertHas(ParseRepairs.repairSayingParticiples(unless, m), "advcl:1:8");
        // before a closing attribution the clause told is the main one: India hauled Pakistan over a sentence a court
        // passed, accusing Islamabad ..., the ministry said
        List<Token> h = tagged("India/NNP", "hauled/VBD", "Pakistan/NNP", "over/IN", "sentence/NN", "court/NN", "passed/VBD",
                ",/,", "accusing/VBG/accuse", "Islamabad/NNP", ",/,", "ministry/NN", "said/VBD");
        List<Dependency> told = TestDeps.parse("nsubj:1:0 ccomp:12:1 obj:1:2 case:4:3 obl:over:1:4 nsubj:6:5 parataxis:1:6 advcl:6:8 obj:8:9 nsubj:12:11 root:-1:12");
        assertHas(ParseRepairs.repairSayingParticiples(told, h), "advcl:1:8");
        // a participle on a clause of its own is that clause's: China urged Manila, and Seoul said Tokyo erred, warning
        List<Token> c = tagged("China/NNP", "urged/VBD", "Manila/NNP", "and/CC", "Seoul/NNP", "said/VBD", "Tokyo/NNP",
                "erred/VBD", ",/,", "warning/VBG/warn", "Japan/NNP");
        List<Dependency> own = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 cc:5:3 nsubj:5:4 conj:1:5 nsubj:7:6 ccomp:5:7 dep:7:9 obj:9:10");
        assertUnchanged(own, ParseRepairs.repairSayingParticiples(own, c));
    }

    @Test
    void a_clause_hung_on_its_relative_pronoun_is_a_relative_clause_with_the_pronoun_its_subject() {
        // angered Taipei, which accused Beijing: "which" an apposition of Taipei, "accused" under it with no subject
        List<Token> t = tagged("Seoul/NNP", "angered/VBD", "Taipei/NNP", ",/,", "which/WDT", "accused/VBD", "Beijing/NNP");
        List<Dependency> misparse = TestDeps.parse("nsubj:1:0 root:-1:1 obj:1:2 appos:2:4 acl:4:5 obj:5:6");
        assertHas(ParseRepairs.repairRelativeHeads(misparse, t), "nsubj:5:4 acl:relcl:2:5 obj:5:6");
        // also under a relative the parser did attach ("Hamas, which advocates ..." as acl:relcl and dep)
        List<Token> u = tagged("Hamas/NNP", ",/,", "which/WDT", "advocates/VBZ", "war/NN");
        assertHas(ParseRepairs.repairRelativeHeads(TestDeps.parse("root:-1:0 acl:relcl:0:2 dep:2:3 obj:3:4"), u),
                "nsubj:3:2 acl:relcl:0:3");
        // a clause with its own subject is left as it is
        List<Token> v = tagged("Taipei/NNP", ",/,", "which/WDT", "Seoul/NNP", "accused/VBD");
        List<Dependency> parse = TestDeps.parse("root:-1:0 appos:0:2 acl:2:4 nsubj:4:3");
        assertUnchanged(parse, ParseRepairs.repairRelativeHeads(parse, v));
    }
    @Test
    void a_modifier_with_its_own_article_heads_a_phrase_of_its_own() {
        // The Colombian government and FARC rebels agreed: "government and FARC" read as modifiers of "rebels"
        List<Token> t = tagged("The/DT", "Colombian/JJ", "government/NN", "and/CC", "FARC/NN", "rebels/NNS/rebel",
                "agreed/VBD/agree");
        List<Dependency> misparse = TestDeps.parse("det:2:0 amod:2:1 compound:5:2 cc:4:3 conj:2:4 nsubj:6:5 root:-1:6");
        List<Dependency> repaired = ParseRepairs.repairCoordinatedCompounds(misparse, t);
        assertHas(repaired, "nsubj:6:2 conj:2:5 compound:5:4 cc:5:3 det:2:0");
        assertFalse(repaired.contains(new Dependency(5, 2, "compound")), repaired.toString());
        // so with a possessive: Colombia's government and FARC rebels
        List<Token> u = tagged("Colombia/NNP", "'s/POS", "government/NN", "and/CC", "FARC/NN", "rebels/NNS/rebel",
                "agreed/VBD/agree");
        List<Dependency> possessed = TestDeps.parse("nmod:poss:2:0 case:0:1 compound:5:2 cc:4:3 conj:2:4 nsubj:6:5 root:-1:6");
        assertHas(ParseRepairs.repairCoordinatedCompounds(possessed, u), "nsubj:6:2 conj:2:5 compound:5:4");
        // "army and police officers": bare modifiers that share their head are left as they are
        List<Token> w = tagged("army/NN", "and/CC", "police/NN", "officers/NNS/officer", "arrived/VBD/arrive");
        List<Dependency> shared = TestDeps.parse("compound:3:0 cc:2:1 conj:0:2 nsubj:4:3 root:-1:4");
        assertUnchanged(shared, ParseRepairs.repairCoordinatedCompounds(shared, w));
    }
}
