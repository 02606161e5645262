package readout.core.extract;

import readout.core.kb.Entry;
import readout.core.kb.KnowledgeBase;
import readout.core.kb.Media;
import readout.core.model.Actor;
import readout.core.model.Evidence;
import readout.core.model.Statement;
import readout.core.nlp.Sentence;
import readout.core.nlp.Token;
import readout.core.time.DateResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whose account a sentence is. Reads attribution from the words around the statement, with no parse, so every
 * sentence of an article is read, event or not:
 * <ol>
 *   <li>"according to X …" and "…, citing X" name the speaker outright;</li>
 *   <li>a verb of saying whose subject opens the sentence or a clause ("Kang Yu-jung told reporters that …",
 *       "…, the presidential office said", "…, said Kang");</li>
 *   <li>a sentence that points back ("Kang disclosed this after the call") gives its speaker to the unattributed
 *       sentences just before it;</li>
 *   <li>a state medium's own report is its state's account where a sentence names no other speaker (an analyst
 *       it quotes included: the medium chose to carry it).</li>
 * </ol>
 * The speaker is a side when it is a state's leader, official, ministry, office, embassy or state media
 * (knowledge-base rows with voice {@code state}); a government body the text leaves unowned ("the presidential
 * office", "the foreign ministry") belongs to the report's home country: its outlet's country, else its dateline's.
 * An agency that speaks for no party (Yonhap, Reuters, AFP), an analyst or an unknown source gives no side.
 */
public final class AccountReader {
    private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "stated", "states",
            "announced", "noted", "added", "stressed", "emphasized", "emphasised", "underscored", "reported", "reports",
            "quoted", "explained", "remarked", "conveyed", "divulged", "disclosed", "revealed", "confirmed", "briefed",
            "relayed", "shared", "affirmed", "reiterated", "insisted", "asserted", "declared");
    /** Words after a verb of saying that point back to the sentences before ("disclosed this"). */
    private static final Set<String> BACK_POINTERS = Set.of("this", "these");
    /** Words that may stand between a speaker and the verb ("Kang also said"). */
    private static final Set<String> GAP = Set.of("also", "later", "separately", "earlier", "previously", "further",
            "again", "then", "has", "have", "had", "was", "were");
    private static final Set<String> PAIR_WORDS = Set.of("two", "both");
    private static final Set<String> SIDE_ROLES = Set.of("GOV", "MIL", "PTY");
    /** Most tokens between a clause's start and its verb of saying for the words to be a speaker. */
    private static final int SPEAKER_REACH = 8;
    private static final Pattern OMISSION = Pattern.compile("\\b(?:did not|didn't|does not|doesn't|failed to)"
            + " (?:mention|include|refer to|address|raise|cite)|\\bno (?:mention|reference)\\b|\\bleft out\\b|\\bomitt?(?:ed|ing|s)?\\b"
            + "|\\bwithout (?:mentioning|referring to)\\b|\\bwas not mentioned\\b", Pattern.CASE_INSENSITIVE);

    private final KnowledgeBase kb;
    private final TopicTagger topics;

    public AccountReader(KnowledgeBase kb, TopicTagger topics) {
        this.kb = kb;
        this.topics = topics;
    }

    /** One sentence as the coder's pre-pass read it: its tokens (dateline excluded) and the actors found. */
    public record Read(Sentence sentence, List<Token> tokens, List<Mention> mentions) {
    }

    /** A speaker found in a sentence: the side (null: nobody's account), the words, and how it was read. */
    private record Speaker(String side, String text, String via, boolean pointsBack) {
    }

    /**
     * The statements of one article: each sentence attributed to a side.
     *
     * @param outlet the article's publisher (may be null)
     * @param text   the cleaned article text the sentences' offsets point into
     * @param original the text events' evidence quotes (the article as given; same offsets)
     */
    public List<Statement> statements(String outlet, String text, String original, List<Read> sentences) {
        Optional<Media> publisher = kb.media(outlet);
        String home = publisher.map(Media::country).orElse(null);
        if (home == null && !sentences.isEmpty()) home = datelineCountry(sentences.get(0).sentence().text());
        String stateOutlet = publisher.filter(Media::state).map(Media::country).orElse(null);
        List<Speaker> speakers = new ArrayList<>(sentences.size());
        for (Read r : sentences) speakers.add(speaker(r, home));
        // a sentence that points back gives its speaker to the unattributed sentences just before it (at most two)
        for (int i = 0; i < speakers.size(); i++) {
            Speaker s = speakers.get(i);
            if (s == null || !s.pointsBack()) continue;
            for (int k = i - 1; k >= Math.max(0, i - 2) && speakers.get(k) == null; k--) {
                speakers.set(k, new Speaker(s.side(), s.text(), "next sentence", false));
            }
            speakers.set(i, new Speaker(null, s.text(), s.via(), true)); // the pointer itself says nothing new
        }
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Speaker s = speakers.get(i);
            if (s == null && stateOutlet != null) s = new Speaker(stateOutlet, publisher.get().name(), "outlet", false);
            if (s == null || s.side() == null) continue;
            Sentence sentence = sentences.get(i).sentence();
            String words = text.substring(sentence.start(), sentence.end());
            out.add(new Statement(sentence.index(), s.side(), s.text(), s.via(), topics.tag(words),
                    OMISSION.matcher(words).find(),
                    new Evidence(original.substring(sentence.start(), sentence.end()), sentence.start(), sentence.end(),
                            null, List.of())));
        }
        return out;
    }

    /** The sentence's speaker, or null when the sentence attributes nothing. */
    private Speaker speaker(Read r, String home) {
        List<Token> t = r.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).lemma();
            boolean according = w.equals("according") && t.get(i + 1).lemma().equals("to");
            boolean citing = w.equals("citing") || (w.equals("cited") && i > 0 && t.get(i - 1).word().equals(","));
            if (!according && !citing) continue;
            int from = i + (according ? 2 : 1);
            Speaker s = speakerIn(r, from, phraseEnd(t, from), home, according ? "according to" : "citing", false);
            if (s != null) return s;
        }
        for (int v = 0; v < t.size(); v++) {
            if (!SPEECH.contains(t.get(v).lemma())) continue;
            boolean pointsBack = v + 1 < t.size() && BACK_POINTERS.contains(t.get(v + 1).lemma());
            int end = v;
            while (end > 0 && GAP.contains(t.get(end - 1).lemma())) end--; // "Kang also said"
            if (end > 0 && t.get(end - 1).word().equals(",")) {
                // "Kang Yu-jung, the presidential spokesperson, said": the name before the appositive, else the appositive
                int p = segmentStart(t, end - 1);
                if (p > 0 && t.get(p - 1).word().equals(",")) {
                    Speaker named = speakerIn(r, segmentStart(t, p - 1), p - 1, home, "said", pointsBack);
                    if (named != null) return named;
                    Speaker role = speakerIn(r, p, end - 1, home, "said", pointsBack);
                    if (role != null) return role;
                }
                int after = phraseEnd(t, v + 1); // "..., said Kang Yu-jung."
                if (after > v + 1 && (after == t.size() || punctuation(t.get(after)))) {
                    Speaker inverted = speakerIn(r, v + 1, after, home, "said", false);
                    if (inverted != null) return inverted;
                }
                continue;
            }
            int from = segmentStart(t, end);
            boolean clauseInitial = from == 0 || punctuation(t.get(from - 1));
            if (!clauseInitial || from >= end || end - from > SPEAKER_REACH) continue;
            Speaker s = speakerIn(r, from, end, home, "said", pointsBack);
            if (s != null) return s;
        }
        return null;
    }

    /** First token of the run of words ending before {@code end}: just after the previous punctuation, or 0. */
    private static int segmentStart(List<Token> t, int end) {
        int from = end;
        while (from > 0 && !punctuation(t.get(from - 1)) && end - from <= SPEAKER_REACH) from--;
        return from;
    }

    private static String text(Read r, int from, int to) {
        List<Token> t = r.tokens();
        return r.sentence().text().substring(t.get(from).start() - r.sentence().start(), t.get(to - 1).end() - r.sentence().start());
    }

    /**
     * Who the words t[from, to) name as speaker, read at their head (the last word): an actor ending there, or a
     * government body ("office", "ministry", "spokesperson", "officials") owned by an actor in the words or, unowned,
     * by the report's home country. Null when the head is neither; a Speaker with a null side when it is no party.
     */
    private Speaker speakerIn(Read r, int from, int to, String home, String via, boolean pointsBack) {
        List<Token> t = r.tokens();
        if (from >= to || to > t.size()) return null;
        Token head = t.get(to - 1);
        int start = t.get(from).start();
        Mention atHead = null;
        Mention owner = null;
        for (Mention m : r.mentions()) {
            if (m.start() < start || m.end() > head.end()) continue;
            if (m.end() == head.end()) atHead = m;
            else owner = m;
        }
        String l = head.lemma();
        String role = kb.roleOf(l);
        if (role == null && l.endsWith("s")) role = kb.roleOf(l.substring(0, l.length() - 1)); // "officials"
        boolean body = "GOV".equals(role);
        if (atHead == null && !body) return null;
        String side;
        if (atHead != null) {
            side = side(atHead, false);
        } else if (owner != null) {
            side = side(owner, true); // "Lee's office", "Chinese officials"
        } else {
            boolean pair = false;
            for (int i = from; i < to; i++) pair |= PAIR_WORDS.contains(t.get(i).lemma());
            side = pair ? null : home; // "the presidential office": the report's own country's
        }
        return new Speaker(side, text(r, from, to), via, pointsBack);
    }

    /** The side an actor speaks for, or null: state media, a state's officials and bodies, a state itself. */
    private String side(Mention m, boolean ownsABody) {
        Actor a = m.actor();
        if ("MED".equals(a.role())) return kb.media(a.name()).filter(Media::state).map(Media::country).orElse(null);
        if (a.country() == null) return null;
        if (a.role() != null && SIDE_ROLES.contains(a.role())) return a.country();
        if (m.kind() == Entry.Kind.DEMONYM) return ownsABody ? a.country() : null; // "Chinese officials", not "Chinese analysts"
        if (m.kind() == Entry.Kind.PERSON) return null; // a former official, a private person
        return a.role() == null ? a.country() : null; // "China said", "Seoul said"
    }

    /** End (exclusive) of the noun phrase starting at {@code from}: up to punctuation or a verb of saying, at most 8 words. */
    private static int phraseEnd(List<Token> t, int from) {
        int to = from;
        while (to < t.size() && to - from < SPEAKER_REACH && !punctuation(t.get(to)) && !SPEECH.contains(t.get(to).lemma())
                && !t.get(to).lemma().equals("that")) {
            to++;
        }
        return to;
    }

    private static boolean punctuation(Token t) {
        String w = t.word();
        return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) || w.equals("--");
    }

    /** The country of the place a dateline names ("SEOUL, June 10 (Yonhap) --" → KOR); null without one. */
    private String datelineCountry(String sentence) {
        int n = DateResolver.datelineLength(sentence);
        return n == 0 ? null : kb.countryOfDateline(sentence.substring(0, n)).orElse(null);
    }
}
