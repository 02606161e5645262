package readout.app.eval;

import readout.app.eval.Evaluation.Score;

import readout.core.Resources;
import readout.core.learn.TopicMatcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores topic tagging against a labelled file ({@code eval/topics.tsv}: id, split, topics, sentence): the regex
 * lexicon alone beside regex OR prototype cosine, per (sentence, topic) over the topics that have prototypes.
 * The threshold is chosen on the dev half; figures worth quoting are the test half's.
 */
public final class TopicEvaluation {
    /** Thresholds and margins tried on the dev half, in hundredths. */
    static final int THRESHOLD_FROM = 30, THRESHOLD_TO = 70, MARGIN_FROM = 0, MARGIN_TO = 40;

    /** One labelled sentence, with the topics the regex finds and its cosine to each topic's prototypes. */
    public record Item(String id, String split, Set<String> gold, String text, Set<String> regex,
                       Map<String, Double> similarity) {
        /** Topics tagged by regex OR by the semantic rule at a threshold and margin. */
        public Set<String> tagged(double threshold, double margin) {
            Set<String> out = new LinkedHashSet<>(regex);
            out.addAll(TopicMatcher.semantic(similarity, threshold, margin));
            return out;
        }
    }


    /** Dev figures at one threshold and margin. */
    public record Step(double threshold, double margin, Score dev) {
    }

    /**
     * The whole result: regex alone and regex+semantic on each half at the matcher's threshold and margin, and the
     * dev setting recommended: the best dev F1 whose dev precision is no lower than the regex's alone (ties to the
     * stricter setting).
     */
    public record Report(String sha256, int records, long bytes, Set<String> topics, double threshold, double margin, Score regexDev,
                         Score semanticDev, Score regexTest, Score semanticTest, List<Step> sweep, Step recommended,
                         List<Item> items) {
    }

    private TopicEvaluation() {
    }

    public static Report run(Path file, TopicMatcher matcher) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Set<String> topics = matcher.semanticTopics();
        List<Item> items = new ArrayList<>();
        List<String> lines = Resources.lines(bytes);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            String where = file + ":" + n + ": ";
            if (f.length != 4) throw new IllegalArgumentException(where + "expected 4 tab-separated fields (id, split, topics, sentence), got " + f.length);
            if (!f[1].equals("dev") && !f[1].equals("test")) throw new IllegalArgumentException(where + "split must be dev or test, not '" + f[1] + "'");
            Set<String> gold = new LinkedHashSet<>();
            if (!f[2].equals("-")) {
                for (String t : f[2].split(";")) {
                    if (!topics.contains(t)) throw new IllegalArgumentException(where + "topic '" + t + "' has no prototypes " + topics);
                    gold.add(t);
                }
            }
            Set<String> regex = new LinkedHashSet<>(matcher.tagByRegex(f[3]));
            regex.retainAll(topics);
            items.add(new Item(f[0], f[1], gold, f[3], regex, matcher.similarity(f[3])));
        }
        List<Item> dev = items.stream().filter(i -> i.split().equals("dev")).toList();
        List<Item> test = items.stream().filter(i -> i.split().equals("test")).toList();
        Score regexDev = score(dev, 2, 2);
        List<Step> sweep = new ArrayList<>();
        Step best = null;
        for (int t = THRESHOLD_FROM; t <= THRESHOLD_TO; t++) {
            for (int m = MARGIN_FROM; m <= MARGIN_TO; m++) {
                Step s = new Step(t / 100.0, m / 100.0, score(dev, t / 100.0, m / 100.0));
                sweep.add(s);
                if (s.dev().precision() >= regexDev.precision() && (best == null || s.dev().f1() >= best.dev().f1())) best = s;
            }
        }
        double t = matcher.threshold();
        double m = matcher.margin();
        return new Report(HexFormat.of().formatHex(Resources.sha256().digest(bytes)), items.size(), bytes.length, topics, t, m,
                regexDev, score(dev, t, m), score(test, 2, 2), score(test, t, m), sweep, best, items);
    }

    /** Scores items at a threshold and margin; a threshold above 1 leaves the regex alone. */
    static Score score(List<Item> items, double threshold, double margin) {
        int tp = 0, fp = 0, fn = 0;
        for (Item i : items) {
            Set<String> got = i.tagged(threshold, margin);
            for (String g : got) if (i.gold().contains(g)) tp++; else fp++;
            for (String g : i.gold()) if (!got.contains(g)) fn++;
        }
        return new Score(tp, fp, fn);
    }
}
