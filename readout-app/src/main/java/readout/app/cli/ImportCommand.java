package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import readout.store.ArchiveImport;
import readout.store.EventStore;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code readout import}: load the Parquet output of {@code readout spark-code} into a store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load the Parquet output of `readout spark-code` into the event store, in one transaction.",
                "Articles the store already has (same URL or text) are skipped, so importing twice adds nothing.",
                "clusters, readouts, lean, brief and serve then work on the store as after `readout ingest`."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PARQUET_DIR", description = "The --out directory of spark-code.")
    Path dir;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ArchiveImport.check(dir); // before the store is opened: a bad directory creates no store
        try (EventStore s = store.open()) {
            ArchiveImport.Result r = ArchiveImport.load(s, dir);
            StringBuilder line = new StringBuilder("imported " + dir + " into " + s.file() + ":");
            for (Map.Entry<String, Long> e : r.added().entrySet()) line.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(',');
            line.setLength(line.length() - 1);
            out.println(line);
            if (r.skipped() > 0) out.println(r.skipped() + " articles skipped: the store already had them");
        }
        return 0;
    }
}
