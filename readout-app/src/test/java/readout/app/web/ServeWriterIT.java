package readout.app.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.bench.StoreBench;
import readout.store.EventStore;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server keeps a read-only DuckDB instance open across requests; a writer in another process (a child JVM, since
 * DuckDB's file lock is a POSIX lock, which does not keep two instances of one process apart) must still get the
 * file within {@link EventStore#open}'s retry window while reads keep coming; meanwhile a question answered before
 * gets its kept answer and a new one 503 with Retry-After, and afterwards 200 again.
 */
class ServeWriterIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    Path dir;

    @Test
    void a_writer_in_another_process_gets_the_file_while_reads_keep_coming() throws Exception {
        Path db = dir.resolve("readout.db");
        try (EventStore store = EventStore.open(db)) {
            StoreBench.fill(store, 20_000);
        }
        try (ReadoutServer server = ReadoutServer.start(new ReadoutServer.Config(db, "127.0.0.1", 0, null, () -> null))) {
            URI events = URI.create("http://127.0.0.1:" + server.port() + "/api/events?limit=50");
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger busy = new AtomicInteger();
            AtomicInteger other = new AtomicInteger();
            List<Thread> readers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            int s = get(events).statusCode();
                            (s == 200 ? ok : s == 503 ? busy : other).incrementAndGet();
                        } catch (Exception e) {
                            other.incrementAndGet();
                        }
                    }
                });
                t.start();
                readers.add(t);
            }
            try {
                // a burst of reads: the shared instance is open and in use when the writer comes
                long until = System.nanoTime() + 20_000_000_000L;
                while (ok.get() < 20 && System.nanoTime() < until) Thread.sleep(20);
                assertTrue(ok.get() >= 20, "reads answered before the writer came: " + ok.get());

                HttpResponse<String> before = get(events);
                assertEquals(200, before.statusCode(), before.body());
                Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), WriterProbe.class.getName(), db.toString(), "1500")
                        .redirectErrorStream(true).start();
                BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
                String line = out.readLine();
                assertTrue(line != null && line.startsWith("open "), "the writer in another process got the file: " + line);
                long waited = Long.parseLong(line.split(" ")[1]);
                assertTrue(waited < EventStore.LOCK_WAIT_MILLIS, "within its retry window: " + waited + " ms");

                // while the other process holds the file, a question asked before is answered as before (the store
                // has not changed: the answer kept is still the store's), and a new one is refused with a reason to
                // retry, not a 500
                HttpResponse<String> kept = get(events);
                assertEquals(200, kept.statusCode(), kept.body());
                assertEquals(before.body(), kept.body());
                URI fresh = URI.create("http://127.0.0.1:" + server.port() + "/api/events?limit=49");
                HttpResponse<String> during = get(fresh);
                assertEquals(503, during.statusCode(), during.body());
                assertEquals("1", during.headers().firstValue("Retry-After").orElse(null));

                assertTrue(writer.waitFor(20, TimeUnit.SECONDS), "the writer exits");
                assertEquals(0, writer.exitValue());
                Thread.sleep(300);
                HttpResponse<String> after = get(events);
                assertEquals(200, after.statusCode(), after.body());
                System.err.printf("[serve-writer] writer waited %d ms; reads: %d ok, %d busy, %d other%n", waited, ok.get(), busy.get(), other.get());
            } finally {
                stop.set(true);
                for (Thread t : readers) t.join(10_000);
            }
            assertEquals(0, other.get(), "every read answered 200 or 503");
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
