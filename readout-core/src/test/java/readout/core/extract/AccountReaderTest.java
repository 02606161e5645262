package readout.core.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import readout.core.kb.KnowledgeBase;
import readout.core.model.Statement;
import readout.core.nlp.CleanText;
import readout.core.nlp.Sentence;
import readout.core.nlp.SentenceSplitter;
import readout.core.nlp.TextCleaner;
import readout.core.nlp.Tokenizer;
import readout.core.time.DateResolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whose account a sentence is, as reports write attribution: before, after, "according to", "citing", the next
 * sentence, a state medium's own report. Sentences written for this test; the knowledge base is the built-in one.
 */
class AccountReaderTest {
    private static final KnowledgeBase KB = KnowledgeBase.builtIn();
    private static final AccountReader READER = new AccountReader(KB, TopicTagger.standard());

    /** The statements of a text as the coder's pre-pass reads it (no parse needed). */
    static List<Statement> read(String outlet, String raw) {
        CleanText clean = new TextCleaner().clean(raw);
        String text = clean.text();
        Discourse discourse = new Discourse(LocalDate.parse("2025-06-10"));
        ActorRecognizer recognizer = new ActorRecognizer(KB);
        List<AccountReader.Read> reads = new ArrayList<>();
        for (Sentence s : new SentenceSplitter().split(clean)) {
            var tokens = new Tokenizer().tokenize(text, s.start() + DateResolver.datelineLength(s.text()), s.end());
            reads.add(new AccountReader.Read(s, tokens, recognizer.recognize(text, tokens, discourse)));
        }
        return READER.statements(outlet, text, raw, reads);
    }

    /** "SIDE via" of the only sentence, or "-" when it is nobody's account. */
    private static String side(String outlet, String sentence) {
        List<Statement> s = read(outlet.equals("-") ? null : outlet, sentence);
        return s.isEmpty() ? "-" : s.get(0).side() + " " + s.get(0).via();
    }

    @ParameterizedTest(name = "{1} ({0}) -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Yonhap|Lee asked Xi to help ease tension, the presidential office said.|KOR said",
            "-|SEOUL, June 10 (Reuters) - Lee asked Xi to help ease tension, the presidential office said.|KOR said",
            "Reuters|Presidential spokesperson Kang Yu-jung told reporters that the leaders spoke for half an hour.|KOR said",
            "Reuters|Kang Yu-jung, the presidential spokesperson, said the leaders spoke for half an hour.|KOR said",
            "Reuters|The leaders spoke for half an hour, said Kang Yu-jung.|KOR said",
            "Reuters|According to Xinhua, Xi said the two sides should expand trade.|CHN according to",
            "Reuters|The call lasted half an hour, Caspian Wire reports, citing Xinhua.|CHN citing",
            "Reuters|Xinhua reported that Xi urged closer cooperation on supply chains.|CHN said",
            "Reuters|The Korean Central News Agency said the drills were a rehearsal for invasion.|PRK said",
            "Reuters|TASS said the two ministers discussed energy supplies.|RUS said",
            "Reuters|Chinese officials said the talks were candid.|CHN said",
            "Reuters|South Korea's presidential office said the talks were candid.|KOR said",
            "Reuters|Yonhap reported that the two leaders spoke for half an hour.|-",
            "Reuters|Analysts said Seoul hopes Beijing will restrain Pyongyang.|-",
            "Reuters|Chinese analysts said the call went well.|-",
            "Reuters|The two leaders spoke for half an hour.|-",
            "Xinhua|The two heads of state agreed to keep in close contact.|CHN outlet",
            "Xinhua News Agency|The two heads of state agreed to keep in close contact.|CHN outlet",
            "Yonhap|The two heads of state agreed to keep in close contact.|-",
    })
    void a_sentence_is_the_account_of_the_side_it_is_attributed_to(String outlet, String sentence, String expected) {
        assertEquals(expected, side(outlet, sentence));
    }

    @Test
    void a_sentence_that_points_back_gives_its_speaker_to_the_sentences_before_it() {
        List<Statement> s = read("Reuters", "The call went on for half an hour. Lee sought help with the denuclearization of"
                + " the peninsula. Xi agreed that peace on the peninsula serves both. Kang Yu-jung disclosed this after the call.");
        assertEquals(List.of(1, 2), s.stream().map(Statement::sentence).toList(), s.toString());
        assertTrue(s.stream().allMatch(x -> x.side().equals("KOR") && x.via().equals("next sentence")), s.toString());
        assertEquals(List.of("denuclearization"), s.get(0).topics());
    }

    @Test
    void a_statement_records_its_topics_and_offsets_even_where_no_event_is_coded() {
        String text = "BEIJING, June 10 (Xinhua) -- Xi spoke with Lee. Both sides should uphold multilateralism and free"
                + " trade, Xi said.";
        Statement s = read("Xinhua", text).get(1);
        assertEquals("CHN", s.side());
        assertEquals("Xi", s.speaker());
        assertEquals(List.of("trade", "multilateralism"), s.topics());
        assertEquals(text.substring(s.evidence().start(), s.evidence().end()), s.evidence().text());
        assertFalse(s.negated());
    }

    @Test
    void a_statement_that_says_a_topic_was_left_out_is_negated() {
        Statement s = read("Reuters", "According to Xinhua, Xi did not mention denuclearization.").get(0);
        assertTrue(s.negated());
    }
}
