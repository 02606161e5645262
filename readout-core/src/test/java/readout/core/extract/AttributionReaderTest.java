package readout.core.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import readout.core.nlp.ParsedSentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stage 5, attribution: a hand-written parse and the event's anchor in, the speaker's token (or -1) out. */
class AttributionReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # the speaker before the statement
        Seoul/NNP said/VBD/say Xi/NNP agreed/VBD/agree                            | nsubj:1:0 ccomp:1:3 nsubj:3:2                 | 3 | 0
        # the speaker after it: "…, the presidential office said"
        Xi/NNP agreed/VBD/agree ,/, the/DT office/NN said/VBD/say                 | nsubj:1:0 parataxis:1:5 det:4:3 nsubj:5:4     | 1 | 4
        # according to
        Xi/NNP agreed/VBD/agree according/VBG to/TO Xinhua/NNP                    | nsubj:1:0 obl:according_to:1:4 case:4:2      | 1 | 4
        # ... also when the parser hangs a closing "according to" on the clause told, below the telling
        Xi/NNP told/VBD/tell Lee/NNP Seoul/NNP should/MD act/VB according/VBG to/TO Xinhua/NNP | nsubj:1:0 obj:1:2 ccomp:1:5 nsubj:5:3 aux:5:4 obl:according_to:5:8 case:8:6 | 1 | 8
        # a narrated event is nobody's account
        Xi/NNP agreed/VBD/agree on/IN Tuesday/NNP                                 | nsubj:1:0 obl:on:1:3 case:3:2                 | 1 | -1
        # a sentence that ends with its attribution, whatever the parser made of it
        Xi/NNP agreed/VBD/agree using/VBG/use drones/NNS/drone ,/, the/DT office/NN said/VBD/say today/NN | nsubj:1:0 dep:1:2 nsubj:7:3 ccomp:2:7 det:6:5 obl:tmod:7:8 | 1 | 6
        # ... but not a clause after the comma, nor a verb that is not of saying
        Xi/NNP agreed/VBD/agree ,/, the/DT office/NN hoped/VBD/hope | nsubj:1:0 det:4:3 nsubj:5:4 dep:1:5 | 1 | -1
        # ", saying ...": the clause's subject says it, whether the parser made "saying" a verb or a marker
        Iran/NNP protested/VBD/protest ,/, saying/VBG/say Iraq/NNP attacked/VBD/attack | nsubj:1:0 advcl:1:3 ccomp:3:5 nsubj:5:4 | 5 | 0
        Iran/NNP protested/VBD/protest ,/, saying/VBG/say Iraq/NNP attacked/VBD/attack | nsubj:1:0 mark:5:3 nsubj:5:4 advcl:1:5 | 5 | 0
        # the parser's "dep" for a clause it could not place, either way round, the speaker hung elsewhere
        Xi/NNP agreed/VBD/agree to/IN talks/NNS/talk ,/, the/DT office/NN said/VBD/say | nsubj:1:0 obl:to:1:3 case:3:2 det:6:5 appos:3:6 dep:7:1 | 1 | 6
        Xi/NNP agreed/VBD/agree to/IN talks/NNS/talk ,/, the/DT office/NN said/VBD/say ,/, though/IN talks/NNS/talk stalled/VBD/stall | nsubj:1:0 obl:to:1:3 case:3:2 det:6:5 appos:3:6 dep:1:7 advcl:7:11 mark:11:9 nsubj:11:10 | 1 | 6
        # what is demanded of a side is not its account: a clause of saying under the anchor, with no comma before it
        Kenya/NNP demanded/VBD/demand that/IN Uganda/NNP explain/VB/explain why/WRB | nsubj:1:0 mark:4:2 nsubj:4:3 ccomp:1:4 advmod:4:5 | 1 | -1
        Xi/NNP agreed/VBD/agree ,/, the/DT office/NN explained/VBD/explain | nsubj:1:0 det:4:3 nsubj:5:4 ccomp:1:5 | 1 | 4
        # a verb that is not of saying attributes nothing
        Seoul/NNP hoped/VBD/hope Xi/NNP agreed/VBD/agree                          | nsubj:1:0 ccomp:1:3 nsubj:3:2                 | 3 | -1
        """)
    void the_speaker_of_a_clause_is_found_wherever_the_attribution_stands(String tokens, String deps, int anchor,
                                                                          int speaker) {
        HandParse hand = new HandParse(tokens, deps);
        ParsedSentence ps = hand.parse(hand.text(), 0);
        assertEquals(speaker, new AttributionReader(Lexicon.builtIn()).speaker(ps, anchor), tokens);
    }
}
