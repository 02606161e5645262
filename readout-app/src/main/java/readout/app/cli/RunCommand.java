package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import readout.analysis.cluster.Clusters;
import readout.store.EventStore;
import readout.store.Queries;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code readout run}: the main job — ingest sources into the store and report what they say. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"The main job: ingest sources, report what they say, and write a cited brief.",
                "Reports counts, most active dyads, most reported events, Seoul's and Beijing's readouts compared,",
                "China's lean between the two Koreas and the latest events; the brief also goes to out/brief.md."})
final class RunCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

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
            IngestCommand.ingest(input, s, coder, System.err);
            Queries q = new Queries(s);
            List<Clusters.Cluster> clusters = ClustersCommand.load(q); // once, for the report and the brief
            Report.print(s, q, clusters, spec.commandLine().getOut());
            // the brief, in the reference article's own form: Seoul and Beijing, and China between the two Koreas
            String brief = BriefCommand.write(q, clusters, List.of("KOR", "CHN"), null, null, List.of("CHN", "KOR", "PRK"),
                    BriefCommand.Format.md);
            java.nio.file.Path file = java.nio.file.Path.of("out", "brief.md");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, brief, java.nio.charset.StandardCharsets.UTF_8);
            spec.commandLine().getOut().println();
            spec.commandLine().getOut().print(brief);
            System.err.println("[readout] brief written to " + file);
            System.err.println("[readout] to browse it: ./readout serve --db " + s.file() + " and open http://127.0.0.1:8080/");
        }
        return 0;
    }
}
