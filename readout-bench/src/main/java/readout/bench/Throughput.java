package readout.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.ling.CoreAnnotations;
import readout.core.Coder;
import readout.core.kb.KnowledgeBase;
import readout.core.model.Article;
import readout.core.model.CodedArticle;
import readout.core.learn.MiniLm;
import readout.core.learn.SentenceEncoder;
import readout.core.nlp.CoreNlpParser;
import readout.core.nlp.ParsedSentence;
import readout.core.nlp.Parser;
import readout.core.nlp.Token;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * {@code readout bench}: codes a corpus end to end on 1 and 2 threads and runs CoreNLP's pipeline with NER
 * on part of the same sentences, all in one JVM, and reports sentences per second (wall and per CPU
 * second), the ratios between them, model-load time and peak heap.
 */
public final class Throughput {

    /** One measured run. */
    public record Run(String name, int threads, long sentences, long parsed, long encoded, long events,
                      double wallSeconds, double cpuSeconds, double parserCpuSeconds, double encoderCpuSeconds) {
        public double perSecond() {
            return sentences / wallSeconds;
        }

        public double perThreadSecond() {
            return sentences / wallSeconds / threads;
        }

        public double perCpuSecond() {
            return sentences / cpuSeconds;
        }

        /** CPU milliseconds per input sentence spent outside CoreNLP and the sentence encoder: Readout's own code. */
        public double ownCpuMillisPerSentence() {
            return (cpuSeconds - parserCpuSeconds - encoderCpuSeconds) * 1000 / sentences;
        }
    }

    /** Everything the bench measured. */
    public record Result(double kbLoadSeconds, double modelLoadSeconds, double baselineLoadSeconds, Run one, Run two,
                         Run patternsOnly, Run baseline, long peakHeapBytes, long maxHeapBytes,
                         long peakHeapWithBaselineBytes) {
    }

    private final PrintStream log;

    public Throughput(PrintStream log) {
        this.log = log;
    }

    /**
     * @param corpus            articles to code (repeated until {@code minSentences} sentences per run)
     * @param minSentences      sentences per measured run
     * @param baselineSentences sentences given to the CoreNLP-with-NER baseline
     */
    public Result run(List<Article> corpus, int minSentences, int baselineSentences) throws Exception {
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.builtIn();
        double kbLoad = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        Coder warm = Coder.builder().knowledgeBase(kb).build();
        warm.code(Article.of("warm", null, "Lee Jae-myung met Xi Jinping in Beijing on Monday."));
        double modelLoad = (System.nanoTime() - t0) / 1e9;

        List<Article> work = repeat(corpus, warm, minSentences);
        log.printf("[bench] corpus: %d articles repeated to %d articles; warming up%n", corpus.size(), work.size());
        for (int pass = 0; pass < 3; pass++) for (Article a : corpus) warm.code(a);

        // 1 thread, 2 threads, then 1 thread again: the second single-thread run is reported, so both
        // figures are taken with the JIT equally warm
        measure("readout", 1, work.subList(0, work.size() / 3), kb, true);
        Run two = measure("readout", 2, work, kb, true);
        log.printf(Locale.ROOT, "[bench] readout 2 threads: %.0f sentences/s%n", two.perSecond());
        Run one = measure("readout", 1, work, kb, true);
        log.printf(Locale.ROOT, "[bench] readout 1 thread: %.0f sentences/s%n", one.perSecond());
        // the same work with the patterns alone: what the learned layer costs
        Run patterns = measure("patterns only", 1, work, kb, false);
        log.printf(Locale.ROOT, "[bench] patterns only, 1 thread: %.0f sentences/s%n", patterns.perSecond());
        long peakReadout = peakHeap();

        double baselineLoad = 0;
        Run base = null;
        if (baselineSentences > 0) {
            t0 = System.nanoTime();
            StanfordCoreNLP baseline = baselinePipeline();
            baselineLoad = (System.nanoTime() - t0) / 1e9;
            base = measureBaseline(baseline, corpus, baselineSentences);
            log.printf(Locale.ROOT, "[bench] CoreNLP with NER, 1 thread: %.1f sentences/s%n", base.perSecond());
        }
        return new Result(kbLoad, modelLoad, baselineLoad, one, two, patterns, base, peakReadout,
                Runtime.getRuntime().maxMemory(), peakHeap());
    }

