package readout.core.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import readout.core.kb.KnowledgeBase;
import readout.core.model.Actor;
import readout.core.nlp.ParsedSentence;
import readout.core.nlp.Token;
import readout.core.nlp.Tokenizer;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stage 4b, sides: a hand-written parse and a token in, the actors that token names out. */
class SideReaderTest {
    private static final KnowledgeBase KB = KnowledgeBase.builtIn();

    @ParameterizedTest(name = "{0} @{2}")
    @CsvSource(delimiter = '|', textBlock = """
        # a partitive passes on what it counts, and a place on the quantity locates it
        Tens/NNS/ten of/IN thousands/NNS/thousand of/IN students/NNS/student throughout/IN Indonesia/NNP | nmod:of:0:2 case:2:1 nmod:of:2:4 case:4:3 nmod:throughout:0:6 case:6:5 | 0 | IDNEDU
        # a country's radio is its media, not its state ("claimed responsibility in a call to Israel Radio")
        Israel/NNP radio/NN | compound:1:0 | 1 | ISRMED
        # an agent located by a place
        police/NNS/police in/IN Seoul/NNP | nmod:in:0:2 case:2:1 | 0 | KORCOP
        # a nationality and a role noun
        Thai/JJ soldiers/NNS/soldier | amod:1:0 | 1 | THAMIL
        # "it" in a clause said is whoever said it
        Syria/NNP said/VBD/say it/PRP would/MD leave/VB | nsubj:1:0 ccomp:1:4 nsubj:4:2 aux:4:3 | 2 | SYR
        # "it" anywhere else is no one
        it/PRP rained/VBD/rain | nsubj:1:0 | 0 | -
        # the leader of a "-led" force
        the/DT U.S./NNP -/HYPH led/VBN/lead invasion/NN | det:4:0 obl:3:1 punct:3:2 amod:4:3 | 4 | USA
        # a city is its country, but never a compound owner
        Kharkiv/NNP | root:-1:0 | 0 | UKR
        the/DT Istanbul/NNP talks/NNS/talk | det:2:0 compound:2:1 | 2 | -
        # a role noun serving a body is that body's: a spokesman for a ministry, an official at an embassy
        a/DT spokesman/NN for/IN Japan/NNP 's/POS foreign/JJ ministry/NN | det:1:0 nmod:for:1:6 case:6:2 nmod:poss:6:3 case:3:4 amod:6:5 | 1 | JPNGOV
        an/DT official/NN at/IN the/DT Israeli/JJ embassy/NN | det:1:0 nmod:at:1:5 case:5:2 det:5:3 amod:5:4 | 1 | ISRGOV
        # ... but a thing is not an affiliation: support for Ukraine is nobody's agent
        support/NN for/IN Ukraine/NNP | nmod:for:0:2 case:2:1 | 0 | -
        # "two Russian diplomats" keep their owner; "the two leaders" are the last two sides named
        two/CD Russian/JJ diplomats/NNS/diplomat | nummod:2:0 amod:2:1 | 2 | RUSGOV
        """)
    void a_token_names_its_sides(String tokens, String deps, int token, String expected) {
        HandParse hand = new HandParse(tokens, deps);
        String text = hand.text();
        ParsedSentence ps = hand.parse(text, 0);
        Discourse discourse = new Discourse(LocalDate.of(2025, 6, 10));
        List<Mention> mentions = new ActorRecognizer(KB).recognize(text, new Tokenizer().tokenize(text, 0, text.length()),
                discourse);
        Mention[] at = new Mention[ps.tokens().size()];
        for (Token t : ps.tokens()) {
            for (Mention m : mentions) if (t.start() >= m.start() && t.end() <= m.end()) at[t.index()] = m;
        }
        SideReader[] reader = new SideReader[1];
        reader[0] = new SideReader(KB, ps, text, at, discourse, v -> reader[0].actorsOf(ps.children(v, "nsubj")));
        String got = reader[0].actorsAt(token).stream().map(Actor::code).collect(Collectors.joining(" "));
        assertEquals(expected.equals("-") ? "" : expected, got, tokens);
    }
}
