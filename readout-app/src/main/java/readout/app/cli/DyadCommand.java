package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import readout.store.EventStore;
import readout.store.Queries;

import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code readout dyad A B}: the time series of events between two countries. */
@Command(name = "dyad", mixinStandardHelpOptions = true,
        description = "Events between A and B (either direction) that happened, each story once, by day, week or month.")
final class DyadCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Option(names = "--by", description = "day, week or month (default ${DEFAULT-VALUE}).")
    String by = "month";

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        try (EventStore s = store.openExisting()) {
            spec.commandLine().getOut().printf(Locale.ROOT, "%-10s %6s %9s %9s %5s %5s %5s %5s%n", by, "events", "gs sum", "gs mean", "q1", "q2", "q3", "q4");
            for (Queries.Period p : new Queries(s).dyadSeries(a, b, by)) {
                spec.commandLine().getOut().printf(Locale.ROOT, "%-10s %6d %+9.1f %+9.2f %5d %5d %5d %5d%n", p.start(), p.events(), p.goldsteinSum(),
                        p.goldsteinMean(), p.quadClass()[0], p.quadClass()[1], p.quadClass()[2], p.quadClass()[3]);
            }
        }
        return 0;
    }
}
