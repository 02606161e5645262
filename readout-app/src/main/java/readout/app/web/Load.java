package readout.app.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test: {@code requests} GETs of one URL over {@code connections} concurrent clients, then stop.
 * Measures throughput and latency percentiles; any status other than 200 or a failed request is an error.
 */
public final class Load {
    /** What one run measured. */
    public record Result(String url, int requests, int connections, int errors, double seconds, double perSecond,
                         double p50Millis, double p99Millis, double maxMillis) {
    }

    private Load() {
    }

    public static Result run(URI url, int requests, int connections) throws InterruptedException {
        if (requests < 1 || connections < 1) throw new IllegalArgumentException("requests and connections must be at least 1");
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        try {
            Future<?>[] workers = new Future<?>[connections];
            for (int w = 0; w < connections; w++) {
                workers[w] = pool.submit(() -> {
                    // one client per worker: its own connection, kept alive
                    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                    HttpRequest req = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build();
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) errors.incrementAndGet();
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        latencies[i] = System.nanoTime() - t;
                    }
                });
            }
            for (Future<?> f : workers) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("load worker failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(url.toString(), requests, connections, errors.get(), seconds, requests / seconds,
                millis(sorted, 0.50), millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
