package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import readout.store.EventStore;
import readout.store.SearchIndex;

import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code readout search}: full text over stored articles and evidence sentences. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Find stored articles and evidence sentences (Lucene query syntax), by actor and dates.")
final class SearchCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "QUERY", description = "e.g. denuclearization, \"phone call\", sanctions AND Iran")
    String query;

    @Option(names = "--actor", description = "Only items with an event of this actor code or country, e.g. CHN.")
    String actor;

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--limit", description = "At most this many hits (default ${DEFAULT-VALUE}).")
    int limit = 20;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        try (EventStore s = store.openExisting(); SearchIndex index = SearchIndex.beside(s)) {
            int added = index.refresh(s);
            if (added > 0) System.err.println("[readout] indexed " + added + " new articles");
            var hits = index.search(query, actor, dates.from, dates.to, limit);
            for (SearchIndex.Hit h : hits) {
                if (h.kind().equals("article")) {
                    spec.commandLine().getOut().printf(Locale.ROOT, "article   %-10s %-22s %s (%s)%n", h.date(), h.articleId(),
                            h.title(), h.outlet());
                } else {
                    spec.commandLine().getOut().printf(Locale.ROOT, "sentence  %-10s %-22s %s%n", h.date(), h.articleId(), Report.clip(h.text(), 110));
                }
            }
            System.err.println("[readout] " + hits.size() + " hits");
        }
        return 0;
    }
}
