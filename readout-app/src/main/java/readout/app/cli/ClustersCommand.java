package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import readout.analysis.cluster.Clusters;
import readout.core.ontology.Ontology;
import readout.store.EventStore;
import readout.store.Queries;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code readout clusters}: real-world events with how many mentions, articles and outlets reported them. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "Real-world events from many reports: mentions, distinct stories and outlets, first and last day, best evidence.")
final class ClustersCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--limit", description = "Most-reported first, at most this many (default ${DEFAULT-VALUE}).")
    int limit = 20;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        try (EventStore s = store.openExisting()) {
            print(load(new Queries(s)), limit, spec.commandLine().getOut());
        }
        return 0;
    }

    static List<Clusters.Cluster> load(Queries q) throws SQLException {
        return readout.app.answers.Slices.clusters(q);
    }

    static void print(List<Clusters.Cluster> clusters, int limit, PrintWriter out) {
        out.printf(Locale.ROOT, "%-13s %-4s %-40s %-23s %8s %8s %7s%n", "dyad", "root", "event", "days", "mentions", "stories",
                "outlets");
        for (Clusters.Cluster c : clusters.subList(0, Math.min(limit, clusters.size()))) {
            String name = Ontology.standard().type(c.cameo()).name();
            String days = c.first().equals(c.last()) ? c.first().toString() : c.first() + ".." + c.last().toString().substring(5);
            out.printf(Locale.ROOT, "%-13s %-4s %-40s %-23s %8d %8d %7d%n", c.source() + (c.symmetric() ? "–" : "→") + c.target(),
                    c.root(), Report.clip(name, 40), days, c.mentions(), c.articles(), c.outlets());
            out.printf(Locale.ROOT, "    \"%s\" (%s)%s%n", Report.clip(c.best().evidence(), 110), c.best().outlet(),
                    c.topics().isEmpty() ? "" : " topics: " + String.join(", ", c.topics()));
        }
    }
}
