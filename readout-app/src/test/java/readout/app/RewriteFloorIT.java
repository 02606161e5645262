package readout.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.eval.RewriteEvaluation;
import readout.core.Coder;
import readout.store.Rewrites;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The semantic rewrite check against the held-out half of {@code eval/rewrites.jsonl}, through real DuckDB stores and
 * the real coder: it must find rewrites SimHash misses without merging two different stories, and
 * {@code store/rewrites.tsv} must hold the alignment the dev half recommends.
 */
class RewriteFloorIT {
    @Test
    void rewrites_are_linked_and_different_stories_on_one_topic_are_not(@TempDir Path dir) throws Exception {
        Rewrites rule = Rewrites.standard();
        RewriteEvaluation.Report r = RewriteEvaluation.run(Path.of("../eval/rewrites.jsonl"), Coder.builder().build(), rule, dir);
        assertEquals(r.recommended(), rule.alignment(), 1e-9, "re-run readout eval-rewrites and update store/rewrites.tsv");
        assertEquals(0, r.semanticTest().fp(), "different held-out stories merged: " + r.semanticTest());
        assertTrue(r.semanticTest().recall() >= 0.75, "held-out recall " + r.semanticTest());
        assertTrue(r.semanticTest().recall() > r.simhashTest().recall(), r.simhashTest() + " -> " + r.semanticTest());
    }
}
