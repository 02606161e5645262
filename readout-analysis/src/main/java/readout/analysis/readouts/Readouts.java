package readout.analysis.readouts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the two sides' accounts of one interaction between A and B. A side's account is what reports attribute
 * to it (its leaders, spokespeople, ministries, presidential office, embassies, state media); a reporter's
 * unattributed narration is nobody's account. Two kinds of omission:
 * <ul>
 *   <li><b>explicit</b>: a report says B's account left a topic out ("Beijing's statement did not mention
 *       denuclearization"), quoted with its sentence;</li>
 *   <li><b>implicit</b>: A's account raises a topic, and B's account has real content (at least
 *       {@value #MIN_STATEMENTS} attributed statements, from at least one report) yet never raises it; shown with
 *       A's sentences and B's statements, so the reports carrying B's account can be cited.</li>
 * </ul>
 * An omission is never claimed of a topic the omitting side's own statements raise (here or, through
 * {@code alsoRaised}, anywhere else the caller looked). Each finding carries its support: how many reports carry
 * each side's account.
 */
public final class Readouts {
    /** Topics too general to count as one side's agenda. */
    static final Set<String> GENERAL = Set.of("dialogue", "summit", "security");
    /** A broad topic and the narrower one that says more: only the narrower omission is reported. */
    static final Map<String, String> NARROWER = Map.of("nuclear", "denuclearization");
    /** Fewest attributed statements a side's account needs before its silence on a topic means anything. */
    public static final int MIN_STATEMENTS = 2;

    /**
     * One sentence in a report about the interaction.
     *
     * @param side       the polity whose account it is (attributed), or the acting side of an unattributed sentence
     * @param attributed the text attributes it to that side's voice
     * @param negated    it says something was not mentioned or left out (an explicit omission by {@code side})
     */
    public record Statement(String side, boolean attributed, Set<String> topics, boolean negated, String articleId,
                            String outlet, String evidence) {
    }

    public enum Kind {
        /** A report says so. */
        EXPLICIT,
        /** Found: the side's substantial account never raises what the other's does. */
        IMPLICIT
    }

    /** How many reports (articles) and attributed statements carry each side's account. */
    public record Support(int reportsRaiser, int statementsRaiser, int reportsOmitter, int statementsOmitter) {
    }

    /**
     * A topic one side raised and the other left out.
     *
     * @param raised   the raising side's statements on the topic
     * @param explicit the sentences saying the topic was left out (explicit kind; empty for implicit)
     * @param account  the omitting side's attributed statements (what its account did say; cite their reports)
     */
    public record Omission(String topic, String raisedBy, String omittedBy, Kind kind, List<Statement> raised,
                           List<Statement> explicit, List<Statement> account, Support support) {
        /** The distinct reports carrying the omitting side's account, the one with most of its statements first. */
        public List<String> accountReports() {
            Map<String, Integer> n = new LinkedHashMap<>();
            for (Statement s : account) n.merge(s.articleId(), 1, Integer::sum);
            return n.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).map(Map.Entry::getKey).toList();
        }
    }

    /** The comparison: topics each side's account raised (with statement counts), and the omissions. */
    public record Comparison(String a, String b, Map<String, Integer> topicsA, Map<String, Integer> topicsB,
                             List<Omission> omissions, int reportsA, int reportsB, int statementsA, int statementsB) {
    }

    private Readouts() {
    }

    /** As {@link #compare(String, String, List, Map)} with nothing raised elsewhere. */
    public static Comparison compare(String a, String b, List<Statement> statements) {
        return compare(a, b, statements, Map.of());
    }

    /**
     * @param alsoRaised per side, topics its statements raise elsewhere in the corpus: never claimed as its omissions
     */
    public static Comparison compare(String a, String b, List<Statement> statements, Map<String, Set<String>> alsoRaised) {
        if (a == null || b == null || a.equals(b)) throw new IllegalArgumentException("a and b must be two different sides: " + a + ", " + b);
        Account accountA = new Account(a);
        Account accountB = new Account(b);
        for (Statement s : statements) {
            Account side = s.side().equals(a) ? accountA : s.side().equals(b) ? accountB : null;
            if (side != null) side.add(s);
        }
        List<Omission> omissions = new ArrayList<>();
        omissions(accountA, accountB, alsoRaised.getOrDefault(b, Set.of()), omissions);
        omissions(accountB, accountA, alsoRaised.getOrDefault(a, Set.of()), omissions);
        return new Comparison(a, b, accountA.counts(), accountB.counts(), omissions, accountA.reports.size(),
                accountB.reports.size(), accountA.statements.size(), accountB.statements.size());
    }

    /** One side's account: its attributed statements, the topics they raise, and what reports say it left out. */
    private static final class Account {
        final String side;
        final List<Statement> statements = new ArrayList<>();
        final Set<String> reports = new LinkedHashSet<>();
        final Map<String, List<Statement>> raised = new TreeMap<>();
        final Map<String, List<Statement>> denied = new TreeMap<>();

        Account(String side) {
            this.side = side;
        }

        void add(Statement s) {
            if (s.negated()) {
                for (String t : s.topics()) if (!GENERAL.contains(t)) denied.computeIfAbsent(t, k -> new ArrayList<>()).add(s);
                return;
            }
            if (!s.attributed()) return; // a reporter's narration is nobody's account
            statements.add(s);
            reports.add(s.articleId());
            for (String t : s.topics()) if (!GENERAL.contains(t)) raised.computeIfAbsent(t, k -> new ArrayList<>()).add(s);
        }

        Map<String, Integer> counts() {
            Map<String, Integer> out = new LinkedHashMap<>();
            raised.forEach((k, v) -> out.put(k, v.size()));
            return out;
        }
    }

    /** What {@code omitter} left out that {@code raiser} raised, explicit first, then implicit. */
    private static void omissions(Account raiser, Account omitter, Set<String> omitterRaisesElsewhere, List<Omission> out) {
        Support support = new Support(raiser.reports.size(), raiser.statements.size(), omitter.reports.size(),
                omitter.statements.size());
        Set<String> found = new LinkedHashSet<>();
        for (var e : omitter.denied.entrySet()) {
            String t = e.getKey();
            if (omitter.raised.containsKey(t)) continue;
            found.add(t);
            out.add(new Omission(t, raiser.side, omitter.side, Kind.EXPLICIT, raiser.raised.getOrDefault(t, List.of()),
                    e.getValue(), List.copyOf(omitter.statements), support));
        }
        boolean substantial = omitter.statements.size() >= MIN_STATEMENTS && !omitter.reports.isEmpty();
        if (!substantial) return;
        for (var e : raiser.raised.entrySet()) {
            String t = e.getKey();
            if (found.contains(t) || omitter.raised.containsKey(t) || omitterRaisesElsewhere.contains(t)) continue;
            String narrower = NARROWER.get(t);
            if (narrower != null && raiser.raised.containsKey(narrower) && !omitter.raised.containsKey(narrower)
                    && !omitterRaisesElsewhere.contains(narrower)) continue; // said once, by the narrower topic
            out.add(new Omission(t, raiser.side, omitter.side, Kind.IMPLICIT, e.getValue(), List.of(),
                    List.copyOf(omitter.statements), support));
        }
    }
}
