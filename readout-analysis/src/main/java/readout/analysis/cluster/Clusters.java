package readout.analysis.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups event mentions into real-world events. Two mentions are one event when they concern the same
 * dyad (in either direction for symmetric events — consultations, agreements, cooperation — in their
 * direction otherwise), have the same CAMEO root, fall within a day of each other, and — except for
 * consultations, whose two accounts differ by design — share a topic when both name one. Counts are recomputed from everything stored, so they grow as reports arrive; a
 * syndicated copy adds a mention but not an article.
 */
public final class Clusters {
    /** Days apart that still make one event (calls and meetings are reported the next day). */
    public static final int WINDOW_DAYS = 1;

    /** One mention of an event in one article. */
    public record Mention(String eventId, String story, String articleId, String outlet, LocalDate day, String source,
                          String target, String cameo, boolean asserted, Set<String> topics, String evidence) {
    }

    /** One real-world event and its reports. */
    public record Cluster(String source, String target, String root, String cameo, boolean symmetric, LocalDate first,
                          LocalDate last, int mentions, int articles, int outlets, Set<String> topics, Mention best,
                          List<Mention> all) {
    }

    private Clusters() {
    }

    /** Roots whose events are symmetric: consult (04), agree (03), diplomatic and material cooperation (05, 06). */
    static boolean symmetric(String root) {
        return root.equals("03") || root.equals("04") || root.equals("05") || root.equals("06");
    }

    public static List<Cluster> of(List<Mention> mentions) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.day() == null || m.target() == null) continue;
            String root = m.cameo().substring(0, 2);
            boolean sym = symmetric(root);
            String a = sym && m.source().compareTo(m.target()) > 0 ? m.target() : m.source();
            String b = a.equals(m.source()) ? m.target() : m.source();
            byKey.computeIfAbsent(a + ">" + b + ":" + root, k -> new ArrayList<>()).add(m);
        }
        List<Cluster> out = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            List<Mention> ms = new ArrayList<>(e.getValue());
            ms.sort(Comparator.comparing(Mention::day));
            List<List<Mention>> groups = new ArrayList<>();
            for (Mention m : ms) {
                List<Mention> home = null;
                for (List<Mention> g : groups) {
                    Mention lastOf = g.get(g.size() - 1);
                    boolean sameTalk = parts(e.getKey())[2].equals("04"); // the two sides' accounts of one call
                    if (!m.day().isAfter(lastOf.day().plusDays(WINDOW_DAYS)) && (sameTalk || topicsAgree(g, m))) {
                        home = g;
                        break;
                    }
                }
                if (home == null) groups.add(home = new ArrayList<>());
                home.add(m);
            }
            String[] key = parts(e.getKey());
            for (List<Mention> g : groups) out.add(cluster(key[0], key[1], key[2], g));
        }
        out.sort(Comparator.comparingInt(Cluster::articles).reversed().thenComparing(Cluster::mentions, Comparator.reverseOrder())
                .thenComparing(Cluster::first));
        return out;
    }

    private static String[] parts(String key) {
        return key.split("[>:]");
    }

    /**
     * A mention joins a group unless both name topics and they share none. Consultations are exempt: each
     * side's account of one call or meeting names its own topics, which is what readouts compare.
     */
    private static boolean topicsAgree(List<Mention> group, Mention m) {
        if (m.topics().isEmpty()) return true;
        Set<String> seen = new HashSet<>();
        for (Mention g : group) seen.addAll(g.topics());
        if (seen.isEmpty()) return true;
        for (String t : m.topics()) if (seen.contains(t)) return true;
        return false;
    }

    private static Cluster cluster(String a, String b, String root, List<Mention> g) {
        Set<String> stories = new HashSet<>();
        Set<String> outlets = new HashSet<>();
        Set<String> topics = new java.util.TreeSet<>();
        Map<String, Integer> codes = new HashMap<>();
        for (Mention m : g) {
            stories.add(m.story());
            if (m.outlet() != null) outlets.add(m.outlet());
            topics.addAll(m.topics());
            codes.merge(m.cameo(), 1, Integer::sum);
        }
        String cameo = codes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        // the best evidence: an asserted mention of the cluster's own code from an original story, earliest first
        Mention best = g.stream().min(Comparator.comparing((Mention m) -> !m.asserted())
                .thenComparing(m -> !m.cameo().equals(cameo))
                .thenComparing(m -> !m.story().equals(m.articleId())).thenComparing(Mention::day)
                .thenComparing(Mention::eventId)).orElseThrow();
        return new Cluster(a, b, root, cameo, symmetric(root), g.get(0).day(), g.get(g.size() - 1).day(), g.size(),
                stories.size(), outlets.size(), topics, best, List.copyOf(g));
    }
}
