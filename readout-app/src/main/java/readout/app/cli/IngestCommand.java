package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import readout.app.ingest.Inputs;
import readout.app.pipeline.Ingest;
import readout.app.pipeline.Progress;
import readout.core.Coder;
import readout.store.EventStore;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** {@code readout ingest}: code sources into the event store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code files and directories into the event store.",
                "Inputs: .txt, .jsonl, .html/.htm, .warc/.warc.gz and full-text .rss/.atom feed files.",
                "Re-ingesting is idempotent; near-copies of a stored story are linked, not counted again."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    SourceOptions input;

    @Mixin
    StoreOptions store;

    @Mixin
    RewriteOptions rewrites;

    @Mixin
    CoderOptions coder;

    @Override
    public Integer call() throws Exception {
        try (EventStore s = rewrites.open(store)) {
            Ingest.Summary summary = ingest(input, s, coder, System.err);
            return summary.stored() + summary.nearDuplicates() + summary.duplicates() == 0 && summary.failed() > 0 ? 1 : 0;
        }
    }

    /** Ingests and prints the summary; shared with {@code readout run}. */
    static Ingest.Summary ingest(SourceOptions input, EventStore s, CoderOptions coder, PrintStream err) {
        err.println("[readout] " + Coder.provenance(coder.knowledgeBase(), coder.lexicon()).line() + "; store " + s.file());
        Progress progress = new Progress(err, Inputs.count(input.sources), 5_000);
        Ingest.Summary summary = Ingest.run(Inputs.read(input.sources, input.date), coder.threads, coder.coders(), s,
                progress);
        err.println(progress.summary());
        err.printf("[readout] stored %d, near-copies linked %d, already stored %d, failed %d%n", summary.stored(),
                summary.nearDuplicates(), summary.duplicates(), summary.failed());
        return summary;
    }
}
