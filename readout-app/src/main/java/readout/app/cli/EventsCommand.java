package readout.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import readout.store.EventQuery;
import readout.store.EventStore;
import readout.store.Queries;

import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code readout events}: stored events by actor, dyad, type, dates and modality. */
@Command(name = "events", mixinStandardHelpOptions = true, description = {"List stored events, newest first.",
        "Each with its evidence, outlet and the lexicon row (file:line) that coded it."})
final class EventsCommand implements Callable<Integer> {
    enum Format { table, jsonl }

    @Option(names = "--actor", description = "Actor code or country (source or target), e.g. CHN, KORGOV.")
    String actor;

    @Option(names = "--dyad", split = ",", paramLabel = "A,B", description = "Events between A and B, either direction.")
    String[] dyad;

    @Option(names = "--root", description = "CAMEO root, e.g. 04.")
    String root;

    @Option(names = "--plover", description = "PLOVER type, e.g. CONSULT.")
    String plover;

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--modality", description = "asserted, reported, intended, negated or hypothetical.")
    String modality;

    @Option(names = "--limit", description = "At most this many (default ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--format", description = "table (default) or jsonl.")
    Format format = Format.table;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (dyad != null && dyad.length != 2) throw new IllegalArgumentException("--dyad takes two codes: --dyad KOR,CHN");
        EventQuery q = new EventQuery(actor, dyad == null ? null : dyad[0], dyad == null ? null : dyad[1], root, plover,
                dates.from, dates.to, modality, false, limit);
        try (EventStore s = store.openExisting()) {
            var rows = new Queries(s).events(q);
            ObjectMapper json = new ObjectMapper();
            var out = spec.commandLine().getOut();
            for (Queries.EventRow r : rows) {
                if (format == Format.jsonl) {
                    out.println(json.writeValueAsString(r));
                } else {
                    out.printf(Locale.ROOT, "%-10s %-9s %-5s %-9s %-11s %-10s %5.1f  %s%n", r.date(), r.source(), r.cameo(),
                            r.target() == null ? "-" : r.target(), r.plover() == null ? "-" : r.plover(), r.modality(),
                            r.goldstein(), Report.clip(r.evidence(), 90) + " (" + r.outlet() + ")"
                                    + (r.pattern() == null ? "" : " [" + r.pattern()
                                    + (r.probability() == null ? "" : String.format(Locale.ROOT, " p=%.2f", r.probability()))
                                    + "]"));
                }
            }
            out.flush();
            if (format == Format.table) System.err.println("[readout] " + rows.size() + " events");
        }
        return 0;
    }
}
