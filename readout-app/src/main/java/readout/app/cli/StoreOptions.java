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
}
