package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import readout.store.EventStore;

import java.util.concurrent.Callable;

/** {@code readout run}: the main job — ingest sources into the store and report what they say. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingest sources into the event store, then print a report: counts, most active dyads, latest events.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    SourceOptions input;

    @Mixin
    StoreOptions store;

    @Mixin
    CoderOptions coder;

    @Override
    public Integer call() throws Exception {
        try (EventStore s = store.open()) {
            IngestCommand.ingest(input, s, coder, System.err);
            Report.print(s, System.out);
        }
        return 0;
    }
}
