package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import readout.app.web.ReadoutServer;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code readout serve}: the JSON API (and dashboard) over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP: a JSON API with the CLI's filters, OpenAPI at /openapi.json.",
                "Reads share one read-only instance, let go when idle, when a writer waits and every 3 s, so an ingest or watch",
                "in another process can write; POST /api/articles (one JSON article or JSON Lines) needs Authorization: Bearer <token>."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--no-cache", description = "Compute every answer, instead of keeping answers until the store"
            + " changes (to measure the queries themselves).")
    boolean noCache;

    @Option(names = "--host", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port = 8080;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File whose first line is the bearer token for POST /api/articles (without it, writes are refused).")
    Path tokenFile;

    @Mixin
    StoreOptions store;

    @Mixin
    CoderOptions coder;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be from 0 to 65535: " + port);
        String token = tokenFile == null ? null : ReadoutServer.readToken(tokenFile);
        ReadoutServer server = ReadoutServer.start(new ReadoutServer.Config(store.db, host, port, token, coder.coders(), !noCache));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.err.println("[readout] serving " + store.db + " at http://" + host + ":" + server.port() + "/ (API: /api/…,"
                + " OpenAPI: /openapi.json)" + (token == null ? "; writes off (no --token-file)" : ""));
        stopped.await();
        return 0;
    }
}
