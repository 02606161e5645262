package readout.analysis.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Which of two countries A and B a country X is closer to: the difference of the mean Goldstein scores of
 * X↔A and X↔B events, with a 95% bootstrap confidence interval that resamples articles (events of one
 * article rise and fall together, so articles, not events, are the independent draws). The verdict says
 * "uncertain" when the interval includes zero. Pure and deterministic for a given seed.
 */
public final class Lean {
    /** Bootstrap resamples. */
    public static final int RESAMPLES = 2_000;

    /** One event between X and one of the two sides. */
    public record Observation(String articleId, boolean sideA, double goldstein, String month) {
    }

    /** The lean over a set of observations. */
    public record Result(String x, String a, String b, double meanA, double meanB, double difference, double low,
                         double high, int eventsA, int eventsB, int articlesA, int articlesB, String verdict) {

        public boolean defined() {
            return eventsA > 0 && eventsB > 0;
        }
    }

    /** The lean in one month, and how far it moved from the month before. */
    public record Month(String month, Result lean, Double shift) {
    }

    private Lean() {
    }

    public static Result of(String x, String a, String b, List<Observation> obs, long seed) {
        int ea = 0;
        int eb = 0;
        Map<String, double[]> byArticle = new LinkedHashMap<>(); // {sumA, nA, sumB, nB}
        for (Observation o : obs) {
            double[] s = byArticle.computeIfAbsent(o.articleId(), k -> new double[4]);
            if (o.sideA()) {
                s[0] += o.goldstein();
                s[1]++;
                ea++;
            } else {
                s[2] += o.goldstein();
                s[3]++;
                eb++;
            }
        }
        List<double[]> articles = new ArrayList<>(byArticle.values());
        int aa = (int) articles.stream().filter(s -> s[1] > 0).count();
        int ab = (int) articles.stream().filter(s -> s[3] > 0).count();
        double[] point = means(articles, null);
        if (ea == 0 || eb == 0) {
            String missing = ea == 0 ? a : b;
            return new Result(x, a, b, point[0], point[1], Double.NaN, Double.NaN, Double.NaN, ea, eb, aa, ab,
                    "no verdict: no " + x + "–" + missing + " events in the period");
        }
        double diff = point[0] - point[1];
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] diffs = new double[RESAMPLES];
        int n = 0;
        int[] draw = new int[articles.size()];
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < draw.length; i++) draw[i] = rnd.nextInt(draw.length);
            double[] m = means(articles, draw);
            if (!Double.isNaN(m[0]) && !Double.isNaN(m[1])) diffs[n++] = m[0] - m[1];
        }
        double[] sorted = java.util.Arrays.copyOf(diffs, n);
        java.util.Arrays.sort(sorted);
        double low = sorted[(int) Math.floor(0.025 * (n - 1))];
        double high = sorted[(int) Math.ceil(0.975 * (n - 1))];
        String verdict;
        if (low > 0) verdict = String.format(Locale.ROOT, "%s leans toward %s", x, a);
        else if (high < 0) verdict = String.format(Locale.ROOT, "%s leans toward %s", x, b);
        else verdict = String.format(Locale.ROOT, "uncertain: the 95%% interval includes zero (%s leans %s on the point estimate)",
                    x, diff >= 0 ? "toward " + a : "toward " + b);
        return new Result(x, a, b, point[0], point[1], diff, low, high, ea, eb, aa, ab, verdict);
    }

    /** Mean Goldstein for side A and side B over the articles drawn (all when {@code draw} is null). */
    private static double[] means(List<double[]> articles, int[] draw) {
        double sa = 0, na = 0, sb = 0, nb = 0;
        int count = draw == null ? articles.size() : draw.length;
        for (int i = 0; i < count; i++) {
            double[] s = articles.get(draw == null ? i : draw[i]);
            sa += s[0];
            na += s[1];
            sb += s[2];
            nb += s[3];
        }
        return new double[]{na == 0 ? Double.NaN : sa / na, nb == 0 ? Double.NaN : sb / nb};
    }

    /** The lean month by month (months with events on both sides), each with its shift from the month before. */
    public static List<Month> byMonth(String x, String a, String b, List<Observation> obs, long seed) {
        Map<String, List<Observation>> months = new TreeMap<>();
        for (Observation o : obs) months.computeIfAbsent(o.month(), k -> new ArrayList<>()).add(o);
        List<Month> out = new ArrayList<>();
        Double previous = null;
        for (var e : months.entrySet()) {
            Result r = of(x, a, b, e.getValue(), seed);
            if (!r.defined()) continue;
            out.add(new Month(e.getKey(), r, previous == null ? null : r.difference() - previous));
            previous = r.difference();
        }
        return out;
    }

    /** The months whose lean moved most from the month before, largest first. */
    public static List<Month> biggestShifts(List<Month> months, int n) {
        return months.stream().filter(m -> m.shift() != null)
                .sorted(Comparator.comparingDouble((Month m) -> -Math.abs(m.shift()))).limit(n).toList();
    }
}