    /** CoreNLP's pipeline as a user of it would code events: tokenize, ssplit, pos, lemma, ner (default), depparse. */
    static StanfordCoreNLP baselinePipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return new StanfordCoreNLP(p);
    }

    private static List<Article> repeat(List<Article> corpus, Coder coder, int minSentences) {
        int perPass = 0;
        for (Article a : corpus) perPass += Math.max(coder.code(a).sentences(), 0);
        int passes = Math.max(1, (int) Math.ceil((double) minSentences / Math.max(perPass, 1)));
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            for (Article a : corpus) out.add(new Article(a.id() + "#" + i, a.date(), a.title(), a.url(), a.outlet(), a.text()));
        }
        return out;
    }

    private Run measure(String name, int threads, List<Article> work, KnowledgeBase kb, boolean model) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<Tally>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int slice = t;
            parts.add(pool.submit(() -> {
                CpuClock parsing = new CpuClock(mx), encoding = new CpuClock(mx);
                Coder.Builder b = Coder.builder().knowledgeBase(kb).parser(() -> parsing.timing(new CoreNlpParser()));
                Coder coder = model ? b.encoder(() -> encoding.timing(MiniLm.get())).build() : b.classifier(null).build();
                long cpu0 = mx.getCurrentThreadCpuTime();
                long s = 0, p = 0, e = 0;
                for (int i = slice; i < work.size(); i += threads) {
                    CodedArticle c = coder.code(work.get(i));
                    s += c.sentences();
                    p += c.parsedSentences();
                    e += c.events().size();
                }
                return new Tally(s, p, coder.encodedSentences(), e, mx.getCurrentThreadCpuTime() - cpu0, parsing.nanos,
                        encoding.nanos);
            }));
        }
        Tally sum = new Tally(0, 0, 0, 0, 0, 0, 0);
        for (Future<Tally> f : parts) sum = sum.plus(f.get());
        double wall = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return new Run(name, threads, sum.sentences(), sum.parsed(), sum.encoded(), sum.events(), wall, sum.cpuNanos() / 1e9,
                sum.parserNanos() / 1e9, sum.encoderNanos() / 1e9);
    }

    /** What one coding thread counted and the thread CPU it spent, in all and inside the parser and the encoder. */
    private record Tally(long sentences, long parsed, long encoded, long events, long cpuNanos, long parserNanos,
                         long encoderNanos) {
        Tally plus(Tally o) {
            return new Tally(sentences + o.sentences, parsed + o.parsed, encoded + o.encoded, events + o.events,
                    cpuNanos + o.cpuNanos, parserNanos + o.parserNanos, encoderNanos + o.encoderNanos);
        }
    }

    /** Thread CPU time spent inside one coder's parser or encoder (each coder runs on one thread). */
    private static final class CpuClock {
        private final ThreadMXBean mx;
        long nanos;

        CpuClock(ThreadMXBean mx) {
            this.mx = mx;
        }

        private <T> T time(Supplier<T> call) {
            long t = mx.getCurrentThreadCpuTime();
            try {
                return call.get();
            } finally {
                nanos += mx.getCurrentThreadCpuTime() - t;
            }
        }

        Parser timing(Parser parser) {
            return new Parser() {
                @Override
                public ParsedSentence parse(String sentence, int offset) {
                    return time(() -> parser.parse(sentence, offset));
                }

                @Override
                public Optional<List<Token>> tag(String sentence, int offset) {
                    return time(() -> parser.tag(sentence, offset));
                }
            };
        }

        SentenceEncoder timing(SentenceEncoder encoder) {
            return new SentenceEncoder() {
                @Override
                public String name() {
                    return encoder.name();
                }

                @Override
                public int dimension() {
                    return encoder.dimension();
                }

                @Override
                public float[] encode(String sentence) {
                    return time(() -> encoder.encode(sentence));
                }
            };
        }
    }

    private static Run measureBaseline(StanfordCoreNLP pipeline, List<Article> corpus, int maxSentences) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        pipeline.annotate(new Annotation("Lee Jae-myung met Xi Jinping in Beijing on Monday."));
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long sentences = 0;
        for (Article a : corpus) {
            if (sentences >= maxSentences) break;
            Annotation doc = new Annotation(a.text());
            pipeline.annotate(doc);
            List<CoreMap> ss = doc.get(CoreAnnotations.SentencesAnnotation.class);
            sentences += ss.size();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        return new Run("corenlp+ner", 1, sentences, sentences, 0, 0, wall, cpu, cpu, 0);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** The report printed by {@code readout bench} and pasted into BENCHMARKS.md. */
    public static String report(Result r) {
        StringBuilder sb = new StringBuilder();
        java.util.function.Consumer<Run> row = run -> sb.append(String.format(Locale.ROOT,
                "| %-12s | %d | %8d | %8d | %7.1f | %9.1f | %9.1f | %9.1f |%n", run.name(), run.threads(), run.sentences(),
                run.parsed(), run.wallSeconds(), run.perSecond(), run.perThreadSecond(), run.perCpuSecond()));
        sb.append("| pipeline     | threads | sentences | parsed | wall s | sent/s | sent/s/thread | sent/CPU-s |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        row.accept(r.one());
        row.accept(r.two());
        row.accept(r.patternsOnly());
        if (r.baseline() != null) row.accept(r.baseline());
        sb.append(String.format(Locale.ROOT, "%nparsed share of input sentences: %.1f%%%n",
                100.0 * r.one().parsed() / r.one().sentences()));
        sb.append(String.format(Locale.ROOT, "encoded share (shown to the event-type classifier): %.1f%%; the learned layer's"
                        + " share of the time, 1 - (patterns-only wall / readout wall): %.1f%%%n",
                100.0 * r.one().encoded() / r.one().sentences(),
                100.0 * (1 - r.patternsOnly().wallSeconds() / r.one().wallSeconds())));
        Run one = r.one();
        sb.append(String.format(Locale.ROOT, "CPU of the 1-thread run: CoreNLP tagging and parsing %.0f%%, sentence encoder %.0f%%,"
                        + " Readout's own code %.0f%% (%.2f ms per input sentence; patterns only: %.2f ms)%n",
                100 * one.parserCpuSeconds() / one.cpuSeconds(), 100 * one.encoderCpuSeconds() / one.cpuSeconds(),
                100 * (1 - (one.parserCpuSeconds() + one.encoderCpuSeconds()) / one.cpuSeconds()),
                one.ownCpuMillisPerSentence(), r.patternsOnly().ownCpuMillisPerSentence()));
        sb.append(String.format(Locale.ROOT, "readout parsed sentences/s (1 thread): %.1f%n",
                r.one().parsed() / r.one().wallSeconds()));
        sb.append(String.format(Locale.ROOT, "speed-up 2 threads / 1 thread: %.2fx%n", r.two().perSecond() / r.one().perSecond()));
        if (r.baseline() != null) {
            sb.append(String.format(Locale.ROOT, "readout (1 thread) / CoreNLP with NER (1 thread): %.1fx (per CPU-second %.1fx)%n",
                    r.one().perSecond() / r.baseline().perSecond(), r.one().perCpuSecond() / r.baseline().perCpuSecond()));
        }
        sb.append(String.format(Locale.ROOT, "load: knowledge base %.2fs, coder models %.2fs, CoreNLP-with-NER models %.2fs%n",
                r.kbLoadSeconds(), r.modelLoadSeconds(), r.baselineLoadSeconds()));
        sb.append(String.format(Locale.ROOT, "peak heap: readout %.0f MB (before the baseline's models load), whole run %.0f MB;"
                        + " max heap %.0f MB; cores %d; %s %s%n", r.peakHeapBytes() / 1e6, r.peakHeapWithBaselineBytes() / 1e6,
                r.maxHeapBytes() / 1e6, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version")));
        return sb.toString();
    }
}
