package readout.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.ExampleStore;
import readout.app.cli.Main;
import readout.store.EventStore;
import readout.store.SearchIndex;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Lucene index beside a real store, over the example corpus. */
class SearchIT {
    @Test
    void search_finds_articles_and_evidence_sentences_by_actor_and_date_and_refresh_is_incremental(@TempDir Path dir)
            throws Exception {
        Path db = ExampleStore.copyInto(dir);
        try (EventStore s = EventStore.open(db); SearchIndex index = SearchIndex.beside(s)) {
            assertTrue(index.refresh(s) >= 54);
            assertEquals(0, index.refresh(s), "a second refresh should find nothing new");
            List<SearchIndex.Hit> hits = index.search("denuclearization", "CHN", LocalDate.of(2025, 6, 1), null, 50);
            assertTrue(hits.stream().anyMatch(h -> h.kind().equals("sentence") && h.text().contains("did not mention denuclearization")),
                    "no evidence sentence about the omission: " + hits);
            assertTrue(hits.stream().anyMatch(h -> h.kind().equals("article")), "no article hit");
            assertTrue(index.search("denuclearization", "CHN", null, LocalDate.of(2024, 12, 31), 50).isEmpty(),
                    "nothing was published before 2025");
            assertTrue(index.search("denuclearization", "BRA", null, null, 50).isEmpty(), "Brazil has no such events");
        }
    }
}
