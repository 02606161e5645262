package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import readout.core.learn.TopicMatcher;
import picocli.CommandLine.Option;
import readout.analysis.brief.Brief;
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
        try (EventStore s = store.open()) {
            Queries q = new Queries(s);
            String text = write(q, ClustersCommand.load(q), actors, dates.from, dates.to, lean, format, topics.matcher());
            System.out.print(text);
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
        return write(q, all, actors, from, to, lean, format, null);
    }

    /** The brief; with a topic matcher, the sides' accounts are compared by topics matched by meaning too. */
    static String write(Queries q, List<Clusters.Cluster> all, List<String> actors, LocalDate from, LocalDate to,
                        List<String> lean, Format format, TopicMatcher matcher) throws SQLException {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        Set<String> set = Set.copyOf(actors);
        List<Clusters.Cluster> clusters = all.stream()
                .filter(c -> set.contains(c.source()) || set.contains(c.target()))
                .filter(c -> (from == null || !c.last().isBefore(from)) && (to == null || !c.first().isAfter(to)))
                .sorted(Comparator.comparing((Clusters.Cluster c) -> !(set.contains(c.source()) && set.contains(c.target())))
                        .thenComparing(Clusters.Cluster::articles, Comparator.reverseOrder())
                        .thenComparing(Clusters.Cluster::mentions, Comparator.reverseOrder()))
                .toList();
        Map<String, Brief.Source> cache = new LinkedHashMap<>();
        Brief brief = new Brief(Templates.builtIn(), id -> cache.computeIfAbsent(id, k -> source(q, k)), new BriefParties(kb, q))
                .perspective(actors);
        // the lead is the call or meeting whose two accounts are compared, else the most reported event
        Optional<ReadoutsCommand.Found> found = actors.size() >= 2
                ? ReadoutsCommand.compare(q, all, actors.get(0), actors.get(1), null, matcher) : Optional.empty();
        Clusters.Cluster lead = found.map(ReadoutsCommand.Found::talk)
                .filter(t -> (from == null || !t.last().isBefore(from)) && (to == null || !t.first().isAfter(to)))
                .orElse(clusters.isEmpty() ? null : clusters.get(0));
        if (lead != null) brief.story(lead);
        if (found.isPresent() && found.get().talk() == lead) brief.readouts(found.get().comparison(), lead);
        if (lean != null && lean.size() == 3) {
            var side = q.sideEvents(lean.get(0), lean.get(1), lean.get(2), from, to);
            Lean.Result r = Lean.of(lean.get(0), lean.get(1), lean.get(2), side.stream()
                    .map(e -> new Lean.Observation(e.articleId(), e.sideA(), e.goldstein(), e.month())).toList(), 20250610L);
            // cite the articles that carry most of the lean's events, from each side
            Map<String, Long> perArticle = side.stream().collect(Collectors.groupingBy(Queries.SideEvent::articleId,
                    LinkedHashMap::new, Collectors.counting()));
            List<String> cited = new ArrayList<>(perArticle.keySet());
            cited.sort(Comparator.comparing((String id) -> -perArticle.get(id)));
            brief.lean(r, cited);
        }
        brief.also(clusters.stream().filter(c -> c != lead).toList());
        return format == Format.html ? brief.html() : brief.markdown();
    }

    private static Brief.Source source(Queries q, String id) {
        try {
            Queries.ArticleSource a = q.article(id);
            return a == null ? null : new Brief.Source(a.id(), a.outlet(), a.title(), a.url(), a.published());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read article " + id + ": " + e.getMessage(), e);
        }
    }
}
