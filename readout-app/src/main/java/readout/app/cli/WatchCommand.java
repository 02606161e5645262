package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import readout.app.ingest.Feeds;
import readout.app.pipeline.Ingest;
import readout.app.pipeline.Progress;
import readout.core.Coder;
import readout.store.EventStore;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code readout watch}: poll feeds, fetch new items' pages, ingest them; remember what was seen. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS/Atom feeds every interval, fetch new items' pages and ingest them (Ctrl-C stops).")
final class WatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FEED_URL", arity = "1..*")
    List<String> feeds;

    @Option(names = "--every", description = "Interval between polls: 30s, 15m, 1h (default ${DEFAULT-VALUE}).")
    String every = "15m";

    @Option(names = "--timeout", description = "Per request (default ${DEFAULT-VALUE}).")
    String timeout = "20s";

    @Option(names = "--once", description = "Poll once and exit.")
    boolean once;

    @Mixin
    StoreOptions store;

    @Mixin
    RewriteOptions rewrites;

    @Mixin
    CoderOptions coder;

    @Override
    public Integer call() throws Exception {
        Duration interval = duration(every);
        Feeds poller = new Feeds(duration(timeout));
        try (EventStore s = rewrites.open(store)) {
            System.err.println("[readout] " + Coder.provenance(coder.knowledgeBase(), coder.lexicon()).line() + "; store " + s.file());
            while (true) {
                List<Feeds.Item> fresh = poller.poll(feeds, s);
                Progress progress = new Progress(System.err, fresh.size(), 5_000);
                Ingest.Summary summary = Ingest.run(fresh.stream().map(Feeds.Item::record).iterator(), coder.threads,
                        coder.coders(), s, progress);
                Feeds.remember(fresh, s); // after the commit: a crash before it fetches the items again
                System.err.printf(Locale.ROOT, "[readout] %s poll: %d new items, stored %d, near-copies %d, already stored %d,"
                                + " failed %d%n", LocalTime.now().withNano(0), fresh.size(), summary.stored(),
                        summary.nearDuplicates(), summary.duplicates(), summary.failed());
                if (once) return 0;
                Thread.sleep(interval.toMillis());
            }
        }
    }

    static Duration duration(String s) {
        var m = java.util.regex.Pattern.compile("(\\d+)\\s*(s|m|h)").matcher(s.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new IllegalArgumentException("not a duration: '" + s + "' (use e.g. 30s, 15m, 1h)");
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
