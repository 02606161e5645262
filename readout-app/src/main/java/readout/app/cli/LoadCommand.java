package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import readout.app.web.Load;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code readout load}: a bounded load test of a running {@code readout serve}. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load-test a running server: N GET requests per path over M connections, then stop.",
                "Prints throughput, p50 and p99 latency and errors (any status but 200) per path."})
final class LoadCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE_URL", description = "e.g. http://127.0.0.1:8080")
    URI base;

    @Option(names = "--requests", description = "Requests per path (default ${DEFAULT-VALUE}).")
    int requests = 2000;

    @Option(names = "--connections", description = "Concurrent connections (default ${DEFAULT-VALUE}).")
    int connections = 8;

    @Option(names = "--path", description = "Paths to load (default: /api/events?limit=50 and /api/dyads?limit=20); repeatable.")
    List<String> paths = List.of("/api/events?limit=50", "/api/dyads?limit=20");

    @Override
    public Integer call() throws Exception {
        if (requests < 1 || requests > 10_000_000) throw new IllegalArgumentException("--requests must be from 1 to 10000000");
        if (connections < 1 || connections > 1000) throw new IllegalArgumentException("--connections must be from 1 to 1000");
        int errors = 0;
        spec.commandLine().getOut().printf(Locale.ROOT, "%-40s %8s %5s %9s %8s %8s %8s %6s%n", "path", "requests", "conns", "req/s", "p50 ms",
                "p99 ms", "max ms", "errors");
        for (String p : paths) {
            Load.Result r = Load.run(base.resolve(p), requests, connections);
            errors += r.errors();
            spec.commandLine().getOut().printf(Locale.ROOT, "%-40s %8d %5d %9.1f %8.2f %8.2f %8.2f %6d%n", p, r.requests(), r.connections(),
                    r.perSecond(), r.p50Millis(), r.p99Millis(), r.maxMillis(), r.errors());
        }
        return errors == 0 ? 0 : 1;
    }
}
