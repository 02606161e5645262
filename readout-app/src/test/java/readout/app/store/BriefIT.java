package readout.app.store;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.ExampleStore;
import readout.app.cli.Main;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The brief over the example corpus, ingested once into a real DuckDB file: a headline, a lede, the two accounts
 * compared, the lean in words, a bullet summary; every sentence cited, every citation a listed source, and no
 * CAMEO codebook label anywhere.
 */
class BriefIT {
    private static final Pattern CITES = Pattern.compile("(\\[\\d+])+\\.$");
    private static final Pattern CITE = Pattern.compile("\\[(\\d+)]");

    @TempDir
    static Path dir;
    static String md;
    static String html;

    @BeforeAll
    static void ingestTheExamplesAndWriteBothBriefs() throws Exception {
        Path db = ExampleStore.copyInto(dir);
        Path out = dir.resolve("brief.md");
        assertEquals(0, Main.run("brief", "--actors", "KOR,CHN", "--lean", "CHN,KOR,PRK", "--db", db.toString(), "--out",
                out.toString()));
        md = Files.readString(out);
        Path outHtml = dir.resolve("brief.html");
        assertEquals(0, Main.run("brief", "--actors", "KOR,CHN", "--lean", "CHN,KOR,PRK", "--format", "html", "--db",
                db.toString(), "--out", outHtml.toString()));
        html = Files.readString(outHtml);
    }

    /** The body's sentences: quotations set aside, split where a sentence ends and a capital or quote follows. */
    static List<String> sentences(String markdown) {
        List<String> out = new ArrayList<>();
        String body = markdown.substring(markdown.indexOf('\n'), markdown.indexOf("\n## Sources"));
        for (String block : body.split("\n\n")) {
            block = block.strip();
            if (block.isEmpty() || block.startsWith("## ")) continue;
            for (String line : block.split("\n")) {
                String text = line.startsWith("- ") ? line.substring(2) : line;
                text = text.replaceAll("\"[^\"]*\"", "\"Q\"");
                for (String s : text.split("(?<=[.!?])\\s+(?=[A-Z\"])")) out.add(s.strip());
            }
        }
        return out;
    }

    static int sourceCount(String markdown) {
        String list = markdown.substring(markdown.indexOf("\n## Sources"));
        return (int) list.lines().filter(l -> l.matches("\\d+\\. .*")).count();
    }

    @Test
    void every_sentence_of_the_brief_cites_a_listed_source() {
        int sources = sourceCount(md);
        assertTrue(sources > 0, md);
        List<String> sentences = sentences(md);
        assertTrue(sentences.size() >= 8, "a brief of a few paragraphs is expected:\n" + md);
        for (String s : sentences) {
            assertTrue(CITES.matcher(s).find(), "sentence without a citation: " + s + "\n\n" + md);
            Matcher m = CITE.matcher(s);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                assertTrue(n >= 1 && n <= sources, "citation [" + n + "] is not among " + sources + " sources: " + s);
            }
        }
        // every listed source is cited somewhere
        for (int n = 1; n <= sources; n++) assertTrue(md.contains("[" + n + "]"), "source " + n + " is never cited:\n" + md);
    }

    @Test
    void the_brief_reads_like_an_article_headline_lede_accounts_lean_summary() {
        String[] lines = md.split("\n");
        assertTrue(lines[0].startsWith("# Lee and Xi speak by phone"), lines[0]);
        assertTrue(lines[2].startsWith("South Korean President Lee Jae-myung and Chinese President Xi Jinping spoke by phone on"
                + " 10 June 2025, according to "), lines[2]);
        assertTrue(md.contains("## What each side said"), md);
        assertTrue(md.contains("Beijing's account") && md.contains("denuclearization"), md);
        assertTrue(md.contains("## Which way China leans\n\nChina leans "), md);
        assertTrue(md.contains("95% interval for the gap runs from "), md);
        String summary = md.substring(md.indexOf("## In brief"), md.indexOf("## Sources"));
        long bullets = summary.lines().filter(l -> l.startsWith("- ")).count();
        assertTrue(bullets >= 3 && bullets <= 7, summary);
    }

    /**
     * Every label of the pinned CAMEO table is absent from both briefs. Labels of two words or more are sought
     * case-insensitively as phrases; one-word labels ("CONSULT", "Mediate", "Veto") as the codebook writes them,
     * since the plain word may fairly occur in prose or in a quoted report. The codebook's ", not specified
     * below" is sought on its own too.
     */
    @Test
    void no_cameo_codebook_label_reaches_the_reader() throws Exception {
        Map<String, String> labels = new LinkedHashMap<>();
        try (InputStream in = BriefIT.class.getClassLoader().getResourceAsStream("ontology/cameo-goldstein.tsv")) {
            assertNotNull(in, "the pinned CAMEO table is not on the class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (f.length < 4 || !f[0].strip().matches("\\d{2,4}")) continue;
                labels.put(f[0].strip(), f[1].strip().replaceAll("[.\\s]+$", ""));
            }
        }
        assertTrue(labels.size() > 250, "CAMEO labels read: " + labels.size());
        String textOfHtml = html.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        for (String brief : List.of(md, textOfHtml)) {
            assertFalse(brief.toLowerCase(Locale.ROOT).contains("not specified below"), brief);
            for (var e : labels.entrySet()) {
                String label = e.getValue();
                boolean oneWord = !label.contains(" ");
                Pattern p = oneWord ? Pattern.compile("\\b" + Pattern.quote(label) + "\\b")
                        : Pattern.compile("\\b" + Pattern.quote(label) + "\\b", Pattern.CASE_INSENSITIVE);
                Matcher m = p.matcher(brief);
                assertFalse(m.find(), "CAMEO label " + e.getKey() + " \"" + label + "\" in the brief:\n" + brief);
            }
        }
    }

    @Test
    void the_html_brief_links_citations_to_its_numbered_sources() {
        int sources = sourceCount(md);
        for (int n = 1; n <= sources; n++) {
            assertTrue(html.contains("<li id=\"s" + n + "\">"), "source " + n + " missing from the HTML brief");
            assertTrue(html.contains("<a href=\"#s" + n + "\">[" + n + "]</a>"), "citation " + n + " missing from the HTML brief");
        }
        assertFalse(html.contains("<script"), html);
    }

    /** The brief is written from events, not lifted from the reference article (skipped when it is absent). */
    @Test
    void no_sentence_of_the_reference_article_is_copied() throws Exception {
        Path ref = Path.of("..", "..", "shared", "reference", "lee-xi-call.txt");
        if (!Files.exists(ref)) ref = Path.of("/work/shared/reference/lee-xi-call.txt");
        Assumptions.assumeTrue(Files.isRegularFile(ref), "reference article not present: " + ref);
        String brief = md.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (String sentence : Files.readString(ref).split("(?<=[.!?])\\s+|\n")) {
            String[] words = sentence.toLowerCase(Locale.ROOT).replaceAll("\\[\\d+]", "").strip().split("\\s+");
            for (int i = 0; i + 8 <= words.length; i++) {
                String run = String.join(" ", List.of(words).subList(i, i + 8));
                assertFalse(brief.contains(run), "the brief copies the reference article: \"" + run + "\"");
            }
        }
    }
}
