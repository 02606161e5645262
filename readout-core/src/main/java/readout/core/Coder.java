package readout.core;

import readout.core.extract.AccountReader;
import readout.core.extract.ActorRecognizer;
import readout.core.extract.Candidate;
import readout.core.extract.Discourse;
import readout.core.extract.EventExtractor;
import readout.core.extract.EventPattern;
import readout.core.extract.Lexicon;
import readout.core.extract.Mention;
import readout.core.extract.TopicTagger;
import readout.core.kb.KnowledgeBase;
import readout.core.learn.EventClassifier;
import readout.core.learn.MiniLm;
import readout.core.learn.SentenceEncoder;
import readout.core.model.Actor;
import readout.core.model.Article;
import readout.core.model.Attribution;
import readout.core.model.CodedArticle;
import readout.core.model.Event;
import readout.core.model.Evidence;
import readout.core.model.Location;
import readout.core.model.Modality;
import readout.core.model.Provenance;
import readout.core.nlp.CleanText;
import readout.core.nlp.CoreNlpParser;
import readout.core.nlp.ParsedSentence;
import readout.core.nlp.Parser;
import readout.core.nlp.Sentence;
import readout.core.nlp.SentenceSplitter;
import readout.core.nlp.TextCleaner;
import readout.core.nlp.Token;
import readout.core.nlp.Tokenizer;
import readout.core.ontology.EventType;
import readout.core.ontology.Ontology;
import readout.core.place.Place;
import readout.core.time.DateResolver;
import readout.core.time.EventDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The coder: an article in, its events out. Build one per thread with {@link #builder()}; the builder is
 * the shareable recipe (knowledge base, parser supplier), the coder holds per-thread working state.
 *
 * <pre>
 * clean → split → tokenize → actors → (pre-filter) → parse → events/modality → discourse → time, place, topics
 *                                          ↘ (two sides, no pattern event) → encode → classify ↗
 *                                   actors → accounts (whose account each sentence is, and its topics)
 * </pre>
 * Only sentences that name an actor and hold an event word are parsed; the rest cost a tokenizer pass.
 * A sentence that names two sides but gets no event from the patterns is encoded and shown to the
 * event-type classifier; a proposal it is sure enough of is read at the sentence's main predicate.
 */
public final class Coder {
    /** Longest article text accepted, in characters; a longer one is refused with a specific error. */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** Longest sentence parsed, in characters; longer ones are skipped (lists, tables, run-on boilerplate). */
    public static final int MAX_SENTENCE_CHARS = 1_500;

    private static final Pattern ANAPHORIC_START = Pattern.compile(
            "^(?:It|This|That|The (?:call|conversation|meeting|talks|summit|visit|exchange|phone call))\\b");
    private static final Set<String> SPEECH_FORMS = Set.of("said", "divulged", "disclosed", "revealed", "confirmed",
            "told", "announced", "shared", "relayed", "briefed", "stated");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "him");
    private static final Set<String> PAIRS = Set.of("leaders", "sides", "countries", "nations", "governments",
            "presidents", "ministers", "neighbours", "neighbors", "allies");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "it", "so");

    private final KnowledgeBase kb;
    private final Ontology ontology;
    private final Lexicon lexicon;
    private final TopicTagger topics;
    private final Parser parser;
    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final ActorRecognizer recognizer;
    private final EventExtractor extractor;
    private final AccountReader accounts;
    private final DateResolver dates = new DateResolver();
    private final Provenance provenance;
    private final EventClassifier classifier;
    private final Supplier<SentenceEncoder> encoder;
    private long encoded;

    private Coder(Builder b) {
        this.kb = b.kb != null ? b.kb : KnowledgeBase.builtIn();
        this.ontology = Ontology.standard();
        this.lexicon = b.lexicon != null ? b.lexicon : Lexicon.builtIn();
        this.topics = TopicTagger.standard();
        this.parser = b.parser.get();
        for (String code : lexicon.codes()) {
            if (!ontology.isCode(code)) {
                throw new IllegalStateException("event patterns use CAMEO code " + code + ", which the pinned table lacks:"
                        + " fix the pattern file (codes follow ontology/cameo-goldstein.tsv)");
            }
        }
        this.recognizer = new ActorRecognizer(kb);
        this.extractor = new EventExtractor(kb, lexicon);
        this.accounts = new AccountReader(kb, topics);
        this.classifier = b.classifierSet ? b.classifier : EventClassifier.builtIn().orElse(null);
        this.encoder = b.encoder;
        if (classifier != null && b.encoder == Builder.DEFAULT_ENCODER && !classifier.encoder().equals(MiniLm.NAME)) {
            throw new IllegalStateException("the event-type model " + classifier.name() + " was trained over the encoder '"
                    + classifier.encoder() + "', but this Readout has '" + MiniLm.NAME + "': retrain it with readout train");
        }
        this.provenance = provenance(kb, lexicon, ontology, classifier);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The shareable recipe for coders. */
    public static final class Builder {
        private KnowledgeBase kb;
        private Lexicon lexicon;
        private Supplier<Parser> parser = CoreNlpParser::new;
        private EventClassifier classifier;
        private boolean classifierSet;
        private static final Supplier<SentenceEncoder> DEFAULT_ENCODER = MiniLm::get;
        private Supplier<SentenceEncoder> encoder = DEFAULT_ENCODER;

        /**
         * The event-type classifier (default: the model built into the jar, if any); null for patterns only.
         */
        public Builder classifier(EventClassifier classifier) {
            this.classifier = classifier;
            this.classifierSet = true;
            return this;
        }

        /** The sentence encoder the classifier reads (default: MiniLM, loaded on first use). */
        public Builder encoder(Supplier<SentenceEncoder> encoder) {
            this.encoder = encoder;
            return this;
        }

        /** The event patterns (default: the built-in ones); see {@link Lexicon#builder()} for a user's files. */
        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = lexicon;
            return this;
        }

        public Builder knowledgeBase(KnowledgeBase kb) {
            this.kb = kb;
            return this;
        }

        public Builder parser(Supplier<Parser> parser) {
            this.parser = parser;
            return this;
        }

        public Coder build() {
            return new Coder(this);
        }
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** Sentences this coder has shown to the event-type classifier (for the bench). */
    public long encodedSentences() {
        return encoded;
    }

    /** The event-type classifier this coder consults, if any. */
    public Optional<EventClassifier> classifier() {
        return Optional.ofNullable(classifier);
    }

    /** Provenance of everything this coder writes; every {@link CodedArticle} it returns carries it. */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Provenance of what a coder over this knowledge base writes (without building one): Readout version,
     * KB, lexicon and ontology checksums.
     */
    public static Provenance provenance(KnowledgeBase kb) {
        return provenance(kb, Lexicon.builtIn());
    }

    /** Provenance of what a coder over this knowledge base and these patterns writes. */
    public static Provenance provenance(KnowledgeBase kb, Lexicon lexicon) {
        return provenance(kb, lexicon, Ontology.standard(), EventClassifier.builtIn().orElse(null));
    }

    private static Provenance provenance(KnowledgeBase kb, Lexicon lexicon, Ontology ontology, EventClassifier model) {
        return new Provenance(Version.get(), kb.checksum(), lexicon.checksum(), Ontology.VERSION, ontology.checksum(),
                model == null ? Provenance.NO_MODEL : model.checksum());
    }

    public CodedArticle code(String text) {
        return code(Article.of("text", null, text));
    }

    /** Codes one article. Never throws for bad text: the result then carries an error and no events. */
    public CodedArticle code(Article article) {
        String problem = TextCheck.problem(article.text());
        if (problem != null) return CodedArticle.failed(article.id(), problem, provenance);
        if (article.text().length() > MAX_TEXT_CHARS) {
            return CodedArticle.failed(article.id(), "text too large: " + article.text().length()
                    + " characters; the limit is " + MAX_TEXT_CHARS + " per article (split it into articles)", provenance);
        }
        try {
            return codeChecked(article, article.text());
        } catch (RuntimeException | StackOverflowError e) { // a failure outside any one sentence fails its article only
            return CodedArticle.failed(article.id(), "coder failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    provenance);
        }
    }

    /**
     * One sentence as read on its own: tokens, actors, the parse (null when not worth it), events, and the
     * classifier's proposal (null when it was not asked).
     */
    private record SentenceRead(List<Token> tokens, List<Mention> mentions, ParsedSentence parse,
                                List<Candidate> candidates, EventClassifier.Proposal proposal) {
    }

    private SentenceRead read(String text, Sentence s, Discourse discourse) {
        int body = s.start() + DateResolver.datelineLength(s.text());
        if (body > s.start()) {
            String dateline = s.text().substring(0, body - s.start());
            String place = KnowledgeBase.DATELINE_PARTS.split(dateline)[0].strip();
            kb.countryOfDateline(dateline).ifPresent(iso -> discourse.filedFrom(
                    new Actor(place, kb.displayName(iso), iso, iso, null, null, s.start(), s.start() + place.length())));
        }
        List<Token> tokens = tokenizer.tokenize(text, body, s.end());
        List<Mention> mentions = recognizer.recognize(text, tokens, discourse);
        if (s.text().length() > MAX_SENTENCE_CHARS) return new SentenceRead(tokens, mentions, null, List.of(), null);
        int sides = sides(tokens, mentions, discourse);
        String masked = readable(s, body, mentions);
        boolean question = s.text().trim().endsWith("?");
        ParsedSentence ps = null;
        List<Candidate> events = List.of();
        if (enough(strongest(tokens, t -> lexicon.trigger(t.lemma())), sides)) {
            Optional<List<Token>> tagged = parser.tag(masked, s.start());
            if (tagged.isEmpty() || enough(strongest(tagged.get(), t -> lexicon.trigger(t.lemma(), t.pos())), sides)) {
                ps = parser.parse(masked, s.start());
                events = extractor.extract(ps, text, mentions, discourse, question);
            }
        }
        if (classifier == null || !events.isEmpty() || sides < 2) return new SentenceRead(tokens, mentions, ps, events, null);
        encoded++;
        EventClassifier.Proposal p = classifier.propose(encoder.get().encode(EventClassifier.input(s.text())));
        if (classifier.accepts(p)) {
            if (ps == null) ps = parser.parse(masked, s.start());
            events = extractor.propose(ps, text, mentions, discourse, question, p.code(),
                    "model:" + classifier.name() + "@" + classifier.checksum(), Math.round(p.probability() * 1000) / 1000.0);
        }
        return new SentenceRead(tokens, mentions, ps, events, p);
    }

    /** One sentence's reading in its article, kept until the whole article is read. */
    private record Reading(Sentence sentence, List<Candidate> candidates, Optional<EventDate> date, List<String> topics,
                           Location place) {
        Reading withDate(Optional<EventDate> d) {
            return new Reading(sentence, candidates, d, topics, place);
        }
    }

    private CodedArticle codeChecked(Article article, String raw) {
        CleanText clean = cleaner.clean(raw);
        String text = clean.text();
        Discourse discourse = new Discourse(article.date());
        List<Sentence> sentences = splitter.split(clean);
        List<Reading> readings = new ArrayList<>(sentences.size());
        List<AccountReader.Read> reads = new ArrayList<>(sentences.size());
        List<String> skipped = new ArrayList<>();
        int parsed = 0;
        for (Sentence s : sentences) {
            SentenceRead r;
            try {
                r = read(text, s, discourse);
            } catch (RuntimeException | StackOverflowError e) { // one sentence the coder fails on loses only itself
                skipped.add("sentence " + s.index() + ": coder failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                r = new SentenceRead(List.of(), List.of(), null, List.of(), null);
            }
            reads.add(new AccountReader.Read(s, r.tokens(), r.mentions()));
            if (r.parse() != null) parsed++;
            Optional<EventDate> date = dates.resolve(s.text(), article.date(), name -> recognizer.tenureStart(name, discourse));
            boolean events = !r.candidates().isEmpty();
            readings.add(new Reading(s, new ArrayList<>(r.candidates()), date, events ? topics.tag(s.text()) : List.of(),
                    events ? place(r.tokens()) : null));
            if (!events) elaborate(readings, r.tokens(), r.mentions());
        }
        resolveResponses(readings);
        return new CodedArticle(article.id(), toEvents(article, clean, readings), null, provenance, sentences.size(), parsed,
                accounts.statements(article.outlet(), text, article.text(), reads), skipped);
    }

    /**
     * How the coder reads a text, for people tuning the lexicon or the knowledge base: each sentence, the
     * actors found, whether it was parsed, its dependencies, and the events read from it, with the addressees that
     * responses take from the sentences before them, as {@link #code(Article)} gives them.
     */
    public String explain(Article article) {
        CleanText clean = cleaner.clean(article.text());
        Discourse discourse = new Discourse(article.date());
        List<StringBuilder> parts = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        for (Sentence s : splitter.split(clean)) {
            SentenceRead r = read(clean.text(), s, discourse);
            StringBuilder sb = new StringBuilder();
            parts.add(sb);
            readings.add(new Reading(s, new ArrayList<>(r.candidates()), Optional.empty(), List.of(), null));
            sb.append("sentence ").append(s.index()).append(": ").append(s.text()).append('\n');
            for (Mention m : r.mentions()) {
                sb.append("  actor  ").append(m.actor().text()).append(" = ").append(m.actor().code())
                        .append(" (").append(m.kind().name().toLowerCase(Locale.ROOT)).append(")\n");
            }
            if (r.proposal() != null) {
                EventClassifier.Proposal p = r.proposal();
                sb.append("  model  ").append(p.root() == null ? "no event" : "root " + p.root())
                        .append(String.format(Locale.ROOT, " p=%.2f", p.probability()))
                        .append(classifier.accepts(p) ? " (proposed" : " (not proposed")
                        .append(String.format(Locale.ROOT, "; threshold %.2f; %s@%s)%n",
                                p.root() == null ? Double.NaN : classifier.threshold(p.root()),
                                classifier.name(), classifier.checksum()));
            }
            ParsedSentence ps = r.parse();
            if (ps == null) {
                sb.append("  not parsed (no event word, or too few sides named for it)\n");
                continue;
            }
            for (readout.core.nlp.Dependency d : ps.dependencies()) {
                sb.append("  dep    ").append(d.relation()).append('(')
                        .append(d.governor() < 0 ? "ROOT" : ps.token(d.governor()).word() + "-" + d.governor()).append(", ")
                        .append(ps.token(d.dependent()).word()).append('-').append(d.dependent()).append('/')
                        .append(ps.token(d.dependent()).pos()).append(")\n");
            }
        }
        resolveResponses(readings);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            out.append(parts.get(i));
            for (Candidate c : readings.get(i).candidates()) {
                out.append("  event  ").append(c.source().code()).append(' ').append(c.cameo()).append(' ')
                        .append(c.target() == null ? "-" : c.target().code()).append(' ').append(c.modality().json())
                        .append(" via '").append(c.trigger()).append("' ")
                        .append(c.probability() == null ? "pattern " : String.format(Locale.ROOT, "classifier p=%.2f ",
                                c.probability()))
                        .append(c.pattern().origin()).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The sentence as the parser sees it: a dateline blanked out, and hyphens inside known names turned to
     * underscores, so the parser's tokenizer keeps "Moon Jae-in" whole (it splits before words such as
     * "in"). Same length, same offsets.
     */
    private static String readable(Sentence s, int body, List<Mention> mentions) {
        char[] c = s.text().toCharArray();
        java.util.Arrays.fill(c, 0, body - s.start(), ' '); // the dateline, if any
        for (Mention m : mentions) {
            for (int i = Math.max(m.start(), s.start()); i < Math.min(m.end(), s.end()); i++) {
                if (c[i - s.start()] == '-') c[i - s.start()] = '_';
            }
        }
        return new String(c);
    }

    /*
     * The pre-filter decides what is parsed: an event word, and either two sides named (two polities, or one
     * and a pronoun, an agent noun such as "police" or "rebels", or "the two leaders") or one side with a word
     * that one side can carry (a response such as "agreed", an omission such as "did not mention", a
     * resignation or a protest). It runs twice: on bare tokens by word form, then, for the sentences that
     * pass, on tagged tokens by lemma and part of speech (a tenth of a parse's cost), so that "plans" the
     * noun or "force" the noun do not send a sentence to the dependency parser.
     */

    /**
     * Sides a sentence names: distinct polities (a country's party or dissenters apart from its state:
     * "Bangladeshi authorities banned the Awami League"), plus a pronoun, an agent noun or "the two …".
     */
    private int sides(List<Token> tokens, List<Mention> mentions, Discourse discourse) {
        Set<String> polities = new java.util.HashSet<>();
        for (Mention m : mentions) {
            Actor a = m.actor();
            polities.add(EventExtractor.standsApart(a) ? a.code() : a.polity());
        }
        discourse.filedFrom(mentions).ifPresent(a -> polities.add(a.polity())); // "KIGALI - soldiers killed villagers"
        int extra = 0;
        // "SEOUL - The foreign ministry summoned the Chinese ambassador": a state's part in a story filed from a
        // country may be that country's
        boolean filed = discourse.filedFrom().isPresent();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).lemma();
            if (discourse.hasPeople() && PRONOUNS.contains(w)) extra = Math.max(extra, 1);
            String role = kb.roleOfForm(w); // the pre-pass has word forms: "rebels", "gunmen"
            if (role == null && i + 1 < tokens.size()) role = kb.roleOfForm(w + " " + tokens.get(i + 1).lemma()); // "armed groups"
            if (role != null && (filed || !role.equals("GOV"))) extra = Math.max(extra, 1); // "police", "rebels"
            if (lexicon.isWeapon(w)) extra = Math.max(extra, 1); // "a roadside bomb": an attacker left unnamed
            // "pledged aid to the country", after a sentence that named one
            if (i > 0 && Discourse.COUNTRY_ANAPHORS.contains(w) && tokens.get(i - 1).lemma().equals("the")
                    && discourse.lastCountry(tokens.get(i).start(), Set.of()).isPresent()) extra = Math.max(extra, 1);
            // "the two leaders", "both sides"
            if ((w.equals("two") || w.equals("both")) && i + 1 < tokens.size() && PAIRS.contains(tokens.get(i + 1).lemma())) extra = 2;
            // "They agreed to ...", after a sentence that named two sides
            if (w.equals("they") && discourse.lastSides(tokens.get(i).start(), 2, false).size() == 2) extra = 2;
            // "detained Istanbul Mayor Ekrem Imamoglu", "jailed journalist Evan Gershkovich": a name after an agent
            // noun is a person, a side, though the knowledge base lacks it
            if (role != null && i + 2 < tokens.size() && named(tokens.get(i + 1)) && named(tokens.get(i + 2))
                    && !covered(mentions, tokens.get(i + 1))) {
                extra = Math.max(extra, 1);
            }
        }
        return polities.size() + extra;
    }

    private static boolean covered(List<Mention> mentions, Token t) {
        return mentions.stream().anyMatch(m -> m.start() < t.end() && m.end() > t.start());
    }

    /** True for a word that may be part of a name: capitalised, and letters after the capital. */
    private static boolean named(Token t) {
        String w = t.word();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase);
    }

    private static Lexicon.Trigger strongest(List<Token> tokens, java.util.function.Function<Token, Lexicon.Trigger> trigger) {
        Lexicon.Trigger strongest = Lexicon.Trigger.NONE;
        for (Token t : tokens) {
            Lexicon.Trigger k = trigger.apply(t);
            if (k.ordinal() > strongest.ordinal()) strongest = k;
        }
        return strongest;
    }

    private static boolean enough(Lexicon.Trigger strongest, int sides) {
        return switch (strongest) {
            case NONE -> false;
            case DYADIC -> sides >= 2;
            case MONADIC -> sides >= 1;
        };
    }

    /**
     * A sentence with no events of its own that only elaborates the previous one gives it what it adds:
     * the speaker ("Kang Yu-jung divulged this tidbit") and the date ("It was six days into Lee's reign").
     */
    private void elaborate(List<Reading> readings, List<Token> tokens, List<Mention> mentions) {
        if (readings.size() < 2) return;
        Reading here = readings.get(readings.size() - 1);
        Reading previous = readings.get(readings.size() - 2);
        if (previous.candidates().isEmpty()) return;
        if (here.date().isPresent() && ANAPHORIC_START.matcher(here.sentence().text()).find()
                && (previous.date().isEmpty())) {
            readings.set(readings.size() - 2, previous.withDate(here.date()));
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!SPEECH_FORMS.contains(tokens.get(i).lemma())) continue;
            if (!DEMONSTRATIVES.contains(tokens.get(i + 1).lemma())) continue;
            Mention speaker = null;
            for (Mention m : mentions) if (m.end() <= tokens.get(i).start()) { speaker = m; break; }
            if (speaker == null) return;
            Attribution a = new Attribution(speaker.actor(), speaker.actor().text());
            previous.candidates().replaceAll(c -> c.attribution() == null ? c.withAttribution(a) : c);
            return;
        }
    }

    /**
     * A response with no stated addressee ("Xi agreed") answers the party that spoke to the actor: the
     * source of the latest event aimed at the actor's side, else the attributed speaker when from another side.
     * A claim of responsibility with no target is aimed where the latest act of force was.
     */
    private static void resolveResponses(List<Reading> readings) {
        List<Candidate> seen = new ArrayList<>();
        for (Reading r : readings) {
            List<Candidate> cs = r.candidates();
            for (int i = 0; i < cs.size(); i++) {
                Candidate c = cs.get(i);
                boolean claim = c.pattern().has(EventPattern.Flag.CLAIM);
                if (c.target() != null || !(claim || c.pattern().has(EventPattern.Flag.RESP))) continue;
                // the same sentence's other events first ("China launched drills ..., and Taipei condemned the
                // exercises"), then the article's before it; read latest first
                List<Candidate> before = new ArrayList<>(seen);
                // but not the act itself, made by a partner beside ("Egypt and Qatar welcomed the release")
                for (int j = cs.size() - 1; j >= 0; j--) if (j != i && !sameAct(c, cs.get(j))) before.add(cs.get(j));
                java.util.Collections.reverse(before);
                Actor target = claim ? claimed(before) : addressee(c, before);
                if (target != null) cs.set(i, c.withTarget(target));
            }
            seen.addAll(cs);
        }
    }

    /** True when two candidates are one act of several sources: the same row matched at the same words. */
    private static boolean sameAct(Candidate a, Candidate b) {
        return a.pattern() == b.pattern() && a.trigger().equals(b.trigger()) && a.cameo().equals(b.cameo());
    }

    /** What a claim of responsibility is aimed at: the target of the latest act of force. */
    private static Actor claimed(List<Candidate> latestFirst) {
        for (Candidate p : latestFirst) if (p.target() != null && EventExtractor.isForce(p.cameo())) return p.target();
        return null;
    }

    /**
     * Whom a response answers: the source of the latest act aimed at the responder's side, else of another side's
     * act aimed at no one ("North Korea fired a missile into the sea ... Lee condemned the launch"), else the
     * attributed speaker of another side. A hostile response answers only hostile acts, not the drills of an
     * ally named beside them.
     */
    private static Actor addressee(Candidate c, List<Candidate> latestFirst) {
        String own = c.source().polity();
        List<Candidate> acts = c.cameo().compareTo("10") < 0 ? latestFirst
                : latestFirst.stream().filter(p -> p.cameo().compareTo("10") >= 0).toList();
        for (Candidate p : acts) {
            if (p.target() != null && p.target().polity().equals(own) && !p.source().polity().equals(own)) return p.source();
        }
        for (Candidate p : acts) if (p.target() == null && !p.source().polity().equals(own)) return p.source();
        Actor speaker = c.attribution() == null ? null : c.attribution().speaker();
        return speaker != null && !speaker.polity().equals(own) ? speaker : null;
    }

    private Location place(List<Token> tokens) {
        List<String> words = tokens.stream().map(Token::word).toList();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String w = tokens.get(i).lemma();
            if (!(w.equals("in") || w.equals("at") || w.equals("near"))) continue;
            String next = tokens.get(i + 1).word();
            if (next.isEmpty() || !Character.isUpperCase(next.charAt(0))) continue;
            Optional<Place> p = kb.places().longestAt(words, i + 1);
            if (p.isPresent()) return new Location(p.get().name(), p.get().country(), p.get().lat(), p.get().lon());
        }
        return null;
    }

    private List<Event> toEvents(Article article, CleanText clean, List<Reading> readings) {
        List<Event> events = new ArrayList<>();
        String published = article.date() == null ? null : article.date().toString();
        Set<String> told = new HashSet<>(); // events of earlier sentences, by dyad, code and modality
        for (Reading r : readings) {
            Sentence s = r.sentence();
            String text = article.text().substring(s.start(), s.end());
            Set<String> seen = new LinkedHashSet<>();
            for (Candidate c : r.candidates()) {
                // a response whose addressee was not found ("Xi agreed") says too little to keep
                if (c.target() == null && c.pattern().has(EventPattern.Flag.RESP)) continue;
                // an actor aimed at itself is a misreading, except a protest aimed at home ("Israelis rallied in
                // Tel Aviv": ISR → ISR)
                if (c.target() != null && c.source().polity().equals(c.target().polity())
                        && c.source().code().equals(c.target().code()) && !c.pattern().has(EventPattern.Flag.HOME)) continue;
                // a match is not a fight: "Morocco beat Portugal 1-0 in a World Cup semi-final"
                if (lexicon.contest(c.pattern().trigger(), text)) continue;
                // one real event named twice in a sentence ("held talks ..., their first meeting") is one event
                if (!seen.add(told(c, Actor::polity, c.cameo().substring(0, 2)))) continue;
                // "During the 30-minute call, Lee asked Xi ...": an event noun naming again, in a later sentence, the
                // same act between the same sides is the article's earlier event, not a second one
                String act = told(c, Actor::code, c.cameo());
                if (c.pattern().noun() && told.contains(act)) continue;
                EventType type = ontology.type(c.cameo());
                Optional<EventDate> when = r.date().map(d -> c.modality() == Modality.INTENDED
                        ? DateResolver.forIntended(d, article.date()) : DateResolver.forHappened(d, article.date()));
                String date = when.map(EventDate::date).orElse(published);
                String basis = when.map(EventDate::basis).orElse(published == null ? null : "publication date");
                told.add(act);
                events.add(new Event(article.id() + "-" + s.index() + "-" + events.size(), article.id(), s.index(), date,
                        basis, c.source(), c.target(), type.cameo(), type.root(), type.plover(), type.ploverMode(),
                        type.goldstein(), type.quadClass(), c.modality(), c.attribution(), r.place(), r.topics(),
                        new Evidence(text, s.start(), s.end(), c.trigger(),
                                clean.citationsIn(s.start(), s.end() + 1)), c.pattern().origin(), c.probability()));
            }
        }
        return events;
    }

    /** What an event tells, for finding it told again: its sides as {@code side} names them, a code, its modality. */
    private static String told(Candidate c, java.util.function.Function<Actor, String> side, String code) {
        // an act asserted in one phrase and reported in another ("were killed by Israeli fire ..., according to the
        // ministry") is one act that happened
        return side.apply(c.source()) + ">" + (c.target() == null ? "-" : side.apply(c.target())) + ":" + code + ":"
                + (c.modality().happened() ? "happened" : c.modality());
    }

    /** Events that the text presents as having happened or as intended (what `eval` scores). */
    public static boolean scored(Event e) {
        return e.modality().happened() || e.modality() == Modality.INTENDED;
    }

}
