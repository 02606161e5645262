package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import readout.app.ingest.InputRecord;
import readout.app.ingest.Inputs;
import readout.bench.Throughput;
import readout.core.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code readout bench}: end-to-end throughput on 1 and 2 threads beside a CoreNLP-with-NER baseline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure sentences/s end to end (1 and 2 threads) and CoreNLP with NER in the same run.")
final class BenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", arity = "0..*", description = "Files or directories (default: examples/).")
    List<Path> corpus = new ArrayList<>(List.of(Path.of("examples")));

    @Option(names = "--sentences", description = "Sentences per measured run (default ${DEFAULT-VALUE}).")
    int sentences = 20_000;

    @Option(names = "--baseline-sentences", description = "Sentences for the CoreNLP-with-NER baseline; 0 skips it"
            + " (default ${DEFAULT-VALUE}). The baseline's models need about 3 GB of heap.")
    int baselineSentences = 300;

    @Option(names = "--store", split = ",", paramLabel = "N[,N…]",
            description = "Instead: time store queries over N synthetic events each (e.g. 1000000,10000000).")
    List<Long> storeSizes;

    @Option(names = "--keep", paramLabel = "FILE",
            description = "With one --store N: only fill a new store at FILE with the N synthetic events and keep it (no timings).")
    Path keep;

    @Override
    public Integer call() throws Exception {
        if (keep != null) {
            if (storeSizes == null || storeSizes.size() != 1) {
                System.err.println("bench: --keep FILE needs exactly one --store N");
                return 2;
            }
            if (java.nio.file.Files.exists(keep)) {
                System.err.println("bench: " + keep + " exists; --keep makes a new store");
                return 2;
            }
            try (readout.store.EventStore store = readout.store.EventStore.open(keep)) {
                readout.bench.StoreBench.fill(store, storeSizes.get(0));
            }
            System.err.printf("bench: %,d synthetic events in %s%n", storeSizes.get(0), keep);
            return 0;
        }
        if (storeSizes != null) {
            List<readout.bench.StoreBench.Result> results = new ArrayList<>();
            Path dir = java.nio.file.Files.createTempDirectory("readout-bench");
            for (long n : storeSizes) results.add(new readout.bench.StoreBench(System.err).run(n, dir));
            spec.commandLine().getOut().print(readout.bench.StoreBench.report(results));
            return 0;
        }
        List<Article> articles = new ArrayList<>();
        for (Iterator<InputRecord> it = Inputs.read(corpus, null); it.hasNext(); ) {
            InputRecord r = it.next();
            if (r.article() != null) articles.add(r.article());
        }
        if (articles.isEmpty()) {
            System.err.println("bench: no articles found in " + corpus);
            return 2;
        }
        Throughput.Result r = new Throughput(System.err).run(articles, sentences, baselineSentences);
        spec.commandLine().getOut().print(Throughput.report(r));
        return 0;
    }
}
