package readout.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import readout.core.Coder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * {@code readout serve}: Javalin over one store file. Reads share one read-only DuckDB instance ({@link SharedReader}),
 * let go when idle, when a writer in another process announces itself, and every few seconds in any case, so that
 * another process can write and the next read sees it; {@code POST /api/articles}
 * goes through the one {@link ArticleWriter}, behind a bearer token. See docs/adr/0012-serve-reads-read-only.md.
 */
public final class ReadoutServer implements AutoCloseable {
    /** The largest {@code POST /api/articles} body, in bytes; larger gets 413. */
    public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    /**
     * What to serve: the store, where to listen, the bearer token for writes (null: writes refused), and the coders
     * for {@code POST /api/articles}.
     */
    /** @param cacheAnswers keep answers until the store changes ({@link AnswerCache}); off only to measure queries */
    public record Config(Path db, String host, int port, String token, Supplier<Coder> coders, boolean cacheAnswers) {
        public Config(Path db, String host, int port, String token, Supplier<Coder> coders) {
            this(db, host, port, token, coders, true);
        }
    }

    /** The shared read-only instance is let go after this long without a request ... */
    static final long IDLE_MILLIS = 200;
    /** ... and at the latest after this long held, ... */
    static final long MAX_HOLD_MILLIS = 3_000;
    /** ... for at least this long before it is re-opened, so that a writer retrying every 50 ms gets in. */
    static final long GAP_MILLIS = 150;

    private final Javalin app;
    private final SharedReader reader;

    private ReadoutServer(Javalin app, SharedReader reader) {
        this.app = app;
        this.reader = reader;
    }

    /** Starts listening (port 0: any free port) and returns the running server. */
    public static ReadoutServer start(Config config) {
        ObjectMapper json = new ObjectMapper();
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        SharedReader reader = new SharedReader(config.db(), IDLE_MILLIS, MAX_HOLD_MILLIS, GAP_MILLIS);
        Api api = new Api(config.db(), reader, lock.readLock(), json);
        ArticleWriter writer = new ArticleWriter(config.db(), config.coders(), lock.writeLock(), reader::letGoNow);
        byte[] token = config.token() == null ? null : config.token().getBytes(StandardCharsets.UTF_8);
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
            cfg.staticFiles.enableWebjars(); // /webjars/echarts/5.3.1/dist/echarts.min.js, from the jar, for the dashboard
        });
        AnswerCache cache = new AnswerCache(config.db(), config.cacheAnswers());
        app.get("/api/events", cache.around(api::events));
        app.get("/api/dyads", cache.around(api::dyads));
        app.get("/api/dyads/{a}/{b}/series", cache.around(api::series));
        app.get("/api/clusters", cache.around(api::clusters));
        app.get("/api/readouts", cache.around(api::readouts));
        app.get("/api/lean", cache.around(api::lean));
        app.get("/api/brief", cache.around(api::brief));
        app.get("/api/search", cache.around(api::search));
        app.get("/api/articles/{id}", cache.around(api::article));
        app.post("/api/articles", ctx -> post(ctx, writer, token));
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(resource("/web/openapi.json")));
        app.get("/api/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(resource("/web/docs.html")));
        app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(Map.of("status", e.status(), "error", e.getMessage())));
        app.exception(ArticleWriter.BadRecords.class, (e, ctx) -> ctx.status(400).json(Map.of("status", 400,
                "error", "unreadable records; nothing was stored", "records", e.problems)));
        app.exception(Exception.class, (e, ctx) -> {
            ApiError mapped = Api.storeError(e, config.db());
            if (mapped.status() == 503) ctx.header("Retry-After", "1");
            ctx.status(mapped.status()).json(Map.of("status", mapped.status(), "error", mapped.getMessage()));
        });
        app.start(config.host(), config.port());
        return new ReadoutServer(app, reader);
    }

    /** The port it listens on (the one chosen when started on port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        reader.close();
    }

    private static void post(Context ctx, ArticleWriter writer, byte[] token) throws Exception {
        if (token == null) throw new ApiError(401, "writes are off: start the server with --token-file FILE");
        String auth = ctx.header("Authorization");
        byte[] given = auth != null && auth.startsWith("Bearer ")
                ? auth.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(token, given)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, auth == null ? "missing Authorization: Bearer <token>" : "wrong token");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) throw tooLarge();
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) throw tooLarge();
        var outcomes = writer.write(ArticleWriter.read(body));
        boolean stored = outcomes.stream().anyMatch(o -> o.outcome().equals("stored") || o.outcome().equals("near-duplicate"));
        ctx.status(stored ? 201 : 200).json(Map.of("articles", outcomes));
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "body larger than " + MAX_BODY_BYTES + " bytes; send the articles in parts");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReadoutServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The token in a file: its first line, trimmed; an empty file is refused. */
    public static String readToken(Path file) throws IOException {
        String t = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").trim();
        if (t.isEmpty()) throw new IllegalArgumentException("the token file " + file + " is empty");
        return t;
    }
}
