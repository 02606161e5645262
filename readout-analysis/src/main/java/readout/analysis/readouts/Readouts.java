package readout.analysis.readouts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the two sides' accounts of one interaction between A and B. A side's account is what is
 * attributed to it (its leaders, spokespeople, ministries, state media: the speaker's country); a
 * reporter's unattributed narration is nobody's account. A topic A raises and B does not is an omission
 * by B; a negated statement by B on a topic ("Beijing's statement did not mention denuclearization"),
 * attributed or not, is an explicit one, quoted with its sentence.
 */
public final class Readouts {
    /** Topics too general to count as one side's agenda. */
    static final Set<String> GENERAL = Set.of("dialogue", "summit", "security");

    /** One statement in an article about the interaction. */
    public record Statement(String side, boolean attributed, Set<String> topics, boolean negated, String articleId,
                            String outlet, String evidence) {
    }

    /** A topic one side raised and the other left out, with the sentences that show it. */
    public record Omission(String topic, String raisedBy, String omittedBy, List<Statement> raised,
                           List<Statement> explicit) {
    }

    /** The comparison. */
    public record Comparison(String a, String b, Map<String, Integer> topicsA, Map<String, Integer> topicsB,
                             List<Omission> omissions) {
    }

    private Readouts() {
    }

    public static Comparison compare(String a, String b, List<Statement> statements) {
        Map<String, List<Statement>> raisedA = new TreeMap<>();
        Map<String, List<Statement>> raisedB = new TreeMap<>();
        Map<String, List<Statement>> deniedA = new TreeMap<>();
        Map<String, List<Statement>> deniedB = new TreeMap<>();
        for (Statement s : statements) {
            boolean sideA = s.side().equals(a);
            if (!sideA && !s.side().equals(b)) continue;
            if (!s.negated() && !s.attributed()) continue; // a reporter's narration is nobody's account
            for (String t : s.topics()) {
                if (GENERAL.contains(t)) continue;
                var into = s.negated() ? (sideA ? deniedA : deniedB) : (sideA ? raisedA : raisedB);
                into.computeIfAbsent(t, k -> new ArrayList<>()).add(s);
            }
        }
        List<Omission> omissions = new ArrayList<>();
        omissions(a, b, raisedA, raisedB, deniedB, omissions);
        omissions(b, a, raisedB, raisedA, deniedA, omissions);
        // explicit omissions the other side's raising does not cover still count
        return new Comparison(a, b, counts(raisedA), counts(raisedB), omissions);
    }

    private static void omissions(String by, String other, Map<String, List<Statement>> raised,
                                  Map<String, List<Statement>> otherRaised, Map<String, List<Statement>> otherDenied,
                                  List<Omission> out) {
        Set<String> topics = new TreeSet<>(raised.keySet());
        topics.addAll(otherDenied.keySet());
        for (String t : topics) {
            if (otherRaised.containsKey(t)) continue;
            List<Statement> explicit = otherDenied.getOrDefault(t, List.of());
            List<Statement> shown = raised.getOrDefault(t, List.of());
            if (shown.isEmpty() && explicit.isEmpty()) continue;
            out.add(new Omission(t, by, other, shown, explicit));
        }
    }

    private static Map<String, Integer> counts(Map<String, List<Statement>> m) {
        Map<String, Integer> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }
}
