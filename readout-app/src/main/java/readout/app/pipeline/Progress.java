package readout.app.pipeline;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what a batch did and reports it: on a terminal a progress bar (rate, ETA), elsewhere a line every
 * few seconds (rate; ETA when the total is known); a summary at the end with errors counted by kind.
 */
public final class Progress {
    private final PrintStream out;
    private final long total;
    private final long started = System.nanoTime();
    private final long intervalNanos;
    private long lastReport = System.nanoTime();
    final AtomicLong articles = new AtomicLong();
    final AtomicLong sentences = new AtomicLong();
    final AtomicLong parsed = new AtomicLong();
    final AtomicLong events = new AtomicLong();
    private final Map<String, Long> errors = new TreeMap<>();
    /** The kind under which sentences the coder failed on are counted (their articles are coded without them). */
    public static final String SKIPPED = "sentence skipped (coder failed on it)";
    private me.tongfei.progressbar.ProgressBar bar;

    /**
     * @param out   where reports go (standard error for the CLI)
     * @param total records expected, or -1 when unknown
     */
    public Progress(PrintStream out, long total, long intervalMillis) {
        this.out = out;
        this.total = total;
        this.intervalNanos = intervalMillis * 1_000_000L;
        if (out == System.err && System.console() != null) {
            bar = new me.tongfei.progressbar.ProgressBarBuilder().setTaskName("coding").setInitialMax(total)
                    .setUnit(" articles", 1).showSpeed().setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(out))
                    .build();
        }
    }

    /** One article done; {@code skippedCount} sentences in it the coder failed on count as errors of their own kind. */
    synchronized void record(int sentenceCount, int parsedCount, int eventCount, String error, int skippedCount) {
        articles.incrementAndGet();
        sentences.addAndGet(sentenceCount);
        parsed.addAndGet(parsedCount);
        events.addAndGet(eventCount);
        if (error != null) errors.merge(kind(error), 1L, Long::sum);
        if (skippedCount > 0) errors.merge(SKIPPED, (long) skippedCount, Long::sum);
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(" · " + events.get() + " events, " + errorCount() + " errors");
            return;
        }
        long now = System.nanoTime();
        if (out != null && now - lastReport >= intervalNanos) {
            lastReport = now;
            out.println(line(now));
        }
    }

    /** An error's kind for counting: its text up to the first colon ("invalid UTF-8", "not JSON"). */
    public static String kind(String error) {
        int colon = error.indexOf(':');
        return colon > 0 ? error.substring(0, colon) : error;
    }

    private String line(long now) {
        double secs = (now - started) / 1e9;
        double rate = articles.get() / Math.max(secs, 1e-9);
        StringBuilder sb = new StringBuilder(String.format("[readout] %d articles", articles.get()));
        if (total > 0) sb.append(String.format(" of %d (%.0f%%)", total, 100.0 * articles.get() / total));
        sb.append(String.format(", %.1f articles/s, %.0f sentences/s", rate, sentences.get() / Math.max(secs, 1e-9)));
        if (total > 0 && rate > 0) sb.append(String.format(", ETA %.0fs", (total - articles.get()) / rate));
        sb.append(", ").append(events.get()).append(" events, ").append(errorCount()).append(" errors");
        return sb.toString();
    }

    public synchronized long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    public synchronized Map<String, Long> errorsByKind() {
        return new TreeMap<>(errors);
    }

    public long articles() {
        return articles.get();
    }

    public long events() {
        return events.get();
    }

    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** The closing summary. */
    public synchronized String summary() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        double secs = seconds();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("[readout] done: %d articles, %d sentences (%d parsed), %d events, %d errors in %.1fs"
                        + " (%.0f sentences/s)", articles.get(), sentences.get(), parsed.get(), events.get(), errorCount(),
                secs, sentences.get() / Math.max(secs, 1e-9)));
        errors.forEach((k, v) -> sb.append(String.format("%n[readout]   %-40s %d", k, v)));
        return sb.toString();
    }
}
