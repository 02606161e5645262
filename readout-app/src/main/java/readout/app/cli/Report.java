package readout.app.cli;

import readout.analysis.cluster.Clusters;
import readout.store.EventQuery;
import readout.store.EventStore;
import readout.store.Queries;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** The report {@code readout run} prints: counts, the most active dyads, the latest events with evidence. */
final class Report {
    private Report() {
    }

    static void print(EventStore store, Queries q, List<Clusters.Cluster> clusters, PrintWriter out) throws SQLException {
        Queries.Counts c = q.counts();
        out.printf(Locale.ROOT, "%nReadout store %s%n", store.file());
        out.printf(Locale.ROOT, "  articles %d (%d distinct stories), events %d%n", c.articles(), c.stories(), c.events());
        out.println("  events by modality: " + c.eventsByModality());
        out.println("  ingest log: " + c.log());
        out.printf(Locale.ROOT, "%nMost active dyads (events that happened, each story once)%n");
        out.printf(Locale.ROOT, "  %-5s %-5s %6s %6s %8s %9s %7s%n", "A", "B", "events", "coop", "conflict", "goldstein", "stories");
        for (Queries.Dyad d : q.topDyads(10)) {
            out.printf(Locale.ROOT, "  %-5s %-5s %6d %6d %8d %+9.2f %7d%n", d.a(), d.b(), d.events(), d.cooperative(),
                    d.conflictual(), d.goldsteinMean(), d.stories());
        }
        out.printf(Locale.ROOT, "%nMost reported events (one real-world event, many reports)%n");
        ClustersCommand.print(clusters, 5, out);
        out.printf(Locale.ROOT, "%nReadouts compared: Seoul's and Beijing's accounts of their most reported call or meeting%n");
        ReadoutsCommand.print(q, clusters, "KOR", "CHN", null, out);
        out.printf(Locale.ROOT, "%nWhich way China leans between the two Koreas%n");
        LeanCommand.print(q, "CHN", "KOR", "PRK", null, null, 20250610L, out);
        out.printf(Locale.ROOT, "%nLatest events that happened (each story once)%n");
        for (Queries.EventRow r : q.events(EventQuery.happened(10))) {
            out.printf(Locale.ROOT, "  %-10s %-7s %s %-7s %-10s \"%s\" (%s)%n", r.date(), r.source(), r.cameo(),
                    r.target() == null ? "-" : r.target(), r.modality(), clip(r.evidence(), 100), r.outlet());
        }
    }

    static String clip(String s, int n) {
        if (s == null) return "";
        String t = s.replaceAll("\\s+", " ");
        return t.length() <= n ? t : t.substring(0, n - 3) + "...";
    }
}
