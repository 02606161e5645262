package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import readout.store.EventStore;
import readout.store.Export;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code readout export}: the store's events as GDELT 2.0, PLOVER JSON, Parquet or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export stored events as GDELT 2.0, PLOVER JSON, Parquet or CSV.",
                "gdelt: GDELT 2.0's 61 event columns, tab-separated, events that happened; plover: JSON Lines;",
                "parquet and csv: the events table as it is."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, description = "gdelt, plover, parquet or csv.")
    Export.Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        try (EventStore s = store.openExisting()) {
            long n = new Export(s).write(format, out);
            System.err.println("[readout] wrote " + n + " events to " + out + " (" + format + ")");
        }
        return 0;
    }
}
