package readout.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Near-copy links from confirmed pairs, decided in input order as the store decides them on ingest. */
class NearCopyLinksTest {
    private static Map<Long, Long> links(long[]... pairs) {
        List<Row> rows = java.util.Arrays.stream(pairs).map(p -> RowFactory.create(p[0], p[1])).toList();
        Map<Long, Long> out = new TreeMap<>();
        for (Row r : ArchiveJob.links(rows)) out.put(r.getLong(0), r.getLong(1));
        return out;
    }

    @Test
    void links_follow_the_stores_rules() {
        // [pairs (earlier, later)] -> {copy: original}
        assertEquals(Map.of(2L, 1L), links(new long[]{1, 2}));
        // a chain: 3 matches only the copy 2, so it is an original story of its own (the store compares originals)
        assertEquals(Map.of(2L, 1L), links(new long[]{1, 2}, new long[]{2, 3}));
        // 3 matches the original 1 and the copy 2: linked to 1
        assertEquals(Map.of(2L, 1L, 3L, 1L), links(new long[]{1, 2}, new long[]{2, 3}, new long[]{1, 3}));
        // two originals match: the earlier one wins
        assertEquals(Map.of(5L, 2L), links(new long[]{4, 5}, new long[]{2, 5}));
        assertEquals(Map.of(), links());
    }
}
