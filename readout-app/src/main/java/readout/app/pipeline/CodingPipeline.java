package readout.app.pipeline;

import readout.app.ingest.InputRecord;
import readout.core.Coder;
import readout.core.model.CodedArticle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Codes a stream of input records on N threads, one {@link Coder} per thread, and hands results to a
 * consumer in input order. At most {@code 4 × threads} records are in flight, so memory stays flat
 * whatever the size of the input.
 */
public final class CodingPipeline {
    private final int threads;
    private final Supplier<Coder> coders;

    public CodingPipeline(int threads, Supplier<Coder> coders) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
        this.coders = coders;
    }

    public void run(Iterator<InputRecord> input, Progress progress, BiConsumer<InputRecord, CodedArticle> sink) {
        ThreadLocal<Coder> coder = ThreadLocal.withInitial(coders);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "readout-coder");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<CodedArticle>> window = new ArrayDeque<>();
        Deque<InputRecord> records = new ArrayDeque<>();
        try {
            while (input.hasNext()) {
                InputRecord r = input.next();
                records.add(r);
                window.add(pool.submit(() -> r.article() == null ? CodedArticle.failed(r.id(), r.error())
                        : coder.get().code(r.article())));
                if (window.size() >= threads * 4) drain(window.poll(), records.poll(), progress, sink);
            }
            while (!window.isEmpty()) drain(window.poll(), records.poll(), progress, sink);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void drain(Future<CodedArticle> f, InputRecord r, Progress progress,
                              BiConsumer<InputRecord, CodedArticle> sink) {
        CodedArticle c;
        try {
            c = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            c = CodedArticle.failed(r.id(), "coder failed: " + e.getCause());
        }
        progress.record(c.sentences(), c.parsedSentences(), c.events().size(), c.error(), c.skipped().size());
        sink.accept(r, c);
    }
}
