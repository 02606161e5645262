package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import readout.analysis.relations.Lean;
import readout.store.EventStore;
import readout.store.Queries;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code readout lean X --between A B}: which of A and B country X is closer to, with a 95% interval. */
@Command(name = "lean", mixinStandardHelpOptions = true,
        description = {"Which of A and B country X is closer to, with a 95%% interval.",
                "Mean Goldstein of X-A minus X-B events that happened (each story once), bootstrap over articles;",
                "then the lean by month and its biggest shifts."})
final class LeanCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "X")
    String x;

    @Option(names = "--between", arity = "2", required = true, paramLabel = "A B")
    List<String> between;

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--seed", description = "Bootstrap seed (default ${DEFAULT-VALUE}); the same seed gives the same interval.")
    long seed = 20250610L;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        try (EventStore s = store.openExisting()) {
            print(new Queries(s), x, between.get(0), between.get(1), dates.from, dates.to, seed, spec.commandLine().getOut());
        }
        return 0;
    }

    /** Prints the lean and its months; shared with {@code readout run}. Returns the overall result. */
    static Lean.Result print(Queries q, String x, String a, String b, LocalDate from, LocalDate to, long seed, PrintWriter out)
            throws SQLException {
        List<Lean.Observation> obs = q.sideEvents(x, a, b, from, to).stream()
                .map(e -> new Lean.Observation(e.articleId(), e.sideA(), e.goldstein(), e.month())).toList();
        Lean.Result r = Lean.of(x, a, b, obs, seed);
        out.printf(Locale.ROOT, "%s between %s and %s%s%n", x, a, b,
                from == null && to == null ? "" : " (" + (from == null ? "…" : from) + " to " + (to == null ? "…" : to) + ")");
        out.printf(Locale.ROOT, "  %s-%s: mean Goldstein %+.2f over %d events in %d articles%n", x, a, r.meanA(), r.eventsA(), r.articlesA());
        out.printf(Locale.ROOT, "  %s-%s: mean Goldstein %+.2f over %d events in %d articles%n", x, b, r.meanB(), r.eventsB(), r.articlesB());
        if (r.defined()) {
            out.printf(Locale.ROOT, "  difference %+.2f, 95%% interval [%+.2f, %+.2f] (%d bootstrap resamples of articles)%n",
                    r.difference(), r.low(), r.high(), Lean.RESAMPLES);
        }
        out.println("  verdict: " + r.verdict());
        List<Lean.Month> months = Lean.byMonth(x, a, b, obs, seed);
        if (!months.isEmpty()) {
            out.println("  by month (difference, interval, events):");
            for (Lean.Month m : months) {
                out.printf(Locale.ROOT, "    %s %+6.2f [%+.2f, %+.2f] %d/%d%s%n", m.month(), m.lean().difference(), m.lean().low(),
                        m.lean().high(), m.lean().eventsA(), m.lean().eventsB(),
                        m.shift() == null ? "" : String.format(Locale.ROOT, "  shift %+.2f", m.shift()));
            }
            List<Lean.Month> shifts = Lean.biggestShifts(months, 2);
            if (!shifts.isEmpty()) {
                out.println("  biggest shifts: " + shifts.stream()
                        .map(m -> String.format(Locale.ROOT, "%s (%+.2f)", m.month(), m.shift())).toList());
            }
        }
        return r;
    }
}
