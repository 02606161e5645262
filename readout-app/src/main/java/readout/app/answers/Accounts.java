package readout.app.answers;

import readout.analysis.cluster.Clusters;
import readout.analysis.readouts.Readouts;
import readout.core.learn.TopicMatcher;
import readout.store.Queries;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The two sides' accounts of a call or meeting between them, compared ({@code readout readouts}, {@code /api/readouts}). */
public final class Accounts {
    private Accounts() {
    }

    /** A consultation between A and B and the comparison of the two sides' accounts of it. */
    public record Found(Clusters.Cluster talk, Readouts.Comparison comparison) {
    }

    /** The most reported call or meeting between A and B (or the one on {@code date}), compared by stored topics. */
    public static Optional<Found> compare(Queries q, List<Clusters.Cluster> clusters, String a, String b, LocalDate date)
            throws SQLException {
        return compare(q, clusters, a, b, date, null);
    }

    /**
     * As {@link #compare(Queries, List, String, String, LocalDate)}; with a matcher, each statement's topics are the
     * stored ones plus those its sentence is on by meaning. The interaction's reports are the cluster's and those
     * published from a day before it to two days after it with an event between A and B; each side's account is the
     * statements they attribute to it (store step 7), and reports saying a topic was left out are explicit omissions.
     */
    public static Optional<Found> compare(Queries q, List<Clusters.Cluster> clusters, String a, String b, LocalDate date,
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

    /** A statement belongs to its attributed speaker's country, else to its source's. */
    public static String side(Queries.StatementRow r) {
        String speaker = r.speakerCode();
        if (speaker != null && speaker.length() >= 3) return speaker.substring(0, 3);
        return r.source();
    }
}
