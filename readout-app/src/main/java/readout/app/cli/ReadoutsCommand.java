package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import readout.analysis.cluster.Clusters;
import readout.analysis.readouts.Readouts;
import readout.core.learn.TopicMatcher;
import readout.store.EventStore;
import readout.store.Queries;

import java.io.PrintStream;
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
        try (EventStore s = store.open()) {
            Queries q = new Queries(s);
            return print(q, ClustersCommand.load(q), between.get(0), between.get(1), date, topics.matcher(), System.out)
                    .isPresent() ? 0 : 1;
        }
    }

    /** A consultation between A and B and the comparison of the two sides' accounts of it. */
    record Found(Clusters.Cluster talk, Readouts.Comparison comparison) {
    }

    /** The most reported call or meeting between A and B (or the one on {@code date}), compared by stored topics. */
    static Optional<Found> compare(Queries q, List<Clusters.Cluster> clusters, String a, String b, LocalDate date)
            throws SQLException {
        return compare(q, clusters, a, b, date, null);
    }

    /**
     * As {@link #compare(Queries, List, String, String, LocalDate)}; with a matcher, each statement's topics are the
     * stored ones plus those its sentence is on by meaning. The interaction's reports are the cluster's and those
     * published from a day before it to two days after it with an event between A and B; each side's account is the
     * statements they attribute to it (store step 7), and reports saying a topic was left out are explicit omissions.
     */
    static Optional<Found> compare(Queries q, List<Clusters.Cluster> clusters, String a, String b, LocalDate date,
                                   TopicMatcher matcher) throws SQLException {
        Optional<Clusters.Cluster> talk = clusters.stream()
                .filter(c -> c.root().equals("04") && Set.of(c.source(), c.target()).equals(Set.of(a, b)))
                .filter(c -> date == null || (!date.isBefore(c.first()) && !date.isAfter(c.last())))
                .findFirst();
        if (talk.isEmpty()) return Optional.empty();
        LocalDate from = talk.get().first().minusDays(1);
        LocalDate to = talk.get().last().plusDays(2);
        Set<String> articles = new LinkedHashSet<>();
        for (Clusters.Mention m : talk.get().all()) articles.add(m.articleId());
        articles.addAll(q.dyadArticles(a, b, from, to));
        List<Readouts.Statement> statements = new ArrayList<>();
        for (Queries.AccountRow r : q.accounts(articles)) {
            statements.add(new Readouts.Statement(r.side(), true, topics(r.topics(), r.evidence(), matcher), r.negated(),
                    r.articleId(), r.outlet(), r.evidence()));
        }
        for (Queries.StatementRow r : q.statements(articles)) { // events a report negates: "X did not mention T"
            if (!r.modality().equals("negated")) continue;
            statements.add(new Readouts.Statement(side(r), r.speakerCode() != null, topics(r.topics(), r.evidence(), matcher),
                    true, r.articleId(), r.outlet(), r.evidence()));
        }
        Map<String, Set<String>> elsewhere = Map.of(a, q.topicsRaised(a, from, to), b, q.topicsRaised(b, from, to));
        return Optional.of(new Found(talk.get(), Readouts.compare(a, b, statements, elsewhere)));
    }

    private static Set<String> topics(List<String> stored, String evidence, TopicMatcher matcher) {
        if (matcher == null || evidence == null) return Set.copyOf(stored);
        Set<String> out = new LinkedHashSet<>(stored);
        out.addAll(matcher.tag(evidence));
        return out;
    }

    /** Prints the comparison by stored topics; shared with {@code readout run}. Empty when A and B have no consultation stored. */
    static Optional<Readouts.Comparison> print(Queries q, List<Clusters.Cluster> clusters, String a, String b, LocalDate date,
                                               PrintStream out) throws SQLException {
        return print(q, clusters, a, b, date, null, out);
    }

    /** Prints the comparison, topics matched by meaning too when a matcher is given. */
    static Optional<Readouts.Comparison> print(Queries q, List<Clusters.Cluster> clusters, String a, String b, LocalDate date,
                                               TopicMatcher matcher, PrintStream out) throws SQLException {
        Optional<Found> found = compare(q, clusters, a, b, date, matcher);
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

    /** A statement belongs to its attributed speaker's country, else to its source's. */
    static String side(Queries.StatementRow r) {
        String speaker = r.speakerCode();
        if (speaker != null && speaker.length() >= 3) return speaker.substring(0, 3);
        return r.source();
    }
}
