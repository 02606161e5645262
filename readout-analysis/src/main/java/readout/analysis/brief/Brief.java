package readout.analysis.brief;

import readout.analysis.cluster.Clusters;
import readout.analysis.readouts.Readouts;
import readout.analysis.relations.Lean;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A brief in the reference article's form: a title, 3–7 key points made from the most reported events
 * (who, what, when, how many outlets), the readout divergences and the lean in one line each. Every line
 * carries [n] citations to a numbered source list; a line without a source is not written.
 */
public final class Brief {
    /** Most key points. */
    public static final int MAX_POINTS = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** A source: one article. */
    public record Source(String articleId, String outlet, String title, String url, LocalDate date) {
    }

    /** A line of the brief and the sources it cites (numbers into {@link #sources}). */
    public record Point(String text, List<Integer> citations) {
    }

    private final String title;
    private final List<Point> points = new ArrayList<>();
    private final List<Point> analysis = new ArrayList<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<Source> sources = new ArrayList<>();
    private final Function<String, Source> lookup;
    private final Function<String, String> names;

    /**
     * @param lookup article id → source (null when unknown: such an article is not cited)
     * @param names  polity code → display name
     */
    public Brief(String title, Function<String, Source> lookup, Function<String, String> names) {
        this.title = title;
        this.lookup = lookup;
        this.names = names;
    }

    /** Adds the key points: the most reported events, at most {@link #MAX_POINTS}. */
    public Brief points(List<Clusters.Cluster> clusters, Function<String, String> eventName) {
        for (Clusters.Cluster c : clusters) {
            if (points.size() >= MAX_POINTS) break;
            List<Integer> cites = cite(c.all().stream().map(Clusters.Mention::story).toList(), 4);
            if (cites.isEmpty()) continue;
            // a symmetric event is named from its best report's point of view
            String first = c.symmetric() ? c.best().source() : c.source();
            String second = first.equals(c.source()) ? c.target() : c.source();
            String who = names.apply(first) + (c.symmetric() ? " and " : " → ") + names.apply(second);
            String when = c.first().equals(c.last()) ? c.first().format(DAY) : c.first().format(DAY) + " – " + c.last().format(DAY);
            String text = String.format(Locale.ROOT, "%s: %s, %s; %d %s from %d %s. \"%s\"", who,
                    eventName.apply(c.cameo()).toLowerCase(Locale.ROOT), when, c.articles(), c.articles() == 1 ? "report" : "reports",
                    c.outlets(), c.outlets() == 1 ? "outlet" : "outlets", c.best().evidence().strip());
            points.add(new Point(text, cites));
        }
        return this;
    }

    /** Adds one line per omission in a readout comparison, citing the sentences that show it. */
    public Brief divergences(Readouts.Comparison cmp) {
        for (Readouts.Omission o : cmp.omissions()) {
            List<String> articles = new ArrayList<>();
            o.explicit().forEach(s -> articles.add(s.articleId()));
            o.raised().forEach(s -> articles.add(s.articleId()));
            List<Integer> cites = cite(articles, 3);
            if (cites.isEmpty()) continue;
            analysis.add(new Point(String.format(Locale.ROOT, "Divergence: %s's account left out %s, which %s's raised%s.",
                    names.apply(o.omittedBy()), o.topic().replace('_', ' '), names.apply(o.raisedBy()),
                    o.explicit().isEmpty() ? "" : " (reports say so explicitly)"), cites));
        }
        return this;
    }

    /** Adds the lean in one line, citing the articles its events come from (most events first). */
    public Brief lean(Lean.Result r, List<String> articleIds) {
        List<Integer> cites = cite(articleIds, 3);
        if (cites.isEmpty() || !r.defined()) return this;
        analysis.add(new Point(String.format(Locale.ROOT,
                "Lean: %s between %s and %s — mean Goldstein %+.2f with %s vs %+.2f with %s; difference %+.2f, 95%% interval"
                        + " [%+.2f, %+.2f] over %d and %d articles: %s.", names.apply(r.x()), names.apply(r.a()), names.apply(r.b()),
                r.meanA(), names.apply(r.a()), r.meanB(), names.apply(r.b()), r.difference(), r.low(), r.high(), r.articlesA(),
                r.articlesB(), r.verdict()), cites));
        return this;
    }

    /** Numbers for up to {@code max} distinct citable articles, assigning new numbers in order of first use. */
    private List<Integer> cite(List<String> articleIds, int max) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String id : articleIds) {
            if (out.size() >= max) break;
            Integer n = numbers.get(id);
            if (n == null) {
                Source s = lookup.apply(id);
                if (s == null) continue;
                sources.add(s);
                n = sources.size();
                numbers.put(id, n);
            }
            out.add(n);
        }
        return out.stream().sorted().toList();
    }

    public List<Point> points() {
        return List.copyOf(points);
    }

    public List<Point> analysis() {
        return List.copyOf(analysis);
    }

    public List<Source> sources() {
        return List.copyOf(sources);
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n## Key points\n\n");
        for (Point p : points) sb.append("- ").append(p.text()).append(' ').append(refs(p)).append('\n');
        if (!analysis.isEmpty()) {
            sb.append("\n## Readouts and lean\n\n");
            for (Point p : analysis) sb.append("- ").append(p.text()).append(' ').append(refs(p)).append('\n');
        }
        sb.append("\n## Sources\n\n");
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            sb.append(i + 1).append(". ").append(s.outlet() == null ? "unknown outlet" : s.outlet()).append(", \"")
                    .append(s.title() == null ? s.articleId() : s.title()).append("\", ")
                    .append(s.date() == null ? "undated" : s.date().toString())
                    .append(s.url() == null ? "" : ", " + s.url()).append('\n');
        }
        return sb.toString();
    }

    public String html() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title></head><body><h1>").append(esc(title)).append("</h1><h2>Key points</h2><ul>");
        for (Point p : points) sb.append("<li>").append(esc(p.text())).append(' ').append(links(p)).append("</li>");
        sb.append("</ul>");
        if (!analysis.isEmpty()) {
            sb.append("<h2>Readouts and lean</h2><ul>");
            for (Point p : analysis) sb.append("<li>").append(esc(p.text())).append(' ').append(links(p)).append("</li>");
            sb.append("</ul>");
        }
        sb.append("<h2>Sources</h2><ol>");
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            sb.append("<li id=\"s").append(i + 1).append("\">").append(esc(s.outlet() == null ? "unknown outlet" : s.outlet()))
                    .append(", ");
            if (s.url() != null) sb.append("<a href=\"").append(esc(s.url())).append("\">");
            sb.append(esc(s.title() == null ? s.articleId() : s.title()));
            if (s.url() != null) sb.append("</a>");
            sb.append(", ").append(s.date() == null ? "undated" : s.date()).append("</li>");
        }
        return sb.append("</ol></body></html>\n").toString();
    }

    private static String refs(Point p) {
        StringBuilder sb = new StringBuilder();
        for (int n : p.citations()) sb.append('[').append(n).append(']');
        return sb.toString();
    }

    private static String links(Point p) {
        StringBuilder sb = new StringBuilder();
        for (int n : p.citations()) sb.append("<a href=\"#s").append(n).append("\">[").append(n).append("]</a>");
        return sb.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
