package readout.app.pipeline;

import readout.app.ingest.InputRecord;
import readout.app.ingest.Records;
import readout.core.Coder;
import readout.store.EventStore;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Codes input records on N threads and writes them to a store from one thread, article by article, each
 * in its own transaction. Failed records go to the ingest log with their reason; nothing stops the batch.
 */
public final class Ingest {

    /** What an ingest did. */
    public record Summary(long stored, long nearDuplicates, long duplicates, long failed, Map<String, Long> errors) {
    }

    private Ingest() {
    }

    public static Summary run(Iterator<InputRecord> input, int threads, Supplier<Coder> coders, EventStore store,
                              Progress progress) {
        long[] counts = new long[4];
        Iterator<InputRecord> fresh = new Records() { // articles already stored are skipped before coding
            @Override
            protected InputRecord advance() {
                while (input.hasNext()) {
                    InputRecord r = input.next();
                    try {
                        if (r.article() == null || !store.contains(r.article())) return r;
                        store.logDuplicate(r.id());
                        counts[EventStore.Outcome.DUPLICATE.ordinal()]++;
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot read the store " + store.file() + ": " + e.getMessage(), e);
                    }
                }
                return null;
            }
        };
        new CodingPipeline(threads, coders).run(fresh, progress, (record, coded) -> {
            try {
                if (coded.error() != null || record.article() == null) {
                    store.logFailure(record.id(), coded.error() != null ? coded.error() : record.error());
                    counts[3]++;
                    return;
                }
                EventStore.Added added = store.add(record.article(), coded, record.id());
                counts[added.outcome().ordinal()]++;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write to the store " + store.file() + ": " + e.getMessage(), e);
            }
        });
        try {
            store.commit(); // the last batch: what follows (a report, a search) must see everything ingested
        } catch (SQLException e) {
            throw new IllegalStateException("cannot commit to the store " + store.file() + ": " + e.getMessage(), e);
        }
        return new Summary(counts[0], counts[1], counts[2], counts[3], new TreeMap<>(progress.errorsByKind()));
    }
}
