package readout.app.answers;

import readout.analysis.brief.Brief;
import readout.analysis.brief.Templates;
import readout.analysis.cluster.Clusters;
import readout.analysis.relations.Lean;
import readout.core.kb.KnowledgeBase;
import readout.core.learn.TopicMatcher;
import readout.store.Queries;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A brief whose every sentence cites its sources ({@code readout brief}, {@code /api/brief}). */
public final class Briefs {
    private Briefs() {
    }

    /**
     * The brief on {@code actors} from {@code all} (clusters that hold at least the actors' events), Markdown or HTML;
     * with {@code lean} (X, A, B) the lean of X between A and B; with a topic matcher, a topic matcher, the sides' accounts are compared by
     * topics matched by meaning too.
     */
    public static String write(Queries q, List<Clusters.Cluster> all, List<String> actors, LocalDate from, LocalDate to,
                               List<String> lean, boolean html, TopicMatcher matcher) throws SQLException {
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
        Optional<Accounts.Found> found = actors.size() >= 2
                ? Accounts.compare(q, all, actors.get(0), actors.get(1), null, matcher) : Optional.empty();
        Clusters.Cluster lead = found.map(Accounts.Found::talk)
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
        return html ? brief.html() : brief.markdown();
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
