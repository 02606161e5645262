package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import readout.core.learn.TopicMatcher;
import picocli.CommandLine.Option;
import readout.app.answers.Briefs;
import readout.app.answers.Slices;
import readout.analysis.brief.Templates;
import readout.analysis.cluster.Clusters;
import readout.analysis.relations.Lean;
import readout.core.kb.KnowledgeBase;
import readout.store.EventStore;
import readout.store.Queries;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code readout brief --actors KOR,CHN}: a brief in plain words whose every sentence cites its sources. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Write a brief whose every line cites its sources.",
                "A headline and lede on the first two actors' most reported call or meeting (else the most reported event),",
                "what each side's account said and left out, with --lean which way X leans between A and B and how sure",
                "that is, other reported events, a bullet summary; [n] citations to a numbered list of sources."})
final class BriefCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { md, html }

    @Option(names = "--actors", split = ",", required = true, paramLabel = "A,B,…")
    List<String> actors;

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--lean", split = ",", paramLabel = "X,A,B", description = "Add the lean of X between A and B.")
    List<String> lean;

    @Option(names = "--format", description = "md (default) or html.")
    Format format = Format.md;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the brief here.")
    Path out;

    @Mixin
    StoreOptions store;

    @Mixin
    TopicOptions topics;

    @Override
    public Integer call() throws Exception {
        try (EventStore s = store.openExisting()) {
            Queries q = new Queries(s);
            String text = Briefs.write(q, Slices.clustersOf(q, actors, null, null), actors, dates.from, dates.to, lean,
                    format == Format.html, topics.matcher());
            spec.commandLine().getOut().print(text);
            if (out != null) {
                if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, text, StandardCharsets.UTF_8);
                System.err.println("[readout] brief written to " + out);
            }
        }
        return 0;
    }

    static String write(Queries q, List<Clusters.Cluster> all, List<String> actors, LocalDate from, LocalDate to,
                        List<String> lean, Format format) throws SQLException {
        return Briefs.write(q, all, actors, from, to, lean, format == Format.html, null);
    }
}
