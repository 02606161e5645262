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
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The specifier: "obl:with" → "with"; "" when none. */
    public String specifier() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
