package readout.app.cli;

import picocli.CommandLine.Option;
import readout.store.EventStore;

import java.nio.file.Path;
import java.sql.SQLException;

/** The {@code --db} option of the commands that use the store. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "FILE", description = "The event store (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("readout.db");

    EventStore open() throws SQLException {
        return EventStore.open(db);
    }

    /** The store at {@code --db}, which must exist: a command that only reads says so instead of creating an empty one. */
    EventStore openExisting() throws SQLException {
        if (!java.nio.file.Files.isRegularFile(db)) {
            throw new IllegalArgumentException("no store at " + db + " (create one with: readout ingest SOURCE… --db " + db + ")");
        }
        return EventStore.open(db);
    }
}
