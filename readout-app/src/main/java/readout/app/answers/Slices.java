package readout.app.answers;

import readout.analysis.cluster.Clusters;
import readout.store.EventQuery;
import readout.store.Queries;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Clusters of the events a query selects: the slice is chosen in SQL, then clustered in memory. */
public final class Slices {
    private Slices() {
    }

    /** The clusters of every stored event that happened. */
    public static List<Clusters.Cluster> clusters(Queries q) throws SQLException {
        return clusters(q, EventQuery.all(1));
    }

    /** The clusters of the events {@code slice} selects (a dyad, an actor, a window; its limit is ignored). */
    public static List<Clusters.Cluster> clusters(Queries q, EventQuery slice) throws SQLException {
        return of(q.mentions(slice));
    }

    /** The clusters of the events of any of {@code actors} within [from, to] (null: open). */
    public static List<Clusters.Cluster> clustersOf(Queries q, List<String> actors, java.time.LocalDate from,
                                                    java.time.LocalDate to) throws SQLException {
        Map<String, Queries.MentionRow> rows = new LinkedHashMap<>();
        for (String a : actors) {
            for (Queries.MentionRow m : q.mentions(new EventQuery(a, null, null, null, null, from, to, null, false, 1))) {
                rows.putIfAbsent(m.eventId(), m);
            }
        }
        return of(List.copyOf(rows.values()));
    }

    private static List<Clusters.Cluster> of(List<Queries.MentionRow> rows) {
        return Clusters.of(rows.stream().map(m -> new Clusters.Mention(m.eventId(), m.story(), m.articleId(),
                m.outlet(), m.day(), m.source(), m.target(), m.cameo(), m.asserted(), Set.copyOf(m.topics()),
                m.evidence())).toList());
    }
}
