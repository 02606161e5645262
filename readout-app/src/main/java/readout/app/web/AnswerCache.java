package readout.app.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers to read requests, kept until the store changes (docs/adr/0012-serve-reads-read-only.md). The store's
 * version is the size and modification time of its file and write-ahead log, read on every request (two
 * {@code stat} calls): a commit by any process, the server's own {@code POST} or a {@code readout watch} beside it,
 * changes it, and every kept answer is dropped. A dashboard asks the same few questions again and again; each is
 * computed once per version of the store. Answers carry an {@code ETag}, so a browser that sends it back with
 * {@code If-None-Match} gets 304 with no body. Only 200 answers of up to {@link #MAX_ANSWER_BYTES} are kept, at most
 * {@link #MAX_BYTES} in all, least recently used first out.
 */
final class AnswerCache {
    static final int MAX_ANSWER_BYTES = 1 << 20;
    static final long MAX_BYTES = 64L << 20;

    private record Answer(byte[] body, String contentType, String etag) {
    }

    private final Path db;
    private final Path wal;
    // guarded by this
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private String version = "";

    private final boolean on;

    /** @param on false: every request is computed (to measure the queries themselves) */
    AnswerCache(Path db, boolean on) {
        this.on = on;
        this.db = db;
        this.wal = db.resolveSibling(db.getFileName() + ".wal");
    }

    /** The store's version as the file system shows it: sizes and modification times of the file and its log. */
    String version() {
        return stamp(db) + "/" + stamp(wal);
    }

    private static String stamp(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.size() + ":" + a.lastModifiedTime().toInstant().toEpochMilli() + "." + a.lastModifiedTime().toInstant().getNano();
        } catch (NoSuchFileException e) {
            return "-";
        } catch (IOException e) {
            return "?" + System.nanoTime(); // unreadable: never equal, so nothing is served from the cache
        }
    }

    /** The handler, answering from the cache when the store has not changed since the answer was computed. */
    Handler around(Handler handler) {
        if (!on) return handler;
        return ctx -> {
            String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
            String v = version();
            Answer kept = get(key, v);
            if (kept == null) {
                handler.handle(ctx);
                kept = keep(ctx, key, v);
                if (kept == null) return;
            }
            ctx.header("ETag", kept.etag());
            ctx.header("Cache-Control", "no-cache"); // revalidate each time: the store may have changed
            if (kept.etag().equals(ctx.header("If-None-Match"))) {
                ctx.status(304).result(new byte[0]);
                return;
            }
            ctx.contentType(kept.contentType()).result(kept.body());
        };
    }

    private synchronized Answer get(String key, String v) {
        if (!v.equals(version)) {
            answers.clear();
            bytes = 0;
            version = v;
        }
        return answers.get(key);
    }

    /** Keeps a 200 answer the handler wrote (and writes it back to the response); null when it is not kept. */
    private Answer keep(Context ctx, String key, String v) throws IOException {
        if (ctx.status().getCode() != 200) return null;
        InputStream in = ctx.resultInputStream();
        if (in == null) return null;
        byte[] body = in.readAllBytes();
        ctx.result(body);
        String type = ctx.res().getContentType() != null ? ctx.res().getContentType() : "application/json";
        String etag = "\"" + HexFormat.of().formatHex(readout.core.Resources.sha256()
                .digest((v + "\n" + key).getBytes(StandardCharsets.UTF_8)), 0, 12) + "\"";
        Answer a = new Answer(body, type, etag);
        if (body.length > MAX_ANSWER_BYTES) return a;
        synchronized (this) {
            if (!v.equals(version)) return a; // the store changed while it was computed: serve it, keep nothing
            Answer old = answers.put(key, a);
            bytes += body.length - (old == null ? 0 : old.body().length);
            var it = answers.entrySet().iterator();
            while (bytes > MAX_BYTES && it.hasNext()) {
                Map.Entry<String, Answer> e = it.next();
                bytes -= e.getValue().body().length;
                it.remove();
            }
        }
        return a;
    }
}
