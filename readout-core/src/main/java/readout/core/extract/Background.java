package readout.core.extract;

import readout.core.nlp.Dependency;
import readout.core.nlp.ParsedSentence;

import java.util.Set;

/**
 * Background: an act a sentence names only as what its news followed or answered. "Egypt recalled its ambassador
 * in protest at Israeli air strikes", "South Africa recalled its envoy after Israeli troops killed dozens": the
 * strikes and the killing are reported in their own stories; coding them again here would add a duplicate dated to
 * the wrong day. Wire coders (PLOVER's gold standard among them) code the news, not its occasion.
 */
final class Background {
    /** Links that tie a clause or a phrase to the act it followed, answered or was caused by. */
    private static final Set<String> LINKS = Set.of("because", "because_of", "over");
    /** Links that place an act before the news or around it: background whatever the clause above codes. */
    private static final Set<String> SETTINGS = Set.of("since", "amid", "amidst");
    /** Relations by which a clause or a phrase hangs on the clause it tells the occasion of. */
    private static final Set<String> PHRASES = Set.of("advcl", "obl", "nmod", "acl");
    /** Nouns of answering ("in protest at", "in response to", "in retaliation for"), under "in". */
    private static final Set<String> ANSWERS = Set.of("protest", "response", "retaliation", "reprisal", "revenge",
            "reaction", "answer", "anger", "outrage");
    /** How far up from a trigger the link is looked for. */
    private static final int DEPTH = 6;

    private Background() {
    }

    /**
     * Where the act at {@code trigger} is background, the word whose clause it is background to, and whether it is
     * so whatever that clause codes: a starting point ("since the invasion of Kuwait", "since Turkey invaded the
     * north") or a state of affairs ("amid Russian strikes") is; what one answers or follows only where the clause
     * above codes an act of another side. Null where the act is the news.
     */
    static Link of(ParsedSentence ps, int trigger) {
        int x = trigger;
        for (int depth = 0; depth < DEPTH; depth++) {
            Dependency up = null;
            for (Dependency d : ps.parents(x)) if (d.governor() >= 0) up = d;
            if (up == null) return null;
            String link = up.specifier();
            if (PHRASES.contains(up.base())) {
                if (SETTINGS.contains(link)) return new Link(up.governor(), true);
                if (LINKS.contains(link)) return new Link(up.governor(), false);
            }
            if (x != trigger && link.equals("in") && ANSWERS.contains(ps.token(x).lemma())) {
                return new Link(up.governor(), false);
            }
            x = up.governor();
        }
        return null;
    }

    /** The clause an act is background to ({@code above}), and whether it is background whatever that codes. */
    record Link(int above, boolean always) {
    }
}
