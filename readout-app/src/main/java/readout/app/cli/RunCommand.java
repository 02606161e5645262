package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import readout.store.EventStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code readout run}: the main job — ingest sources into the store and report what they say. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingest sources into the event store, then print a report: counts, most active dyads, latest events.")
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Files or directories (e.g. examples/).")
    List<Path> sources;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for plain-text inputs.")
    LocalDate date;

    @Mixin
    StoreOptions store;

    @Mixin
    CoderOptions coder;

    @Override
    public Integer call() throws Exception {
        try (EventStore s = store.open()) {
            IngestCommand.ingest(sources, date, s, coder, System.err);
            Report.print(s, System.out);
        }
        return 0;
    }
}
