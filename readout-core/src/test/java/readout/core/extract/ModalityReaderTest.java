package readout.core.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import readout.core.model.Modality;
import readout.core.nlp.ParsedSentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Stage 5, modality: a hand-written parse and the trigger's position in, the event's modality out. */
class ModalityReaderTest {
    private static final Lexicon LEXICON = Lexicon.builtIn();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Iran/NNP met/VBD/meet Iraq/NNP                                  | nsubj:1:0 obj:1:2                                  | 1 | ASSERTED
        Iran/NNP did/VBD/do not/RB meet/VB Iraq/NNP                     | aux:3:1 advmod:3:2 nsubj:3:0 obj:3:4               | 3 | NEGATED
        Iran/NNP will/MD meet/VB Iraq/NNP                               | aux:2:1 nsubj:2:0 obj:2:3                          | 2 | INTENDED
        Iran/NNP could/MD meet/VB Iraq/NNP                              | aux:2:1 nsubj:2:0 obj:2:3                          | 2 | HYPOTHETICAL
        Iran/NNP plans/VBZ/plan to/TO meet/VB Iraq/NNP                  | nsubj:1:0 xcomp:1:3 mark:3:2 obj:3:4               | 3 | INTENDED
        Iran/NNP failed/VBD/fail to/TO meet/VB Iraq/NNP                 | nsubj:1:0 xcomp:1:3 mark:3:2 obj:3:4               | 3 | NEGATED
        # the content of an accusation is not asserted; a clause beside it ("while ...") is
        Iran/NNP accused/VBD/accuse Iraq/NNP of/IN attacking/VBG/attack Syria/NNP | nsubj:1:0 obj:1:2 mark:4:3 advcl:of:1:4 obj:4:5 | 4 | HYPOTHETICAL
        Iran/NNP accused/VBD/accuse Iraq/NNP ,/, while/IN Syria/NNP attacked/VBD/attack Iraq/NNP | nsubj:1:0 obj:1:2 mark:6:4 nsubj:6:5 advcl:while:1:6 obj:6:7 | 6 | ASSERTED
        # ... though the parse hangs it on the content: "accused Iraq of arming rebels to topple Assad while Syria attacked Iraq"
        Iran/NNP accused/VBD/accuse Iraq/NNP of/IN arming/VBG/arm rebels/NNS/rebel to/TO help/VB/help while/IN Syria/NNP attacked/VBD/attack Iraq/NNP | nsubj:1:0 obj:1:2 mark:4:3 advcl:of:1:4 obj:4:5 mark:7:6 xcomp:1:7 mark:10:8 nsubj:10:9 advcl:while:7:10 obj:10:11 | 10 | ASSERTED
        Iran/NNP accused/VBD/accuse Iraq/NNP of/IN arming/VBG/arm rebels/NNS/rebel to/TO help/VB/help while/IN Syria/NNP attacked/VBD/attack Iraq/NNP | nsubj:1:0 obj:1:2 mark:4:3 advcl:of:1:4 obj:4:5 mark:7:6 xcomp:1:7 mark:10:8 nsubj:10:9 advcl:while:7:10 obj:10:11 | 4 | HYPOTHETICAL
        # an infinitive coordinated under a vow is intended; a past verb coordinated with the vow is an act of its own
        Iran/NNP vowed/VBD/vow to/TO meet/VB and/CC aid/VB Iraq/NNP     | nsubj:1:0 xcomp:1:3 mark:3:2 conj:3:5 cc:5:4 obj:5:6 | 5 | INTENDED
        Iran/NNP vowed/VBD/vow to/TO act/VB and/CC said/VBD/say it/PRP had/VBD/have met/VBN/meet Iraq/NNP | nsubj:1:0 xcomp:1:3 mark:3:2 conj:1:5 cc:5:4 ccomp:5:8 nsubj:8:6 aux:8:7 obj:8:9 | 8 | ASSERTED
        # what a clause set beside a vow says was done is done ("vowed to fight after Washington raised tariffs")
        Iran/NNP vowed/VBD/vow to/TO act/VB after/IN Iraq/NNP met/VBD/meet Syria/NNP | nsubj:1:0 xcomp:1:3 mark:3:2 mark:6:4 nsubj:6:5 advcl:after:3:6 obj:6:7 | 6 | ASSERTED
        Iran/NNP vowed/VBD/vow to/TO act/VB when/WRB Iraq/NNP meets/VBZ/meet Syria/NNP | nsubj:1:0 xcomp:1:3 mark:3:2 mark:6:4 nsubj:6:5 advcl:when:3:6 obj:6:7 | 6 | INTENDED
        Iran/NNP said/VBD/say it/PRP would/MD meet/VB Iraq/NNP          | nsubj:1:0 ccomp:1:4 nsubj:4:2 aux:4:3 obj:4:5      | 4 | INTENDED
        Iran/NNP would/MD meet/VB Iraq/NNP if/IN asked/VBN/ask          | nsubj:2:0 aux:2:1 obj:2:3 advcl:2:5 mark:5:4       | 2 | HYPOTHETICAL
        # a condition stays a condition when someone says it ("threatened to expel them if the Union agreed to ...")
        Iran/NNP said/VBD/say it/PRP would/MD act/VB if/IN Iraq/NNP agreed/VBD/agree to/TO meet/VB | nsubj:1:0 ccomp:1:4 nsubj:4:2 aux:4:3 advcl:4:7 mark:7:5 nsubj:7:6 xcomp:7:9 mark:9:8 | 9 | HYPOTHETICAL
        # what a report holds is a claim, not a speaker's words: "denied a report that Iran had met Iraq"
        Japan/NNP denied/VBD/deny a/DT report/NN/report that/IN Iran/NNP had/VBD/have met/VBN/meet Iraq/NNP | nsubj:1:0 det:3:2 obj:1:3 mark:7:4 nsubj:7:5 aux:7:6 ccomp:3:7 obj:7:8 | 7 | HYPOTHETICAL
        # an event noun marked as still to come is intended ("briefed him on his upcoming talks")
        Iran/NNP held/VBD/hold upcoming/JJ talks/NNS/talk with/IN Iraq/NNP | nsubj:1:0 amod:3:2 obj:1:3 case:5:4 nmod:with:3:5 | 3 | INTENDED
        Iran/NNP held/VBD/hold planned/VBN/plan talks/NNS/talk with/IN Iraq/NNP | nsubj:1:0 amod:3:2 obj:1:3 case:5:4 nmod:with:3:5 | 3 | INTENDED
        # an object denied is an act denied
        Iran/NNP gave/VBD/give no/DT aid/NN to/IN Iraq/NNP | nsubj:1:0 obj:1:3 det:3:2 obl:to:1:5 case:5:4 | 1 | NEGATED
        # ... and so is the infinitive a denied pledge holds, parsed on the verb ("gave no commitment to supply")
        Iran/NNP gave/VBD/give no/DT commitment/NN to/TO supply/VB Iraq/NNP | nsubj:1:0 det:3:2 obj:1:3 mark:5:4 xcomp:1:5 obj:5:6 | 5 | NEGATED
        # an event noun "without" which a clause ends did not happen
        Iran/NNP left/VBD/leave without/IN a/DT deal/NN with/IN Iraq/NNP | nsubj:1:0 case:4:2 det:4:3 obl:without:1:4 case:6:5 nmod:with:4:6 | 4 | NEGATED
        # "may" and "might" are a guess, also when someone says it; "would" said is an intention
        analysts/NNS/analyst said/VBD/say Iran/NNP may/MD meet/VB Iraq/NNP | nsubj:1:0 ccomp:1:4 nsubj:4:2 aux:4:3 obj:4:5 | 4 | HYPOTHETICAL
        # ... as is what a side is "unlikely" or "likely" to do, whoever says so
        analysts/NNS/analyst said/VBD/say Iran/NNP is/VBZ/be unlikely/JJ to/TO meet/VB Iraq/NNP | nsubj:1:0 ccomp:1:4 nsubj:4:2 cop:4:3 xcomp:4:6 mark:6:5 obj:6:7 | 6 | HYPOTHETICAL
        # what reports say, with "that" hung loose on the clause, is not asserted
        reports/NNS/report that/WDT Iran/NNP had/VBD/have met/VBN/meet Iraq/NNP were/VBD/be denied/VBN/deny | nsubj:pass:7:0 dep:4:1 nsubj:4:2 aux:4:3 ccomp:0:4 obj:4:5 aux:pass:7:6 | 4 | HYPOTHETICAL
        # what a relative clause in the present says someone habitually does is a description, what it says was done an event
        rebels/NNS/rebel who/WP use/VBP/use Iraq/NNP to/TO attack/VB Iran/NNP | nsubj:2:1 acl:relcl:0:2 obj:2:3 mark:5:4 xcomp:2:5 obj:5:6 | 5 | HYPOTHETICAL
        # a participle set off by a comma after an appeal is the speaker's own act, not what is urged
        Iran/NNP urged/VBD/urge Iraq/NNP to/TO stop/VB ,/, warning/VBG/warn that/IN Iraq/NNP would/MD pay/VB | nsubj:1:0 obj:1:2 mark:4:3 xcomp:1:4 advcl:1:6 mark:10:7 nsubj:10:8 aux:10:9 ccomp:6:10 | 6 | ASSERTED
        # ... also after a comma, as the parse repair rehangs "Hamas, which advocates ..." (ParseRepairTest)
        Hamas/NNP ,/, which/WDT advocates/VBZ/advocate Iran/NNP 's/POS war/NN | nsubj:3:2 acl:relcl:0:3 nmod:poss:6:4 case:4:5 obj:3:6 | 3 | HYPOTHETICAL
        rebels/NNS/rebel who/WP attacked/VBD/attack Iran/NNP | nsubj:2:1 acl:relcl:0:2 obj:2:3 | 2 | ASSERTED
        Iran/NNP may/MD be/VB/be preparing/VBG/prepare to/TO meet/VB Iraq/NNP | nsubj:3:0 aux:3:1 aux:3:2 xcomp:3:5 mark:5:4 obj:5:6 | 5 | HYPOTHETICAL
        # an event noun that a clause predicts is a possibility, also when someone says it
        analysts/NNS/analyst said/VBD/say an/DT invasion/NN could/MD begin/VB | nsubj:1:0 ccomp:1:5 det:3:2 nsubj:5:3 aux:5:4 | 3 | HYPOTHETICAL
        # "no plans for a meeting": an event noun held by a negated noun of intent
        no/DT plans/NNS/plan for/IN a/DT meeting/NN with/IN Iraq/NNP | det:1:0 nmod:for:1:4 case:4:2 det:4:3 nmod:with:4:6 case:6:5 | 4 | NEGATED
        plans/NNS/plan for/IN a/DT meeting/NN with/IN Iraq/NNP | nmod:for:0:3 case:3:1 det:3:2 nmod:with:3:5 case:5:4 | 3 | INTENDED
        # a plan or a bid to act is the act intended, also when the parser hangs the infinitive on the verb above the plan
        Iran/NNP made/VBD/make a/DT bid/NN to/TO meet/VB Iraq/NNP | nsubj:1:0 det:3:2 obj:1:3 mark:5:4 acl:to:3:5 obj:5:6 | 5 | INTENDED
        Iran/NNP drew/VBD/draw up/RP a/DT plan/NN to/TO meet/VB Iraq/NNP | nsubj:1:0 compound:prt:1:2 det:4:3 obj:1:4 mark:6:5 xcomp:1:6 obj:6:7 | 6 | INTENDED
        # an occasion named "ahead of" or "before" the clause is still to come, also through a span of time
        Iran/NNP spoke/VBD/speak ahead/RB of/IN talks/NNS/talk with/IN Iraq/NNP | nsubj:1:0 obl:ahead_of:1:4 case:4:2 fixed:2:3 nmod:with:4:6 case:6:5 | 4 | INTENDED
        it/PRP came/VBD/come two/CD days/NNS/day before/IN a/DT summit/NN with/IN Iraq/NNP | nsubj:1:0 nummod:3:2 obl:before:1:3 case:3:4 det:6:5 dep:3:6 nmod:with:6:8 case:8:7 | 6 | INTENDED
        it/PRP came/VBD/come two/CD days/NNS/day after/IN a/DT summit/NN with/IN Iraq/NNP | nsubj:1:0 nummod:3:2 obl:after:1:3 case:3:4 det:6:5 dep:3:6 nmod:with:6:8 case:8:7 | 6 | ASSERTED
        # what a phone call was made to say is said; what a side is called on to do is not done
        Iran/NNP called/VBD/call Iraq/NNP to/TO praise/VB it/PRP | nsubj:1:0 obj:1:2 mark:4:3 xcomp:1:4 obj:4:5 | 4 | ASSERTED
        Iran/NNP called/VBD/call on/IN Iraq/NNP to/TO praise/VB Syria/NNP | nsubj:1:0 obl:on:1:3 case:3:2 mark:5:4 xcomp:1:5 obj:5:6 | 5 | HYPOTHETICAL
        """)
    void a_trigger_in_its_clause_has_the_modality_the_text_gives_it(String tokens, String deps, int trigger,
                                                                      Modality expected) {
        HandParse hand = new HandParse(tokens, deps);
        ParsedSentence ps = hand.parse(hand.text(), 0);
        EventPattern.Match match = LEXICON.match(ps, trigger, false);
        if (match == null) match = LEXICON.match(ps, trigger, true); // an event noun
        assertNotNull(match, "no pattern for " + ps.token(trigger).lemma());
        assertEquals(expected, new ModalityReader(LEXICON).read(ps, trigger, trigger, match.pattern(), false, senses(ps)), tokens);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Iran/NNP will/MD meet/VB Iraq/NNP                                   | aux:2:1 nsubj:2:0 obj:2:3                     | 2 | 036
        Iran/NNP will/MD aid/VB Iraq/NNP                                    | aux:2:1 nsubj:2:0 obj:2:3                     | 2 | 033
        Iran/NNP will/MD mediate/VB between/IN Iraq/NNP and/CC Syria/NNP  | aux:2:1 nsubj:2:0 obl:between:2:4 case:4:3 conj:4:6 cc:6:5 | 2 | 039
        Iran/NNP will/MD attack/VB Iraq/NNP                                 | aux:2:1 nsubj:2:0 obj:2:3                     | 2 | 1384
        Iran/NNP said/VBD/say it/PRP would/MD boycott/VB Iraq/NNP           | nsubj:1:0 ccomp:1:4 nsubj:4:2 aux:4:3 obj:4:5 | 4 | 1312
        Iran/NNP vowed/VBD/vow to/TO expel/VB Iraq/NNP                      | nsubj:1:0 xcomp:1:3 mark:3:2 obj:3:4          | 3 | 136
        Iran/NNP agreed/VBD/agree to/TO boycott/VB Iraq/NNP                 | nsubj:1:0 xcomp:1:3 mark:3:2 obj:3:4          | 3 | 166
        Iran/NNP will/MD withdraw/VB unless/IN Iraq/NNP pays/VBZ/pay         | aux:2:1 nsubj:2:0 advcl:2:5 mark:5:3 nsubj:5:4 | 2 | 130
        """)
    void an_intended_act_is_an_intent_to_cooperate_or_a_threat(String tokens, String deps, int trigger, String code) {
        HandParse hand = new HandParse(tokens, deps);
        ParsedSentence ps = hand.parse(hand.text(), 0);
        EventPattern.Match match = LEXICON.match(ps, trigger, false);
        assertNotNull(match, "no pattern for " + ps.token(trigger).lemma());
        ModalityReader reader = new ModalityReader(LEXICON);
        assertEquals(Modality.INTENDED, reader.read(ps, trigger, trigger, match.pattern(), false, senses(ps)), tokens);
        assertEquals(code, reader.intendedCode(ps, trigger, trigger, match.pattern().code()), tokens);
    }

    /** The row each verb is read with, as the extractor gives it to the reader. */
    private static java.util.function.IntFunction<EventPattern> senses(ParsedSentence ps) {
        return v -> {
            EventPattern.Match m = LEXICON.match(ps, v, false);
            return m == null ? null : m.pattern();
        };
    }
}
