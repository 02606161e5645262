package readout.analysis.brief;

import org.junit.jupiter.api.Test;
import readout.analysis.cluster.Clusters;
import readout.analysis.readouts.Readouts;
import readout.analysis.relations.Lean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefTest {
    private static final Map<String, Party> COUNTRIES = Map.of(
            "KOR", Party.country("KOR", "South Korea", "South Korean", "Seoul"),
            "CHN", Party.country("CHN", "China", "Chinese", "Beijing"),
            "PRK", Party.country("PRK", "North Korea", "North Korean", "Pyongyang"));

    /** Parties as the knowledge base would give them: Lee and Xi, presidents, for the Lee–Xi events. */
    private static final Parties PARTIES = new Parties() {
        @Override
        public Party country(String code) {
            return COUNTRIES.get(code);
        }

        @Override
        public Party in(Clusters.Cluster event, String code) {
            return switch (code) {
                case "KOR" -> country(code).with("Lee Jae-myung", "Lee", "president");
                case "CHN" -> country(code).with("Xi Jinping", "Xi", "president");
                default -> country(code);
            };
        }
    };

    private static final Map<String, Brief.Source> KNOWN = Map.of(
            "a1", new Brief.Source("a1", "Han River Herald", "Lee calls Xi", "https://h.example/1", LocalDate.parse("2025-06-10")),
            "a2", new Brief.Source("a2", "Beijing Evening Wire", "Xi speaks with Lee", null, LocalDate.parse("2025-06-10")),
            "a3", new Brief.Source("a3", "Pacific Dispatch", "Two versions of one call", "javascript:alert(1)",
                    LocalDate.parse("2025-06-11")));

    private static Clusters.Mention m(String id, String story, String day, String src, String tgt, String cameo) {
        return new Clusters.Mention(id, story, story, "Outlet " + story, LocalDate.parse(day), src, tgt, cameo, true, Set.of(),
                "Evidence for " + id + ".");
    }

    private static List<Clusters.Cluster> clusters() {
        return Clusters.of(List.of(
                m("e1", "a1", "2025-06-10", "KOR", "CHN", "041"), m("e2", "a2", "2025-06-10", "CHN", "KOR", "041"),
                m("e3", "a3", "2025-06-11", "KOR", "CHN", "041"), m("e4", "ghost", "2025-07-01", "PRK", "KOR", "111"),
                m("e5", "a2", "2025-06-10", "KOR", "CHN", "0211")));
    }

    private static Readouts.Statement st(String side, String article, String text, Set<String> topics, boolean negated) {
        return new Readouts.Statement(side, true, topics, negated, article, "Outlet " + article, text);
    }

    private static Brief full() {
        List<Clusters.Cluster> cs = clusters();
        Clusters.Cluster call = cs.stream().filter(c -> c.cameo().equals("041")).findFirst().orElseThrow();
        Readouts.Comparison cmp = Readouts.compare("KOR", "CHN", List.of(
                st("KOR", "a1", "Lee asked Xi to play a constructive role in the denuclearization of the peninsula, the presidential office said.",
                        Set.of("denuclearization", "trade"), false),
                st("CHN", "a2", "Xi said the two sides should deepen trade and uphold free trade, Xinhua reported.", Set.of("trade"), false),
                // an implicit omission needs real content on the silent side: two attributed statements (Readouts)
                st("CHN", "a2", "Xi said the two countries should keep supply chains stable, Xinhua said.", Set.of("trade"), false)));
        Lean.Result lean = Lean.of("CHN", "KOR", "PRK", List.of(
                new Lean.Observation("a1", true, 3.0, "2025-06"), new Lean.Observation("a2", true, 1.0, "2025-06"),
                new Lean.Observation("a3", false, 2.0, "2025-06"), new Lean.Observation("a2", false, -1.0, "2025-06")), 7L);
        return new Brief(Templates.builtIn(), KNOWN::get, PARTIES).story(call).readouts(cmp, call)
                .lean(lean, List.of("a1", "a2", "a3")).also(cs.stream().filter(c -> c != call).toList());
    }

    @Test
    void lede_names_the_leaders_with_their_titles_and_counts_the_reports() {
        Brief b = full();
        assertEquals("Lee and Xi speak by phone; Beijing's account leaves out denuclearization of the Korean Peninsula", b.headline());
        String lede = b.lede().get(0).text();
        assertTrue(lede.startsWith("South Korean President Lee Jae-myung and Chinese President Xi Jinping spoke by phone on 10 June 2025"
                + ", according to 3 reports carried by 3 outlets"), lede);
    }

    @Test
    void an_omission_quotes_the_side_that_raised_it_and_cites_the_side_that_left_it_out() {
        String said = String.join(" | ", full().said().stream().map(Brief.Sentence::text).toList());
        assertTrue(said.contains("Only Seoul's account raised denuclearization of the Korean Peninsula, in words such as"
                + " \"Lee asked Xi to play a constructive role in the denuclearization"), said);
        assertTrue(said.contains("Beijing's account, as reported, does not mention it"), said);
        assertTrue(said.contains("Both accounts spoke of trade"), said);
    }

    @Test
    void a_visit_is_told_by_who_visited_whatever_the_readers_order() {
        // the reader asked for KOR,CHN; Xi visited South Korea, and the hosting is South Korea's
        List<Clusters.Cluster> cs = Clusters.of(List.of(m("v1", "a1", "2025-10-30", "CHN", "KOR", "042"),
                m("v2", "a2", "2025-10-30", "CHN", "KOR", "042"), m("v3", "a3", "2025-10-30", "KOR", "CHN", "043")));
        Brief b = new Brief(Templates.builtIn(), KNOWN::get, PARTIES).perspective(List.of("KOR", "CHN")).also(cs);
        String also = String.join(" | ", b.others().stream().map(Brief.Sentence::text).toList());
        assertTrue(also.startsWith("Xi visited Lee on 30 October 2025"), also);
    }

    @Test
    void an_explicit_omission_is_told_as_reported() {
        Clusters.Cluster call = clusters().get(0);
        Readouts.Comparison cmp = Readouts.compare("KOR", "CHN", List.of(
                st("CHN", "a3", "Beijing's statement did not mention denuclearization.", Set.of("denuclearization"), true)));
        Brief b = new Brief(Templates.builtIn(), KNOWN::get, PARTIES).story(call).readouts(cmp, call);
        String said = String.join(" | ", b.said().stream().map(Brief.Sentence::text).toList());
        assertTrue(said.contains("Reports note that Beijing's account left denuclearization of the Korean Peninsula out"), said);
    }

    @Test
    void a_lean_whose_interval_spans_zero_is_called_thin() {
        List<Brief.Sentence> lean = full().leans();
        assertEquals(2, lean.size());
        assertTrue(lean.get(0).text().startsWith("China leans "), lean.get(0).text());
        assertTrue(lean.get(0).text().contains("toward Seoul rather than Pyongyang"), lean.get(0).text());
        assertTrue(lean.get(1).text().startsWith("But the evidence is thin: the 95% interval for the gap runs from "), lean.get(1).text());
    }

    @Test
    void a_firm_lean_toward_the_second_side_is_told_from_that_side() {
        List<Lean.Observation> obs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            obs.add(new Lean.Observation("k" + i, true, -4.0 + (i % 3), "2025-06"));
            obs.add(new Lean.Observation("p" + i, false, 5.0 + (i % 2), "2025-06"));
        }
        Brief b = new Brief(Templates.builtIn(), id -> new Brief.Source(id, "O", "T", null, null), PARTIES)
                .lean(Lean.of("CHN", "KOR", "PRK", obs, 3L), List.of("k1", "p1"));
        assertTrue(b.leans().get(0).text().startsWith("China leans strongly toward Pyongyang rather than Seoul"), b.leans().get(0).text());
        assertTrue(b.leans().get(1).text().startsWith("The evidence holds"), b.leans().get(1).text());
    }

    @Test
    void every_sentence_cites_listed_sources_and_uncitable_events_are_left_out() {
        Brief b = full();
        String md = b.markdown();
        assertFalse(md.contains("North Korea criticised"), "the event with no citable source must not be written:\n" + md);
        int sources = b.sources().size();
        Pattern cite = Pattern.compile("\\[(\\d+)]");
        List<Brief.Sentence> all = new ArrayList<>(b.lede());
        all.addAll(b.said());
        all.addAll(b.leans());
        all.addAll(b.others());
        all.addAll(b.summary());
        for (Brief.Sentence s : all) {
            assertFalse(s.citations().isEmpty(), "uncited: " + s.text());
            for (int n : s.citations()) assertTrue(n >= 1 && n <= sources, "[" + n + "] not among " + sources + " sources");
        }
        Matcher m = cite.matcher(md.substring(0, md.indexOf("## Sources")));
        while (m.find()) assertTrue(Integer.parseInt(m.group(1)) <= sources, md);
        assertTrue(md.contains("## In brief\n\n- Lee and Xi spoke by phone on 10 June 2025 [1][2][3]."), md);
    }

    @Test
    void html_writes_only_http_links_and_escapes_every_text() {
        Clusters.Cluster call = clusters().get(0);
        Map<String, Brief.Source> hostile = Map.of(
                "a1", new Brief.Source("a1", "<b>Herald</b>", "Lee <script>alert('x')</script> calls", "javascript:alert(1)", null),
                "a2", new Brief.Source("a2", "Wire & Co", "\"quoted\" title", "data:text/html;base64,PHNjcmlwdD4=", null),
                "a3", new Brief.Source("a3", "Dispatch", "Fine", "https://ok.example/a?b=1&c=2", null));
        String html = new Brief(Templates.builtIn(), hostile::get, PARTIES).story(call).html();
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("data:text"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("Lee &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; calls"), html);
        assertTrue(html.contains("&lt;b&gt;Herald&lt;/b&gt;"), html);
        assertTrue(html.contains("Wire &amp; Co, &quot;quoted&quot; title"), html);
        assertTrue(html.contains("<a href=\"https://ok.example/a?b=1&amp;c=2\""), html);
    }

    @Test
    void only_absolute_http_urls_are_links() {
        assertEquals("https://a.example/x", Html.safeHref(" https://a.example/x "));
        assertEquals("HTTP://A.example/", Html.safeHref("HTTP://A.example/"));
        for (String bad : new String[]{"javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,x",
                "vbscript:x", "//evil.example/x", "/relative", "https://", "http://a.example/\"onmouseover=x", "file:///etc/passwd", ""}) {
            assertNull(Html.safeHref(bad), bad);
        }
    }

    @Test
    void every_cameo_root_has_words_and_a_topic_with_no_row_reads_as_words() {
        Templates t = Templates.builtIn();
        for (int root = 1; root <= 20; root++) {
            String code = String.format("%02d0", root);
            assertFalse(t.type(code).lede().isBlank(), code);
        }
        assertEquals("phone-call", t.type("041").kind());
        assertEquals("talks", t.type("040").kind());
        assertEquals("sanctions", t.type("1661").kind());
        assertEquals("supply chains", t.topic("supply_chains"));
    }

    @Test
    void a_template_file_missing_a_root_is_refused_with_the_fix() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Templates.parse("event\tphone-call\t041\th\tl\ts\n", "mine.tsv"));
        assertTrue(e.getMessage().contains("no event row covers CAMEO root 01"), e.getMessage());
    }
}
