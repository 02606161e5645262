package readout.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.analysis.readouts.Readouts;
import readout.core.extract.TopicTagger;
import readout.core.learn.MiniLm;
import readout.core.learn.TopicMatcher;
import readout.core.model.Actor;
import readout.core.model.Article;
import readout.core.model.Attribution;
import readout.core.model.CodedArticle;
import readout.core.model.Event;
import readout.core.model.Evidence;
import readout.core.model.Modality;
import readout.core.model.Statement;
import readout.store.EventStore;
import readout.store.Queries;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The readout comparison in a real DuckDB file with the real encoder: Beijing's "situation on the peninsula" is not
 * denuclearization to the regex, so the regex comparison says Beijing's account omits it; matched by meaning, it
 * does not. This tests the wiring with a prototype of its own; how well the standard prototypes match is measured
 * by {@code readout eval-topics}, not here. Sentences written for this test.
 */
class SemanticTopicsIT {
    private static final String SEOUL = "Lee asked Xi to help achieve the denuclearization of North Korea, the presidential office said.";
    private static final String BEIJING = "Xi said China would keep playing a constructive role in calming the situation on the peninsula, Xinhua reported.";
    private static final String BEIJING_TOO = "Xi said the two countries should uphold free trade, Xinhua reported.";

    private static Actor actor(String code, int at) {
        String country = code.substring(0, 3);
        return new Actor(code, code, code, country, "GOV", "president", at, at + 3);
    }

    private static CodedArticle coded(String id, String speaker, String source, String target, String text) {
        Event e = new Event(id + "-0-0", id, 0, "2025-06-10", "publication date", actor(source, 0), actor(target, 10), "041",
                "04", "CONSULT", "phone", 1.0, 1, Modality.ASSERTED, new Attribution(actor(speaker, 20), speaker),
                null, TopicTagger.standard().tag(text), new Evidence(text, 0, text.length(), "asked", List.of()), null, null);
        List<Statement> account = new java.util.ArrayList<>();
        for (String sentence : text.split("(?<=\\.) ")) {
            int at = text.indexOf(sentence);
            account.add(new Statement(account.size(), speaker.substring(0, 3), speaker, "said", TopicTagger.standard().tag(sentence),
                    false, new Evidence(sentence, at, at + sentence.length(), null, List.of())));
        }
        return new CodedArticle(id, List.of(e), null, null, 1, 1, account);
    }

    @Test
    void the_korean_peninsula_issue_counts_as_denuclearization_only_when_matched_by_meaning(@TempDir Path dir) throws Exception {
        assertFalse(TopicTagger.standard().tag(BEIJING).contains("denuclearization"), "the regex alone must miss it");
        try (EventStore s = EventStore.open(dir.resolve("readout.db"))) {
            s.add(new Article("seoul", LocalDate.parse("2025-06-10"), null, "https://example.org/seoul", "Example", SEOUL),
                    coded("seoul", "KORGOV", "KORGOV", "CHNGOV", SEOUL), "test");
            String beijing = BEIJING + " " + BEIJING_TOO; // two statements: an account substantial enough to judge
            s.add(new Article("beijing", LocalDate.parse("2025-06-10"), null, "https://example.org/beijing", "Example", beijing),
                    coded("beijing", "CHNGOV", "CHNGOV", "KORGOV", beijing), "test");
            s.commit();
            Queries q = new Queries(s);
            var clusters = readout.app.answers.Slices.clusters(q);
            Readouts.Comparison byRegex = readout.app.answers.Accounts.compare(q, clusters, "KOR", "CHN", null).orElseThrow().comparison();
            assertTrue(omits(byRegex, "CHN", "denuclearization"), byRegex.toString());
            TopicMatcher matcher = TopicMatcher.load(TopicTagger.standard(), List.of("@threshold\t0.5", "@margin\t0",
                    "denuclearization\tChina's constructive role in calming the situation on the peninsula."), "test", MiniLm::get);
            Readouts.Comparison byMeaning = readout.app.answers.Accounts.compare(q, clusters, "KOR", "CHN", null, matcher)
                    .orElseThrow().comparison();
            assertTrue(byMeaning.topicsB().containsKey("denuclearization"), byMeaning.toString());
            assertFalse(omits(byMeaning, "CHN", "denuclearization"), byMeaning.toString());
        }
    }

    private static boolean omits(Readouts.Comparison c, String side, String topic) {
        return c.omissions().stream().anyMatch(o -> o.omittedBy().equals(side) && o.topic().equals(topic));
    }
}
