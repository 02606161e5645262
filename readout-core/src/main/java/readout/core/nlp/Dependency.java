package readout.core.nlp;

/**
 * A typed dependency between two tokens of one sentence (enhanced++ Universal Dependencies).
 *
 * @param governor  index of the head token, -1 for the root
 * @param dependent index of the dependent token
 * @param relation  relation with its specifier, e.g. "nsubj", "obl:with", "nmod:poss"
 */
public record Dependency(int governor, int dependent, String relation) {

    /** The relation without its specifier: "obl:with" → "obl". */
    public String base() {
        // asked in every walk over a parse: the few relations with a specifier share one base string each
        return relation.indexOf(':') < 0 ? relation : BASES.computeIfAbsent(relation, r -> r.substring(0, r.indexOf(':')));
    }

    private static final java.util.Map<String, String> BASES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The specifier: "obl:with" → "with"; "" when none. */
    public String specifier() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
