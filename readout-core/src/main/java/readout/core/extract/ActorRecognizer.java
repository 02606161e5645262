package readout.core.extract;

import readout.core.kb.Entry;
import readout.core.kb.KnowledgeBase;
import readout.core.kb.Person;
import readout.core.kb.Tenure;
import readout.core.model.Actor;
import readout.core.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Stage 3, actors: longest-match look-up of knowledge-base names over a sentence's tokens, people resolved
 * to the role they held on the article's date, and short names ("Lee", "Xi") resolved through the
 * discourse to a person named in full earlier.
 */
public final class ActorRecognizer {
    private final KnowledgeBase kb;

    public ActorRecognizer(KnowledgeBase kb) {
        this.kb = kb;
    }

    public List<Mention> recognize(String text, List<Token> tokens, Discourse discourse) {
        List<Mention> out = new ArrayList<>();
        int next = 0;
        for (KnowledgeBase.Match m : kb.match(tokens)) {
            for (int i = next; i < m.start(); i++) shortName(text, tokens.get(i), discourse).ifPresent(out::add);
            Mention mention = toMention(text, tokens, m, discourse.published());
            out.add(mention);
            discourse.remember(mention, tokens.subList(m.start(), m.end()).stream().map(Token::word).toList());
            next = m.end();
        }
        for (int i = next; i < tokens.size(); i++) shortName(text, tokens.get(i), discourse).ifPresent(out::add);
        return out;
    }

    /** A person's short name introduced earlier ("Lee" after "Lee Jae-myung"); remembered for pronouns too. */
    private static Optional<Mention> shortName(String text, Token t, Discourse discourse) {
        Optional<Mention> m = discourse.byShortName(t.word()).map(p -> new Mention(
                p.actor().withSpan(text.substring(t.start(), t.end()), t.start(), t.end()), Entry.Kind.PERSON));
        m.ifPresent(x -> discourse.remember(x, List.of()));
        return m;
    }

    private Mention toMention(String text, List<Token> tokens, KnowledgeBase.Match m, LocalDate date) {
        int start = tokens.get(m.start()).start();
        int end = tokens.get(m.end() - 1).end();
        String surface = text.substring(start, end);
        Entry e = choose(m.entries(), date);
        Actor a = switch (e.kind()) {
            case PERSON -> person(e.person(), surface, start, end, date);
            case COUNTRY, DEMONYM -> new Actor(surface, e.name(), e.code(), e.code(), null, null, start, end);
            case METONYM -> new Actor(surface, e.name(), e.code() + e.role(), e.code(), e.role(), null, start, end);
            case ORGANIZATION -> new Actor(surface, e.name(), e.code(), e.country(), e.role(), null, start, end);
        };
        return new Mention(a, e.kind());
    }

    /** Among readings of one name, a person in office on the date first, then organisations, then places. */
    private static Entry choose(List<Entry> entries, LocalDate date) {
        return entries.stream().min(Comparator.comparingInt(e -> switch (e.kind()) {
            case PERSON -> e.person().inOffice(date) ? 0 : 5;
            case ORGANIZATION -> 1;
            case COUNTRY -> 2;
            case METONYM -> 3;
            case DEMONYM -> 4;
        })).orElseThrow();
    }

    private Actor person(Person p, String surface, int start, int end, LocalDate date) {
        Optional<Tenure> now = p.roleOn(date);
        Tenure t = now.orElseGet(() -> p.nearest(date));
        boolean stateless = kb.country(t.country()).isEmpty();
        String role = now.map(Tenure::role).orElse(null);
        String code = stateless ? t.country() : t.country() + (role == null ? "" : role);
        return new Actor(surface, p.name(), code, stateless ? null : t.country(), stateless ? "IGO" : role,
                now.map(Tenure::title).orElse(null), start, end);
    }

    /** First day in office of the person a name refers to on a date (for "six days into Lee's term"). */
    public Optional<LocalDate> tenureStart(String name, Discourse discourse) {
        Optional<Mention> m = discourse.byShortName(name);
        String full = m.map(x -> x.actor().name()).orElse(name);
        List<Token> toks = new readout.core.nlp.Tokenizer().tokenize(full, 0, full.length());
        for (KnowledgeBase.Match match : kb.match(toks)) {
            for (Entry e : match.entries()) {
                if (e.kind() == Entry.Kind.PERSON && discourse.published() != null) {
                    Optional<Tenure> t = e.person().roleOn(discourse.published());
                    if (t.isPresent()) return Optional.of(t.get().from());
                }
            }
        }
        return Optional.empty();
    }
}
