package readout.core.extract;

import org.junit.jupiter.api.Test;
import readout.core.Coder;
import readout.core.model.Article;
import readout.core.model.CodedArticle;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A sentence the coder fails on loses only itself: the article's other sentences are coded, and the failure is kept. */
class SentenceFailureTest {

    @Test
    void a_sentence_the_coder_fails_on_is_skipped_with_its_reason_and_the_rest_is_coded() {
        HandParse first = new HandParse("Japan/NNP condemned/VBD/condemn China/NNP", "nsubj:1:0 root:-1:1 obj:1:2");
        HandParse last = new HandParse("Iran/NNP praised/VBD/praise Iraq/NNP", "nsubj:1:0 root:-1:1 obj:1:2");
        Coder coder = Coder.builder().classifier(null).parser(() -> (sentence, offset) -> {
            if (sentence.contains("Russia")) throw new IllegalStateException("no parse for this sentence");
            return (sentence.contains("Japan") ? first : last).parse(sentence, offset);
        }).build();
        String text = first.text() + " Russia attacked Ukraine. " + last.text();
        CodedArticle coded = coder.code(new Article("a", LocalDate.of(2025, 6, 11), null, null, null, text));
        assertNull(coded.error());
        assertEquals(List.of("JPN 111 CHN", "IRN 051 IRQ"), coded.events().stream()
                .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code()).toList());
        assertEquals(List.of("sentence 1: coder failed: IllegalStateException: no parse for this sentence"), coded.skipped());
        assertEquals(3, coded.sentences());
    }
}
