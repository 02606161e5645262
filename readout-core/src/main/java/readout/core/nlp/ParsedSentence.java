package readout.core.nlp;

import java.util.ArrayList;
import java.util.List;

/** A sentence's tokens and dependency graph, with the look-ups the event extractor needs. */
public final class ParsedSentence {
    private final List<Token> tokens;
    private final List<Dependency> dependencies;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;

    public ParsedSentence(List<Token> tokens, List<Dependency> dependencies) {
        this.tokens = List.copyOf(tokens);
        this.dependencies = List.copyOf(dependencies);
        this.out = new ArrayList<>();
        this.in = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Dependency d : dependencies) {
            if (d.governor() >= 0) out.get(d.governor()).add(d);
            in.get(d.dependent()).add(d);
        }
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** True when a comma stands between two tokens of the sentence, the first before the second. */
    public boolean commaBetween(int from, int to) {
        for (int i = from + 1; i < to; i++) if (tokens.get(i).word().equals(",")) return true;
        return false;
    }

    public List<Dependency> dependencies() {
        return dependencies;
    }

    /** Edges leaving token i (i is the governor). */
    public List<Dependency> children(int i) {
        return out.get(i);
    }

    /** Edges arriving at token i (i is the dependent). */
    public List<Dependency> parents(int i) {
        return in.get(i);
    }

    private static final java.util.regex.Pattern LOWER = java.util.regex.Pattern.compile("[a-z]+");

    /** The token {@code i} hangs from, or -1 at the root. */
    public int head(int i) {
        for (Dependency d : parents(i)) if (d.governor() >= 0) return d.governor();
        return -1;
    }

    /**
     * The lemma of the hyphenated word that token {@code i} begins or ends, else null: the parser splits "sit-in"
     * and "cease-fire" into three tokens, and either end may head them. Only lower-case words written together
     * count ("U.S.-led" and "Kim - Trump" do not).
     */
    public String hyphenated(int i) {
        String after = joined(i - 2);
        return after != null ? after : joined(i);
    }

    private String joined(int a) {
        if (a < 0 || a + 2 >= tokens.size() || !tokens.get(a + 1).word().equals("-")) return null;
        Token x = tokens.get(a), h = tokens.get(a + 1), y = tokens.get(a + 2);
        boolean together = x.end() == h.start() && h.end() == y.start();
        return together && LOWER.matcher(x.word()).matches() && LOWER.matcher(y.word()).matches() ? x.word() + "-" + y.lemma() : null;
    }

    /** Dependents of i whose relation equals {@code relation} or starts with {@code relation + ":"}. */
    public List<Integer> children(int i, String relation) {
        List<Integer> r = new ArrayList<>();
        int n = relation.length();
        for (Dependency d : out.get(i)) {
            String rel = d.relation(); // the relation or a subtype of it ("obl" holds "obl:with"), with no string built
            if (rel.startsWith(relation) && (rel.length() == n || rel.charAt(n) == ':')) r.add(d.dependent());
        }
        return r;
    }

    /** Dependents of i under any of the relations, in relation order. */
    public List<Integer> children(int i, String first, String... more) {
        List<Integer> r = new ArrayList<>(children(i, first));
        for (String m : more) r.addAll(children(i, m));
        return r;
    }

    /** True when {@code d} lies below {@code g} (g ≥ 0), following any of its parents up the graph. */
    public boolean governs(int g, int d) {
        if (g < 0) return false;
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(d));
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            int x = todo.pop();
            if (!seen.add(x)) continue;
            for (Dependency e : in.get(x)) {
                if (e.governor() == g) return true;
                if (e.governor() >= 0) todo.push(e.governor());
            }
        }
        return false;
    }

    public boolean hasChild(int i, String relation, String lemma) {
        for (int c : children(i, relation)) if (tokens.get(c).lemma().equals(lemma)) return true;
        return false;
    }
}
