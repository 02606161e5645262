package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import readout.analysis.cluster.Clusters;
import readout.app.answers.Accounts;
import readout.app.answers.Slices;
import readout.store.EventQuery;
import readout.analysis.readouts.Readouts;
import readout.core.learn.TopicMatcher;
import readout.store.EventStore;
import readout.store.Queries;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code readout readouts --between A B}: each side's account of their most reported call or meeting. */
@Command(name = "readouts", mixinStandardHelpOptions = true,
        description = {"Compare A's and B's accounts of a call or meeting: what each raised, what one left out.",
                "The most reported call or meeting between them, or the one on --date; omissions come with their sentences."})
final class ReadoutsCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--between", arity = "2", required = true, paramLabel = "A B")
    List<String> between;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The interaction on this day (default: the most reported).")
    LocalDate date;

    @Mixin
    StoreOptions store;

    @Mixin
    TopicOptions topics;

    @Override
    public Integer call() throws Exception {
        try (EventStore s = store.openExisting()) {
            Queries q = new Queries(s);
            return print(q, Slices.clusters(q, dyadSlice()), between.get(0), between.get(1), date, topics.matcher(), spec.commandLine().getOut())
                    .isPresent() ? 0 : 1;
        }
    }

    /** The dyad's events: every call or meeting between A and B is among them. */
    private EventQuery dyadSlice() {
        return new EventQuery(null, between.get(0), between.get(1), null, null, null, null, null, false, 1);
    }

    /** Prints the comparison by stored topics; shared with {@code readout run}. Empty when A and B have no consultation stored. */
    static Optional<Readouts.Comparison> print(Queries q, List<Clusters.Cluster> clusters, String a, String b, LocalDate date,
                                               PrintWriter out) throws SQLException {
        return print(q, clusters, a, b, date, null, out);
    }

    /** Prints the comparison, topics matched by meaning too when a matcher is given. */
    static Optional<Readouts.Comparison> print(Queries q, List<Clusters.Cluster> clusters, String a, String b, LocalDate date,
                                               TopicMatcher matcher, PrintWriter out) throws SQLException {
        Optional<Accounts.Found> found = Accounts.compare(q, clusters, a, b, date, matcher);
        if (found.isEmpty()) {
            out.println("No call or meeting between " + a + " and " + b + " is stored" + (date == null ? "" : " on " + date) + ".");
            return Optional.empty();
        }
        Clusters.Cluster c = found.get().talk();
        Readouts.Comparison cmp = found.get().comparison();
        out.printf(Locale.ROOT, "%s and %s, %s (%s; %d stories, %d outlets)%n", a, b, c.first().equals(c.last()) ? c.first()
                : c.first() + " to " + c.last(), c.cameo().equals("041") ? "phone call" : "meeting", c.articles(), c.outlets());
        out.printf(Locale.ROOT, "  %s's account (%s) raised: %s%n", a, support(cmp.statementsA(), cmp.reportsA()), cmp.topicsA().keySet());
        out.printf(Locale.ROOT, "  %s's account (%s) raised: %s%n", b, support(cmp.statementsB(), cmp.reportsB()), cmp.topicsB().keySet());
        for (Readouts.Omission o : cmp.omissions()) {
            Readouts.Support n = o.support();
            if (o.kind() == Readouts.Kind.EXPLICIT) {
                out.printf(Locale.ROOT, "  %s's account omits %s, which %s's raised (explicitly)%n", o.omittedBy(), o.topic(),
                        o.raisedBy());
            } else {
                out.printf(Locale.ROOT, "  %s's account does not mention %s, which %s's raised (implicit; %s's account: %s;"
                                + " %s's: %s)%n", o.omittedBy(), o.topic(), o.raisedBy(), o.raisedBy(),
                        support(n.statementsRaiser(), n.reportsRaiser()), o.omittedBy(),
                        support(n.statementsOmitter(), n.reportsOmitter()));
            }
            Set<String> shown = new LinkedHashSet<>();
            for (Readouts.Statement s : o.explicit()) {
                if (shown.add(s.evidence())) out.printf(Locale.ROOT, "    omitted: \"%s\" (%s)%n", Report.clip(s.evidence(), 120), s.outlet());
            }
            for (Readouts.Statement s : o.raised()) {
                if (shown.size() < 4 && shown.add(s.evidence())) {
                    out.printf(Locale.ROOT, "    raised:  \"%s\" (%s)%n", Report.clip(s.evidence(), 120), s.outlet());
                }
            }
            if (o.kind() == Readouts.Kind.IMPLICIT) {
                for (String id : o.accountReports().subList(0, Math.min(3, o.accountReports().size()))) {
                    Queries.ArticleSource src = q.article(id);
                    out.printf(Locale.ROOT, "    %s's account: %s%n", o.omittedBy(), cite(src, id));
                }
            }
        }
        return Optional.of(cmp);
    }

    private static String support(int statements, int reports) {
        return String.format(Locale.ROOT, "%d %s in %d %s", statements, statements == 1 ? "statement" : "statements", reports,
                reports == 1 ? "report" : "reports");
    }

    /** A report as a citation: outlet, "title", date, URL. */
    static String cite(Queries.ArticleSource s, String id) {
        if (s == null) return id;
        return (s.outlet() == null ? "unknown outlet" : s.outlet()) + ", \"" + (s.title() == null ? s.id() : s.title()) + "\""
                + (s.published() == null ? "" : ", " + s.published()) + (s.url() == null ? "" : ", " + s.url());
    }

}
