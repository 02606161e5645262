package readout.core.learn;

import org.junit.jupiter.api.Test;
import readout.core.Resources;
import readout.core.extract.TopicTagger;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The semantic topic match: its data file, its laziness, and its rule over the real MiniLM encoder. */
class TopicMatcherTest {
    private static final Supplier<SentenceEncoder> NEVER = () -> {
        throw new AssertionError("the encoder was loaded");
    };

    @Test
    void the_prototypes_file_names_only_lexicon_topics_and_loads_without_the_encoder() {
        TopicMatcher m = TopicMatcher.load(TopicTagger.standard(), Resources.lines(TopicMatcher.PROTOTYPES),
                TopicMatcher.PROTOTYPES, NEVER);
        assertTrue(m.semanticTopics().contains("denuclearization"));
        assertTrue(TopicTagger.standard().topics().containsAll(m.semanticTopics()));
        assertTrue(m.threshold() > 0 && m.margin() > 0);
    }

    @Test
    void a_bad_prototype_line_is_named() {
        TopicTagger t = TopicTagger.standard();
        var e = assertThrows(IllegalArgumentException.class,
                () -> TopicMatcher.load(t, List.of("@threshold\t0.4", "@margin\t0.2", "nukes\tGiving up bombs."), "p.tsv", NEVER));
        assertTrue(e.getMessage().startsWith("p.tsv:3: topic 'nukes' is not in the topic lexicon"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> TopicMatcher.load(t, List.of("@threshold\t1.4", "@margin\t0.2"), "p.tsv", NEVER));
        assertTrue(e.getMessage().startsWith("p.tsv:1: @threshold must be in [0, 1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> TopicMatcher.load(t, List.of("@threshold\t0.4", "trade"), "p.tsv", NEVER));
        assertTrue(e.getMessage().startsWith("p.tsv:2: expected 'topic<TAB>prototype sentence'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TopicMatcher.load(t, List.of("@threshold\t0.4"), "p.tsv", NEVER));
        assertTrue(e.getMessage().contains("no '@margin"), e.getMessage());
    }

    @Test
    void the_rule_needs_both_the_threshold_and_the_margin_over_the_mean() {
        Map<String, Double> sims = Map.of("trade", 0.60, "energy", 0.45, "gaza", 0.15);
        // mean 0.40: trade stands 0.20 above it, energy 0.05
        assertEquals(List.of("trade"), TopicMatcher.semantic(sims, 0.40, 0.10));
        assertEquals(List.of(), TopicMatcher.semantic(sims, 0.40, 0.25));
        assertEquals(List.of(), TopicMatcher.semantic(sims, 0.65, 0.0));
    }

    @Test
    void the_regex_topics_are_always_kept_and_the_encoder_adds_to_them() {
        TopicMatcher m = TopicMatcher.standard();
        String text = "Seoul will cut tariffs on Chinese steel, the ministry said.";
        assertTrue(m.tag(text).containsAll(TopicTagger.standard().tag(text)));
        Map<String, Double> sims = m.similarity(text);
        assertEquals(m.semanticTopics(), sims.keySet());
        assertTrue(sims.get("trade") > sims.get("gaza"), sims.toString());
        assertFalse(m.tag("").iterator().hasNext());
    }
}
