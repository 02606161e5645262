package readout.analysis.brief;

import readout.analysis.cluster.Clusters;
import readout.analysis.readouts.Readouts;
import readout.analysis.relations.Lean;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A brief in the reference article's form, in plain words: a headline; a lede saying who did what, when, in how
 * many reports; what each side's account said and what one side left out; which way a third country leans and
 * how sure that is; other reported events; a short summary in bullets; and the numbered sources. Every sentence
 * carries [n] citations; a sentence with no citable source is not written. Phrasing comes from
 * {@link Templates}, names and titles from {@link Parties}.
 *
 * <p>Call {@link #story}, then optionally {@link #readouts}, {@link #lean} and {@link #also}, in the order the
 * sections read, so sources are numbered in order of first citation.
 */
public final class Brief {
    /** Most other events told in "Also reported". */
    public static final int MAX_ALSO = 5;
    /** Most omissions told in "What each side said". */
    public static final int MAX_OMISSIONS = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** A source: one article. */
    public record Source(String articleId, String outlet, String title, String url, LocalDate date) {
    }

    /** A sentence of the brief (no closing full stop) and the sources it cites (numbers into {@link #sources}). */
    public record Sentence(String text, List<Integer> citations) {
    }

    private final Templates templates;
    private final Function<String, Source> lookup;
    private final Parties parties;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    /** The order the reader asked for the sides in ({@code --actors KOR,CHN}); a symmetric event is told in it. */
    private List<String> perspective = List.of();
    private final List<Source> sources = new ArrayList<>();

    private String headline;
    private final List<Sentence> lede = new ArrayList<>();
    private final List<Sentence> said = new ArrayList<>();
    private String leanHeading;
    private final List<Sentence> leans = new ArrayList<>();
    private final List<Sentence> others = new ArrayList<>();
    private Sentence leadSummary;
    private final List<Sentence> omissionSummary = new ArrayList<>();
    private Sentence leanSummary;
    private String headlineOmission;

    /**
     * @param lookup article id → source (null when unknown: such an article is not cited)
     */
    public Brief(Templates templates, Function<String, Source> lookup, Parties parties) {
        this.templates = templates;
        this.lookup = lookup;
        this.parties = parties;
    }

    /** The lead event: the headline, the lede (who did what, when, in how many reports), its summary line. */
    public Brief story(Clusters.Cluster lead) {
        List<Integer> cites = cite(stories(lead), 4);
        if (cites.isEmpty()) return this;
        Templates.EventType type = templates.type(lead.cameo());
        Map<String, String> v = slots(lead);
        headline = Templates.capitalize(Templates.fill(type.headline(), v));
        String clause = Templates.fill(type.lede(), v);
        lede.add(new Sentence(Templates.capitalize(templates.phrase("lede", Map.of("clause", clause,
                "stories", count(lead.articles(), "report"), "outlets", count(lead.outlets(), "outlet")))), cites));
        leadSummary = new Sentence(Templates.capitalize(Templates.fill(type.summary(), v)), cites);
        return this;
    }

    /**
     * What each side's account of the interaction raised, what both raised, and what one side left out, with the
     * other side's words quoted. Findings of any kind Readouts reports are told; an omission with sentences that
     * say so is told as reported, one without as found in the coverage.
     */
    public Brief readouts(Readouts.Comparison cmp, Clusters.Cluster talk) {
        Party a = parties.country(cmp.a());
        Party b = parties.country(cmp.b());
        String event = noun(templates.type(talk.cameo()).kind());
        List<String> talkStories = stories(talk);
        for (Party side : List.of(a, b)) {
            Set<String> topics = (side == a ? cmp.topicsA() : cmp.topicsB()).keySet();
            List<String> articles = new ArrayList<>();
            for (Readouts.Omission o : cmp.omissions()) {
                if (o.raisedBy().equals(side.code())) o.raised().forEach(s -> articles.add(s.articleId()));
            }
            for (Clusters.Mention m : talk.all()) if (m.source().equals(side.code())) articles.add(m.story());
            articles.addAll(talkStories);
            List<Integer> cites = cite(articles, 3);
            if (cites.isEmpty()) continue;
            if (topics.isEmpty()) {
                said.add(new Sentence(templates.phrase("side-silent", Map.of("side", side.seat())), cites));
            } else {
                said.add(new Sentence(templates.phrase("side-raised", Map.of("side", side.seat(), "event", event,
                        "topics", Templates.list(topics.stream().map(templates::topic).toList()))), cites));
            }
        }
        Set<String> both = new TreeSet<>(cmp.topicsA().keySet());
        both.retainAll(cmp.topicsB().keySet());
        if (!both.isEmpty()) {
            List<Integer> cites = cite(talkStories, 3);
            if (!cites.isEmpty()) said.add(new Sentence(templates.phrase("both-raised",
                    Map.of("topics", Templates.list(both.stream().map(templates::topic).toList()))), cites));
        }
        List<Readouts.Omission> omissions = new ArrayList<>(cmp.omissions());
        omissions.sort(Comparator.comparing((Readouts.Omission o) -> o.explicit().isEmpty())
                .thenComparing(o -> -o.raised().size()).thenComparing(Readouts.Omission::topic));
        int told = 0;
        for (Readouts.Omission o : omissions) {
            if (told >= MAX_OMISSIONS) break;
            Party raiser = parties.country(o.raisedBy());
            Party omitter = parties.country(o.omittedBy());
            String topic = templates.topic(o.topic());
            boolean any = false;
            if (!o.raised().isEmpty()) {
                Readouts.Statement s = o.raised().get(0);
                List<Integer> cites = cite(o.raised().stream().map(Readouts.Statement::articleId).toList(), 3);
                if (!cites.isEmpty() && s.evidence() != null) {
                    said.add(new Sentence(templates.phrase("only-raised", Map.of("side", raiser.seat(), "topic", topic,
                            "quote", quote(s.evidence(), o.topic()))), cites));
                    any = true;
                }
            }
            List<Integer> cites;
            String frame;
            if (!o.explicit().isEmpty()) {
                cites = cite(o.explicit().stream().map(Readouts.Statement::articleId).toList(), 3);
                frame = "omitted-explicit";
            } else {
                // the other side's account as the coverage carries it: the reports of the talk that give its side
                List<String> carrying = new ArrayList<>();
                for (Clusters.Mention m : talk.all()) if (m.source().equals(o.omittedBy())) carrying.add(m.story());
                carrying.addAll(talkStories);
                cites = cite(carrying, 2);
                frame = "omitted-implicit";
            }
            if (cites.isEmpty()) continue;
            said.add(new Sentence(templates.phrase(frame, Map.of("other", omitter.seat(), "topic", any ? "it" : topic)), cites));
            List<Integer> all = new ArrayList<>(new TreeSet<>(cites));
            omissionSummary.add(new Sentence(templates.phrase("summary-omission", Map.of("other", omitter.seat(), "topic", topic,
                    "side", raiser.seat())), all));
            if (headlineOmission == null) headlineOmission = omitter.seat() + "\t" + topic;
            told++;
        }
        return this;
    }

    /** Which way X leans between A and B, with its uncertainty in words, citing the articles its events come from. */
    public Brief lean(Lean.Result r, List<String> articleIds) {
        List<Integer> cites = cite(articleIds, 3);
        if (cites.isEmpty()) return this;
        Party x = parties.country(r.x());
        leanHeading = templates.phrase("heading.lean", Map.of("x", x.country()));
        if (!r.defined()) {
            String missing = r.eventsA() == 0 ? r.a() : r.b();
            leans.add(new Sentence(templates.phrase("lean-none", Map.of("x", x.country(), "missing",
                    parties.country(missing).seat())), cites));
            return this;
        }
        boolean towardA = r.difference() >= 0;
        Party to = parties.country(towardA ? r.a() : r.b());
        Party away = parties.country(towardA ? r.b() : r.a());
        Map<String, String> v = new LinkedHashMap<>();
        v.put("x", x.country());
        v.put("degree", degree(Math.abs(r.difference())));
        v.put("a", to.seat());
        v.put("b", away.seat());
        v.put("meanA", signed(towardA ? r.meanA() : r.meanB()));
        v.put("meanB", signed(towardA ? r.meanB() : r.meanA()));
        v.put("articlesA", String.valueOf(towardA ? r.articlesA() : r.articlesB()));
        v.put("articlesB", String.valueOf(towardA ? r.articlesB() : r.articlesA()));
        v.put("low", signed(towardA ? r.low() : -r.high()));
        v.put("high", signed(towardA ? r.high() : -r.low()));
        boolean firm = r.low() > 0 || r.high() < 0;
        leans.add(new Sentence(templates.phrase("lean", v), cites));
        leans.add(new Sentence(templates.phrase(firm ? "lean-firm" : "lean-thin", v), cites));
        leanSummary = new Sentence(templates.phrase(firm ? "lean-summary-firm" : "lean-summary-thin", v), cites);
        return this;
    }

    /** Other reported events, most reported first, one sentence each. */
    public Brief also(List<Clusters.Cluster> clusters) {
        for (Clusters.Cluster c : clusters) {
            if (others.size() >= MAX_ALSO) break;
            List<Integer> cites = cite(stories(c), 3);
            if (cites.isEmpty()) continue;
            String line = Templates.capitalize(Templates.fill(templates.type(c.cameo()).summary(), slots(c)));
            if (others.stream().anyMatch(s -> s.text().equals(line)) || (leadSummary != null && leadSummary.text().equals(line))) {
                continue;
            }
            others.add(new Sentence(line, cites));
        }
        return this;
    }

    /** The headline; null before {@link #story}. */
    public String headline() {
        if (headline == null) return null;
        if (headlineOmission == null) return headline;
        String[] f = headlineOmission.split("\t");
        return templates.phrase("headline-omission", Map.of("headline", headline, "side", f[0], "topic", f[1]));
    }

    public List<Sentence> lede() {
        return List.copyOf(lede);
    }

    public List<Sentence> said() {
        return List.copyOf(said);
    }

    public List<Sentence> leans() {
        return List.copyOf(leans);
    }

    public List<Sentence> others() {
        return List.copyOf(others);
    }

    /** The bullet summary: the lead event, what was left out, the lean, and the two most reported other events. */
    public List<Sentence> summary() {
        List<Sentence> out = new ArrayList<>();
        if (leadSummary != null) out.add(leadSummary);
        out.addAll(omissionSummary.subList(0, Math.min(2, omissionSummary.size())));
        if (leanSummary != null) out.add(leanSummary);
        out.addAll(others.subList(0, Math.min(2, others.size())));
        return out;
    }

    public List<Source> sources() {
        return List.copyOf(sources);
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder("# ").append(md(headline() == null ? "No reported events" : headline())).append("\n\n");
        paragraph(sb, lede);
        section(sb, templates.phrase("heading.said", Map.of()), said);
        if (leanHeading != null) section(sb, leanHeading, leans);
        section(sb, templates.phrase("heading.also", Map.of()), others);
        List<Sentence> summary = summary();
        if (!summary.isEmpty()) {
            sb.append("## ").append(templates.phrase("heading.summary", Map.of())).append("\n\n");
            for (Sentence s : summary) sb.append("- ").append(md(s.text())).append(' ').append(refs(s)).append(".\n");
            sb.append('\n');
        }
        sb.append("## ").append(templates.phrase("heading.sources", Map.of())).append("\n\n");
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String url = Html.safeHref(s.url());
            sb.append(i + 1).append(". ").append(md(outlet(s))).append(", \"").append(md(title(s))).append("\", ")
                    .append(s.date() == null ? "undated" : s.date().toString())
                    .append(url == null ? "" : ", <" + url + ">").append('\n');
        }
        return sb.toString();
    }

    public String html() {
        String h = headline() == null ? "No reported events" : headline();
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.text(h)).append("</title></head><body>\n<h1>").append(Html.text(h)).append("</h1>\n");
        htmlParagraph(sb, lede);
        htmlSection(sb, templates.phrase("heading.said", Map.of()), said);
        if (leanHeading != null) htmlSection(sb, leanHeading, leans);
        htmlSection(sb, templates.phrase("heading.also", Map.of()), others);
        List<Sentence> summary = summary();
        if (!summary.isEmpty()) {
            sb.append("<h2>").append(Html.text(templates.phrase("heading.summary", Map.of()))).append("</h2>\n<ul>\n");
            for (Sentence s : summary) sb.append("<li>").append(Html.text(s.text())).append(' ').append(links(s)).append(".</li>\n");
            sb.append("</ul>\n");
        }
        sb.append("<h2>").append(Html.text(templates.phrase("heading.sources", Map.of()))).append("</h2>\n<ol>\n");
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String url = Html.safeHref(s.url());
            sb.append("<li id=\"s").append(i + 1).append("\">").append(Html.text(outlet(s))).append(", ");
            if (url != null) sb.append("<a href=\"").append(Html.text(url)).append("\" rel=\"noopener noreferrer\">");
            sb.append(Html.text(title(s)));
            if (url != null) sb.append("</a>");
            sb.append(", ").append(s.date() == null ? "undated" : s.date().toString()).append("</li>\n");
        }
        return sb.append("</ol>\n</body></html>\n").toString();
    }

    /**
     * Tells symmetric events (calls, talks, agreements) with the sides in this order ("Lee and Xi" for
     * KOR,CHN); without it, and for a one-way act such as a visit, from the best report's point of view.
     */
    public Brief perspective(List<String> sides) {
        this.perspective = List.copyOf(sides);
        return this;
    }

    // ---- composing

    /** The slots of an event's templates: its parties in full and short, its day. */
    private Map<String, String> slots(Clusters.Cluster c) {
        // a symmetric event is told in the reader's order of the sides, else from its best report's point of view; so
        // is a one-way act of a symmetric root, whose words say who did it to whom ("Xi visited South Korea")
        int i = perspective.indexOf(c.source());
        int j = perspective.indexOf(c.target());
        boolean mutual = templates.type(c.cameo()).mutual();
        String first = !c.symmetric() ? c.source()
                : mutual && i >= 0 && j >= 0 ? (i < j ? c.source() : c.target()) : c.best().source();
        String second = first.equals(c.source()) ? c.target() : c.source();
        Party pa = parties.in(c, first);
        Party pb = parties.in(c, second);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("a", pa.full());
        v.put("b", pb.full());
        v.put("a.short", pa.brief());
        v.put("b.short", pb.brief());
        v.put("date", c.first().format(DAY));
        return v;
    }

    private String noun(String kind) {
        try {
            return templates.phrase("noun." + kind, Map.of());
        } catch (IllegalStateException e) {
            return templates.phrase("noun.default", Map.of());
        }
    }

    private static List<String> stories(Clusters.Cluster c) {
        List<String> out = new ArrayList<>();
        // the best report first, then original stories before copies
        out.add(c.best().story());
        for (Clusters.Mention m : c.all()) out.add(m.story());
        return out;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String degree(double gap) {
        if (gap < 0.5) return "barely";
        if (gap < 1.5) return "slightly";
        if (gap < 3) return "markedly";
        return "strongly";
    }

    private static String signed(double d) {
        return String.format(Locale.ROOT, "%+.1f", d);
    }

    /**
     * A short quotation from a sentence around the topic's word: at most 24 words, elided with "…" where cut;
     * double quotes inside become single ones.
     */
    static String quote(String evidence, String topicKey) {
        String[] words = evidence.strip().replace('"', '\'').replace('“', '\'').replace('”', '\'').split("\\s+");
        String stem = topicKey.replace('_', ' ').split(" ")[0].toLowerCase(Locale.ROOT);
        stem = stem.substring(0, Math.min(6, stem.length()));
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].toLowerCase(Locale.ROOT).contains(stem)) {
                at = i;
                break;
            }
        }
        int from = Math.max(0, Math.min(at - 12, words.length - 24));
        int to = Math.min(words.length, from + 24);
        String q = String.join(" ", java.util.Arrays.asList(words).subList(from, to));
        if (to == words.length) q = q.replaceAll("[.!?]+$", "");
        return (from > 0 ? "…" : "") + q + (to < words.length ? "…" : "");
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

    // ---- rendering

    private static void paragraph(StringBuilder sb, List<Sentence> sentences) {
        if (sentences.isEmpty()) return;
        List<String> parts = new ArrayList<>();
        for (Sentence s : sentences) parts.add(md(s.text()) + " " + refs(s) + ".");
        sb.append(String.join(" ", parts)).append("\n\n");
    }

    private static void section(StringBuilder sb, String heading, List<Sentence> sentences) {
        if (sentences.isEmpty()) return;
        sb.append("## ").append(md(heading)).append("\n\n");
        paragraph(sb, sentences);
    }

    private static void htmlParagraph(StringBuilder sb, List<Sentence> sentences) {
        if (sentences.isEmpty()) return;
        sb.append("<p>");
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            sb.append(i == 0 ? "" : " ").append(Html.text(s.text())).append(' ').append(links(s)).append('.');
        }
        sb.append("</p>\n");
    }

    private static void htmlSection(StringBuilder sb, String heading, List<Sentence> sentences) {
        if (sentences.isEmpty()) return;
        sb.append("<h2>").append(Html.text(heading)).append("</h2>\n");
        htmlParagraph(sb, sentences);
    }

    private static String outlet(Source s) {
        return s.outlet() == null ? "unknown outlet" : s.outlet();
    }

    private static String title(Source s) {
        return s.title() == null ? s.articleId() : s.title();
    }

    private static String refs(Sentence s) {
        StringBuilder sb = new StringBuilder();
        for (int n : s.citations()) sb.append('[').append(n).append(']');
        return sb.toString();
    }

    private static String links(Sentence s) {
        StringBuilder sb = new StringBuilder();
        for (int n : s.citations()) sb.append("<a href=\"#s").append(n).append("\">[").append(n).append("]</a>");
        return sb.toString();
    }

    /**
     * Text for Markdown: angle brackets and ampersands as entities, so a title holding markup is shown, not
     * rendered, by a Markdown viewer; brackets as look-alikes are not needed since citations follow the text.
     */
    private static String md(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
