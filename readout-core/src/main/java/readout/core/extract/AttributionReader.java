package readout.core.extract;

import readout.core.extract.EventPattern.Flag;
import readout.core.nlp.Dependency;
import readout.core.nlp.ParsedSentence;
import readout.core.nlp.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 5, attribution: who a sentence says an event comes from. Finds the speaker's token through the
 * clauses that govern the event (verbs of saying, by the patterns' {@code speech} flag, and "according to");
 * the actor stage then says who that token is. A speaker in the next sentence ("Kang Yu-jung divulged this
 * tidbit") is the coder's discourse step.
 */
final class AttributionReader {
    private final Lexicon lexicon;

    AttributionReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The token that names who says so for the clause holding the anchor: the subject of a verb of saying that
     * governs it, wherever it stands ("X said …", "…, X said"), or the object of "according to"; -1 when the
     * text attributes the clause to nobody.
     */
    int speaker(ParsedSentence ps, int anchor) {
        int x = anchor;
        Set<Integer> seen = new HashSet<>();
        while (x >= 0 && seen.add(x)) {
            for (int c : ps.children(x, "obl:according_to")) return c;
            // ", saying the Philippines had rammed ...", parsed with "saying" as the clause's marker
            for (int mk : ps.children(x, "mark")) {
                if (!lexicon.verbHas(ps.token(mk).lemma(), Flag.SPEECH)) continue;
                for (Dependency d : ps.parents(x)) {
                    if (d.governor() >= 0 && d.base().equals("advcl")) {
                        int subj = sayer(ps, d.governor());
                        if (subj >= 0) return subj;
                    }
                }
            }
            int parent = -1;
            for (Dependency d : ps.parents(x)) {
                if (d.governor() < 0) continue;
                String b = d.base();
                if (b.equals("ccomp") || b.equals("parataxis") || b.equals("xcomp") || b.equals("conj")
                        || b.equals("advcl") || b.equals("dep")) {
                    parent = d.governor();
                    // "dep": the parser's word for a clause it could not place ("X agreed ..., the office said")
                    if (lexicon.verbHas(ps.token(parent).lemma(), Flag.SPEECH)
                            && (b.equals("ccomp") || b.equals("parataxis") || b.equals("dep"))) {
                        int subj = sayer(ps, parent);
                        if (subj >= 0) return subj;
                    }
                    break;
                }
            }
            x = parent;
        }
        // "..., Seoul said." with the event clause as the root and the speech verb hanging off it, set off by a
        // comma; "demanded that Uganda explain why ..." is what is demanded, not who says so
        for (Dependency d : ps.children(anchor)) {
            if (!ps.commaBetween(anchor, d.dependent())) continue;
            if (d.base().equals("parataxis") || d.base().equals("ccomp") || d.base().equals("dep")) {
                if (lexicon.verbHas(ps.token(d.dependent()).lemma(), Flag.SPEECH)) {
                    List<Integer> subj = ps.children(d.dependent(), "nsubj");
                    if (!subj.isEmpty()) return subj.get(0);
                    int named = afterComma(ps, d.dependent(), anchor); // its subject hung elsewhere
                    if (named >= 0) return named;
                }
            }
        }
        // "Xi told Trump that Washington should ..., according to state media": the parser hangs a closing
        // "according to" on the last clause, but it tells who says the whole
        for (Dependency d : ps.dependencies()) {
            if (d.relation().equals("obl:according_to") && ps.governs(anchor, d.governor())) return d.dependent();
        }
        return trailing(ps, anchor);
    }

    /**
     * ", Seoul's presidential office said": the word before a verb of saying in the past or present, when a
     * comma opens its clause a few words before and the anchor comes before the comma; else -1.
     */
    private static int afterComma(ParsedSentence ps, int v, int anchor) {
        List<Token> toks = ps.tokens();
        Token t = toks.get(v);
        if (t.pos() == null || !t.pos().matches("VBD|VBZ")) return -1;
        int comma = v - 1;
        while (comma >= 0 && !toks.get(comma).word().equals(",")) comma--;
        return comma >= 0 && v - comma >= 2 && v - comma <= 8 && anchor < comma ? v - 1 : -1;
    }

    /**
     * The subject of a verb of saying, or of the clause a participle of saying hangs on ("China hit back at
     * Manila, saying the Philippines had rammed ...": China); -1 when none.
     */
    private static int sayer(ParsedSentence ps, int verb) {
        List<Integer> subj = ps.children(verb, "nsubj");
        if (!subj.isEmpty()) return subj.get(0);
        for (Dependency d : ps.parents(verb)) {
            String b = d.base();
            if (d.governor() >= 0 && (b.equals("advcl") || b.equals("dep") || b.equals("conj") || b.equals("xcomp"))) {
                List<Integer> up = ps.children(d.governor(), "nsubj");
                if (!up.isEmpty()) return up.get(0);
            }
        }
        return -1;
    }

    /**
     * "..., Ukrainian President Volodymyr Zelensky said today.": a sentence that ends with who says it, after a
     * comma, however the parser hung that clause; the word before the verb of saying names the speaker. -1
     * when the sentence does not end so, or the anchor is not before it.
     */
    private int trailing(ParsedSentence ps, int anchor) {
        List<Token> toks = ps.tokens();
        int last = toks.size() - 1;
        while (last >= 0 && !Character.isLetterOrDigit(toks.get(last).word().charAt(0))) last--;
        for (int v = last; v >= Math.max(1, last - 5); v--) {
            Token t = toks.get(v);
            if (t.pos() == null || !t.pos().startsWith("VB")) continue;
            return lexicon.verbHas(t.lemma(), Flag.SPEECH) ? afterComma(ps, v, anchor) : -1;
        }
        return -1;
    }
}
