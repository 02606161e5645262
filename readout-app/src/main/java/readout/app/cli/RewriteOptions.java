package readout.app.cli;

import picocli.CommandLine.Option;
import readout.store.EventStore;
import readout.store.Rewrites;

import java.sql.SQLException;

/** The {@code --rewrites} option of the commands that write to the store. */
final class RewriteOptions {
    @Option(names = "--rewrites", description = {"Also link rewritten (not copied) syndicated stories: a story whose lead is",
            "close in meaning (MiniLM cosine, store/rewrites.tsv) to a stored story's lead published within a day, sharing a",
            "dyad, is stored as its near-duplicate. Stores each article's lead vector. Loads the encoder (about 2 s)."})
    boolean rewrites;

    EventStore open(StoreOptions store) throws SQLException {
        return EventStore.open(store.db, rewrites ? Rewrites.standard() : null);
    }
}
