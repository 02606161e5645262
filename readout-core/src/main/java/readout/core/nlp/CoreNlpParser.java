package readout.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@link Parser} backed by CoreNLP: tokenize, pos and lemma through a pipeline, then CoreNLP's neural
 * dependency parser called directly for basic Universal Dependencies, without NER. Prepositions are
 * folded into relation names here ("obl" with case "with" becomes "obl:with"), which is the part of
 * CoreNLP's enhanced conversion the extractor uses; skipping the rest of that conversion saves about a
 * fifth of the parse time (docs/adr/0005). The parser's usual misreadings of news copy are mended first
 * ({@link ParseRepairs}); a trailing attribution it tangles with the report is parsed apart. One instance per thread.
 */
public final class CoreNlpParser implements Parser {
    private static volatile StanfordCoreNLP sharedTagger;

    private final StanfordCoreNLP tagger;
    private final DependencyParser parser;
    /** The last sentence tagged by {@link #tag} and its annotation, which a parse of it reuses. */
    private String taggedText;
    private Annotation tagged;

    /**
     * Shares the tagging pipeline (safe for concurrent calls) and loads a dependency parser of its own: the
     * parser's feature cache is synchronized, so one parser per thread keeps two threads from queueing on it.
     */
    public CoreNlpParser() {
        synchronized (CoreNlpParser.class) {
            if (sharedTagger == null) sharedTagger = new StanfordCoreNLP(properties());
            this.tagger = sharedTagger;
        }
        Properties config = new Properties();
        // the parser caches hidden-layer contributions of features outside its precomputed set in an LRU of
        // 5,000 entries by default; on news that cache thrashes (a third of parse time went to its bookkeeping
        // under JFR). 50,000 entries cost about 80 MB and remove the thrash.
        config.setProperty("numCached", "50000");
        this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, config);
    }

    /** The CoreNLP properties Readout tags with (the dependency model is CoreNLP's default English UD model). */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=false,ptb3Escaping=false");
        p.setProperty("ssplit.isOneSentence", "true");
        return p;
    }

    @Override
    public Optional<List<Token>> tag(String sentence, int offset) {
        Annotation doc = annotate(sentence);
        taggedText = sentence;
        tagged = doc;
        List<Token> tokens = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) addTokens(s, tokens, offset);
        return Optional.of(tokens);
    }

    @Override
    public ParsedSentence parse(String sentence, int offset) {
        Annotation doc = sentence.equals(taggedText) ? tagged : annotate(sentence);
        taggedText = null;
        tagged = null;
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        int base = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            addTokens(s, tokens, offset);
            int dated = datedObject(labels);
            List<Dependency> basic = dated < 0 ? dependencies(parser.predict(s), base) : predictDated(labels, dated, base);
            int comma = brokenAttribution(basic, tokens, base, labels.size());
            if (comma >= 0) basic = splitAttribution(labels, comma - base, base);
            List<Dependency> repaired = ParseRepairs.apply(basic, tokens);
            ParseRepairs.nominalGerunds(repaired, tokens);
            deps.addAll(withPrepositions(repaired, tokens));
            base += labels.size();
        }
        return new ParsedSentence(tokens, deps);
    }

    /**
     * The parser's basic dependencies over some of a sentence's labels, those at {@code kept} (in order), numbered from
     * {@code base} as in the whole sentence: the labels are copied and renumbered, so only a sentence parsed in parts
     * pays for it.
     */
    private List<Dependency> predict(List<CoreLabel> labels, int[] kept, int base) {
        List<CoreLabel> part = new ArrayList<>(kept.length);
        for (int i : kept) {
            CoreLabel l = new CoreLabel(labels.get(i));
            l.setIndex(part.size() + 1);
            part.add(l);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, part);
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies(parser.predict(sentence), 0)) {
            out.add(new Dependency(d.governor() < 0 ? -1 : base + kept[d.governor()], base + kept[d.dependent()], d.relation()));
        }
        return out;
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** Tags that begin the noun phrase of an object after its day. */
    private static final Set<String> DATED_OBJECT_STARTS = Set.of("DT", "CD", "JJ", "PRP$", "NNP", "NNPS", "NN", "NNS");

    /**
     * Where wire copy puts the day between a verb and its object ("North Korea rejected on Thursday a South Korean
     * proposal", "Russia rebuffed on Friday a European Union demand"), the position of "on"; else -1. The parser,
     * trained on text that puts the day last, often hangs the object on the day or loses the whole sentence.
     */
    static int datedObject(List<CoreLabel> labels) {
        for (int i = 1; i + 2 < labels.size(); i++) {
            if (!"on".equalsIgnoreCase(labels.get(i).word()) || !String.valueOf(labels.get(i - 1).tag()).startsWith("VB")) continue;
            if (!WEEKDAYS.contains(labels.get(i + 1).word().toLowerCase(Locale.ROOT))) continue;
            if (DATED_OBJECT_STARTS.contains(labels.get(i + 2).tag())) return i;
        }
        return -1;
    }

    /**
     * Parses a sentence as if its "on {day}" after the verb ({@link #datedObject}) came last: the parser reads the
     * sentence without the two words, and the day is hung on the verb as its time, with "on" as its case.
     */
    private List<Dependency> predictDated(List<CoreLabel> labels, int on, int base) {
        int[] kept = IntStream.range(0, labels.size()).filter(i -> i != on && i != on + 1).toArray();
        List<Dependency> out = predict(labels, kept, base);
        out.add(new Dependency(base + on + 1, base + on, "case"));
        out.add(new Dependency(base + on - 1, base + on + 1, "obl"));
        return out;
    }

    /** A parse's typed dependencies as token positions: its first token is {@code base}. */
    private static List<Dependency> dependencies(GrammaticalStructure gs, int base) {
        List<Dependency> out = new ArrayList<>();
        for (TypedDependency td : gs.typedDependencies()) {
            int gov = td.gov().index() == 0 ? -1 : base + td.gov().index() - 1;
            out.add(new Dependency(gov, base + td.dep().index() - 1, td.reln().toString()));
        }
        return out;
    }

    /**
     * The comma before a trailing attribution the parser has tangled with the report ("launched a drone and
     * missile attack on Kyiv, killing 23 people, Ukrainian officials said", parsed with "drone" the subject of
     * "said" and "said" the object of "launched"; or "approved the sale of $3 billion in arms to Israel, the State
     * Department said", parsed with "said" a clause on "sale"; or a phrase of the report hung on "said"; or the
     * speaker parsed as an apposition of the report's last name), or -1. The attribution is a verb of saying after
     * the sentence's last comma, with only its speaker between them and only time or punctuation after it.
     */
    static int brokenAttribution(List<Dependency> deps, List<Token> tokens, int base, int size) {
        int end = base + size;
        int say = -1;
        for (int i = end - 1; i > base; i--) {
            Token t = tokens.get(i);
            if (ParseRepairs.SAYING.contains(t.lemma()) && String.valueOf(t.pos()).startsWith("VB")) { say = i; break; }
            if (String.valueOf(t.pos()).startsWith("VB")) return -1;
        }
        if (say < 0) return -1;
        int comma = -1;
        for (int i = say - 1; i > base; i--) {
            String pos = String.valueOf(tokens.get(i).pos());
            if (tokens.get(i).word().equals(",")) { comma = i; break; }
            if (pos.startsWith("VB") || pos.equals("WDT") || pos.equals("WP")) return -1;
        }
        if (comma < 0) return -1;
        final int s = say, c = comma;
        boolean tangled = deps.stream().anyMatch(d ->
                // the report's subject or phrase hung on the verb of saying ("abducted by separatists, officials said")
                d.governor() == s && d.dependent() < c
                        && (d.relation().startsWith("nsubj") || d.base().equals("obl") || d.base().equals("nmod"))
                // the verb of saying hung on the report
                || d.dependent() == s && d.governor() >= 0 && d.governor() < c
                        && (d.relation().equals("obj") || d.relation().startsWith("nsubj") || d.relation().startsWith("obl")
                        || d.relation().startsWith("nmod") || d.relation().startsWith("acl") || d.relation().equals("dep"))
                // the speaker hung on the report ("restrictions on justice Alexandre de Moraes, the State Department
                // said", with the department an apposition of the name)
                || d.dependent() > c && d.dependent() < s && d.governor() >= 0 && d.governor() < c);
        return tangled ? comma : -1;
    }

    /**
     * Parses the report before the comma and the attribution after it apart, and joins them as a reporter
     * writes them: the verb of saying heads the sentence, the report is its complement.
     */
    private List<Dependency> splitAttribution(List<CoreLabel> labels, int comma, int base) {
        List<Dependency> report = predict(labels, IntStream.range(0, comma).toArray(), base);
        List<Dependency> attribution = predict(labels, IntStream.range(comma + 1, labels.size()).toArray(), base);
        List<Dependency> out = new ArrayList<>(report.size() + attribution.size() + 1);
        int say = attribution.stream().filter(d -> d.governor() < 0).mapToInt(Dependency::dependent).findFirst().orElse(-1);
        for (Dependency d : report) out.add(d.governor() < 0 && say >= 0 ? new Dependency(say, d.dependent(), "ccomp") : d);
        out.addAll(attribution);
        out.add(new Dependency(say >= 0 ? say : base, base + comma, "punct"));
        return out;
    }

    private Annotation annotate(String sentence) {
        String joined = DESIGNATION_HYPHEN.matcher(sentence).replaceAll("_");
        Annotation doc = new Annotation(joined);
        tagger.annotate(doc);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!joined.equals(sentence)) restoreDesignations(labels, sentence);
            retag(labels);
        }
        return doc;
    }

    /**
     * The hyphen in a model designation ("MiG-31", "Su-35", "S-400", "F-16"): the tokenizer reads "-31" as a
     * negative number, and the parser then loses the noun phrase ("three Russian MiG-31 fighter jets entered its
     * airspace" had no subject). The hyphen is joined for tagging and given back in the token's word.
     */
    private static final Pattern DESIGNATION_HYPHEN = Pattern.compile("(?<=\\b\\p{Lu}\\p{L}{0,2})-(?=\\d)");

    private static void restoreDesignations(List<CoreLabel> labels, String sentence) {
        for (CoreLabel l : labels) {
            if (l.word().indexOf('_') < 0) continue;
            String word = sentence.substring(l.beginPosition(), l.endPosition());
            l.setWord(word);
            l.setValue(word);
            l.setOriginalText(word);
            if (l.lemma() != null) l.setLemma(word);
        }
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Tags that begin a noun phrase an object can be, but no noun compound goes on with ("visa free travel"). */
    private static final Set<String> PHRASE_STARTS = Set.of("DT", "CD", "PRP$", "PRP", "NNS", "NNP", "NNPS");
    private static final Set<String> INDEFINITE = Set.of("a", "an");

    /**
     * Mends the tagger's verb after an article or a possessive, which no English verb follows: in "a massive
     * drone and missile attack" it tags "drone" a verb, and the parser then loses the whole sentence. The
     * word is a noun, as it would be in "a drone". So is a verb inside such a noun phrase, between words
     * that modify a noun and the noun itself ("a massive Russian missile and drone attack"), and one after "a" and a
     * noun ("a minerals deal"), and "drone" before a noun ("Russian drone attacks"). And it mends "free" tagged an
     * adjective where it is the verb, and "military" tagged an adjective where it is the subject ("Myanmar's military
     * detained ...").
     */
    static void retag(List<CoreLabel> labels) {
        joinTestVerbs(labels);
        joinHyphenChains(labels);
        for (int i = 1; i < labels.size(); i++) {
            String tag = labels.get(i).tag();
            // "demanded that the junta free Suu Kyi": "free" between a noun and a noun phrase is the verb
            if ("JJ".equals(tag) && "free".equalsIgnoreCase(labels.get(i).word()) && i + 1 < labels.size()
                    && labels.get(i - 1).tag().startsWith("NN") && PHRASE_STARTS.contains(labels.get(i + 1).tag())) {
                labels.get(i).setTag("VB");
            }
            // "Ukraine and Hungary each expelled two diplomats": "each" between a subject and its verb floats, an
            // adverb, and the verb after it is in the past, else "each expelled two diplomats" is read as a noun phrase
            if ("DT".equals(tag) && "each".equalsIgnoreCase(labels.get(i).word()) && i + 1 < labels.size()
                    && SUBJECT_ENDS.contains(labels.get(i - 1).tag()) && FLOATED_VERBS.contains(labels.get(i + 1).tag())) {
                labels.get(i).setTag("RB");
                if ("VBN".equals(labels.get(i + 1).tag())) labels.get(i + 1).setTag("VBD");
            }
            if ("NN".equals(tag) && subjunctive(labels, i)) labels.get(i).setTag("VB");
            if ("NN".equals(tag) && controlledInfinitive(labels, i)) {
                labels.get(i - 1).setTag("TO");
                labels.get(i).setTag("VB");
            }
            // "the Saudi-led coalition fighting in Yemen began a ceasefire": "fighting" after a force and before the
            // phrase of where or whom it fights is the force's participle, not a compound noun that loses the verb
            if ("NN".equals(tag) && "fighting".equalsIgnoreCase(labels.get(i).word()) && i + 1 < labels.size()
                    && FORCES.contains(labels.get(i - 1).word().toLowerCase(Locale.ROOT)) && "IN".equals(labels.get(i + 1).tag())) {
                labels.get(i).setTag("VBG");
            }
            // "would put ousted President Bazoum on trial": a participle between a verb and the noun it goes with is
            // the noun's adjective (not after "have", "be" or "get", whose participle it is), else the parser makes it
            // the verb and loses the one the sentence has
            if ("VBN".equals(tag) && i + 1 < labels.size() && labels.get(i - 1).tag().startsWith("VB")
                    && !AUXILIARY_FORMS.contains(labels.get(i - 1).word().toLowerCase(Locale.ROOT))
                    && NOUN_STARTS.contains(labels.get(i + 1).tag())) {
                labels.get(i).setTag("JJ");
            }
            // "China has since rejected U.S. attempts": "since" between "has" and a participle is the adverb, else the
            // parser makes it the preposition of the object and loses the verb
            if ("IN".equals(tag) && "since".equalsIgnoreCase(labels.get(i).word()) && sinceAsAdverb(labels, i)) {
                labels.get(i).setTag("RB");
            }
            // "Myanmar's military detained Suu Kyi": "military" after a possessive or an article and before a verb in
            // the past (the tagger's participle too) or any finite verb is the noun, the subject
            if ("JJ".equals(tag) && "military".equalsIgnoreCase(labels.get(i).word()) && i + 1 < labels.size()) {
                String next = labels.get(i + 1).tag();
                boolean headed = "POS".equals(labels.get(i - 1).tag()) || "DT".equals(labels.get(i - 1).tag());
                if (FINITE.contains(next) || headed && "VBN".equals(next)) labels.get(i).setTag("NN");
            }
            if ("VBN".equals(tag) && (subjectsParticiple(labels, i) || afterTheTwo(labels, i) || afterNamedSubject(labels, i))) {
                labels.get(i).setTag("VBD");
            }
            // "killed 1,700 Iraqi army recruits": a word in "-s" that ends a counted noun phrase is its plural noun, not
            // a verb with the phrase for its subject
            if ("VBZ".equals(tag) && (countedNoun(labels, i) || eventPlural(labels, i))) labels.get(i).setTag("NNS");
            // "the Thai and Cambodian leaders": a proper noun after "the", joined to a proper adjective before a noun, is a
            // proper adjective too, else the parser makes it the head ("Thai", "Nepali", "Greek", "Emirati")
            if ("NNP".equals(tag) && pairedAdjective(labels, i)) labels.get(i).setTag("JJ");
            // "held a meeting and working lunch with his counterpart", "on a working visit to": "working" before the
            // occasion it names is its adjective, else the parser makes it the verb and loses the one the sentence has
            if ("VBG".equals(tag) && "working".equalsIgnoreCase(labels.get(i).word()) && i + 1 < labels.size()
                    && WORKING_OCCASIONS.contains(labels.get(i + 1).word().toLowerCase(Locale.ROOT))) {
                labels.get(i).setTag("JJ");
            }
            if (!"VB".equals(tag) && !"VBP".equals(tag)) continue;
            // "Russian drone attacks hit Kyiv": the tagger makes "drone" a verb with "Russian" for its subject; before a
            // noun it is the noun that names the weapon
            if (i + 1 < labels.size() && labels.get(i + 1).tag().startsWith("NN") && "drone".equalsIgnoreCase(labels.get(i).word())) {
                labels.get(i).setTag("NN");
                continue;
            }
            // "a minerals deal", "a trade deal": no verb in the plain or present form follows "a" and a noun
            boolean indefinite = i > 1 && labels.get(i - 1).tag().startsWith("NN") && !labels.get(i - 1).tag().startsWith("NNP")
                    && INDEFINITE.contains(labels.get(i - 2).word().toLowerCase(Locale.ROOT));
            if (determined(labels.get(i - 1)) || indefinite
                    || i > 1 && (labels.get(i - 1).tag().startsWith("JJ") || "NNP".equals(labels.get(i - 1).tag()))
                        && determined(labels.get(i - 2)) // "a Russian drone struck", with "Russian" tagged a proper noun
                    || i + 1 < labels.size() && labels.get(i + 1).tag().startsWith("NN") && inNounPhrase(labels, i)) {
                labels.get(i).setTag("NN");
            }
        }
    }

    /** Nouns of fighting sides, which a "fighting" after them is said of ("rebels fighting in Darfur"). */
    private static final Set<String> FORCES = Set.of("coalition", "forces", "troops", "rebels", "militias", "militia",
            "group", "groups", "fighters", "alliance", "militants", "guerrillas", "army", "soldiers", "insurgents");

    /** Occasions a "working" one of is named: "a working lunch", "a working visit". */
    private static final Set<String> WORKING_OCCASIONS = Set.of("lunch", "dinner", "breakfast", "visit", "trip",
            "session", "meeting", "luncheon");

    /** Tags of the words of a noun phrase that opens a sentence. */
    private static final Set<String> SUBJECT_TAGS = Set.of("DT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "HYPH", "POS");
    /** Participles that take an object in the passive too ("officials given the task"), and words of time after one. */
    private static final Set<String> PASSIVE_WITH_OBJECT = Set.of("given", "handed", "granted", "awarded", "offered",
            "denied", "shown", "promised", "told", "paid", "allowed", "asked", "sent", "last", "this", "next", "earlier");

    /**
     * True when the participle at {@code i} is the first verb of a sentence that opens with a noun phrase and an
     * object follows it: "Thai F-16 fighter jets bombed Cambodian targets as fighting escalated" is tagged as if the
     * jets were the ones bombed, and the parser then loses the act; a participle of its noun takes no object.
     */
    private static boolean subjectsParticiple(List<CoreLabel> labels, int i) {
        if (i + 1 >= labels.size() || !labels.get(i - 1).tag().startsWith("NN")
                || !OBJECT_STARTS.contains(labels.get(i + 1).tag()) || "RP".equals(labels.get(i + 1).tag())
                || PASSIVE_WITH_OBJECT.contains(labels.get(i).word().toLowerCase(Locale.ROOT))
                || PASSIVE_WITH_OBJECT.contains(labels.get(i + 1).word().toLowerCase(Locale.ROOT))) return false;
        for (int j = 0; j < i; j++) if (!SUBJECT_TAGS.contains(labels.get(j).tag())) return false;
        return true;
    }

    /** Words after which a clause begins: "..., and the two signed". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", ",", ";");

    /**
     * True when the participle at {@code i} follows "the two" at the start of a clause: "hosted Putin in Astana and the
     * two signed agreements on energy" is tagged as if the agreements were "two signed" ones, and the parser then
     * loses the clause; "the two" there are the sides, and the verb is theirs.
     */
    private static boolean afterTheTwo(List<CoreLabel> labels, int i) {
        return i >= 2 && "two".equalsIgnoreCase(labels.get(i - 1).word()) && "the".equalsIgnoreCase(labels.get(i - 2).word())
                && (i == 2 || CLAUSE_OPENERS.contains(labels.get(i - 3).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * True when the participle at {@code i} follows a name that opens a clause after ", and" or ", but", and no noun
     * follows it: "Canada expelled six diplomats, and India retaliated by expelling six" is tagged as if India were
     * "retaliated", and the parser then loses the clause. A participle with its agent after it stays ("..., and Kyiv
     * backed by NATO").
     */
    private static boolean afterNamedSubject(List<CoreLabel> labels, int i) {
        int j = i - 1;
        while (j >= 0 && "NNP".equals(labels.get(j).tag())) j--;
        if (j == i - 1 || j < 1 || !",".equals(labels.get(j - 1).word())) return false;
        String opener = labels.get(j).word().toLowerCase(Locale.ROOT);
        if (!opener.equals("and") && !opener.equals("but")) return false;
        if (i + 1 >= labels.size()) return true;
        CoreLabel next = labels.get(i + 1);
        boolean agent = "by".equalsIgnoreCase(next.word()) && i + 2 < labels.size() && !"VBG".equals(labels.get(i + 2).tag());
        return !NOUN_STARTS.contains(next.tag()) && !agent;
    }

    /**
     * True when the token after a noun closes a phrase opened by a count that follows a verb or a preposition
     * ("killed 1,700 captured Iraqi army recruits"); a year opens no such phrase ("the 2015 deal allows").
     */
    private static boolean countedNoun(List<CoreLabel> labels, int i) {
        if (!labels.get(i).word().endsWith("s") || !"NN".equals(labels.get(i - 1).tag())) return false;
        for (int j = i - 2; j >= 1; j--) {
            String t = labels.get(j).tag();
            if ("CD".equals(t)) {
                String before = labels.get(j - 1).tag();
                return !YEAR.matcher(labels.get(j).word()).matches() && (before.startsWith("VB") || "IN".equals(before));
            }
            if (!t.startsWith("JJ") && !t.startsWith("NN") && !"VBN".equals(t)) return false;
        }
        return false;
    }

    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

    /** Tags after which a phrase has ended: a preposition, a conjunction or punctuation ("exercises in", "drills,"). */
    private static final Set<String> PHRASE_ENDS = Set.of("IN", "CC", ",", ".", ":");
    /** Tags of a word that modifies the noun after it ("one-on-one talks", "emergency talks", "fresh talks"). */
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "RB", "NN", "VBN");

    /**
     * True when an event's plural ({@link ParseRepairs#NAMED_ACTS}) is what "of" counts, or closes a phrase that a
     * determiner opens with a name before it: "held 90 minutes of one-on-one talks", "kicked off the annual Cobra Gold
     * exercises"; else the tagger makes it a verb. (Parses where it still is are mended by {@link ParseRepairs}.)
     */
    private static boolean eventPlural(List<CoreLabel> labels, int i) {
        if (!ParseRepairs.NAMED_ACTS.contains(labels.get(i).word().toLowerCase(Locale.ROOT))) return false;
        // "90 minutes of one-on-one talks", "two days of talks": what "of" counts is a noun
        if ("of".equalsIgnoreCase(labels.get(i - 1).word()) || i > 1 && "of".equalsIgnoreCase(labels.get(i - 2).word())
                && MODIFIER_TAGS.contains(labels.get(i - 1).tag())) {
            return true;
        }
        if (!"NNP".equals(labels.get(i - 1).tag()) || i + 1 < labels.size() && !PHRASE_ENDS.contains(labels.get(i + 1).tag())) {
            return false;
        }
        for (int j = i - 2; j >= 0; j--) {
            String t = labels.get(j).tag();
            if ("DT".equals(t) || "PRP$".equals(t)) return true;
            if (!t.startsWith("NNP") && !t.startsWith("JJ") && !"CD".equals(t)) return false;
        }
        return false;
    }

    private static boolean pairedAdjective(List<CoreLabel> labels, int i) {
        if (i < 1 || i + 3 >= labels.size() || !"the".equalsIgnoreCase(labels.get(i - 1).word())) return false;
        CoreLabel and = labels.get(i + 1), adjective = labels.get(i + 2);
        return (and.word().equals("and") || and.word().equals("or")) && "JJ".equals(adjective.tag())
                && Character.isUpperCase(adjective.word().charAt(0)) && labels.get(i + 3).tag().startsWith("NN");
    }

    private static final Set<String> HAVE = Set.of("has", "have", "had", "'ve", "’ve");
    /**
     * Forms of the verbs whose participle after them is their own (the perfect, the passive, "got elected", "became
     * engaged"); after any other verb a participle before a noun is an adjective ("put ousted President Bazoum",
     * "said captured soldiers").
     */
    private static final Set<String> AUXILIARY_FORMS = Stream.concat(HAVE.stream(), Stream.of(
            "having", "is", "are", "was", "were", "be", "been", "being", "'s", "’s", "'re", "’re", "am",
            "get", "gets", "got", "gotten", "getting",
            "become", "becomes", "became", "remain", "remains", "remained", "seem", "seems", "seemed", "stay", "stayed",
            "feel", "felt", "look", "looked", "go", "went", "gone", "come", "came", "appear", "appeared"))
            .collect(Collectors.toUnmodifiableSet());
    /** Tags a noun phrase's head or its modifiers begin with. */
    private static final Set<String> NOUN_STARTS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ");

    /** True when "since" at {@code i} follows a form of "have" and comes before its participle, an adverb between. */
    private static boolean sinceAsAdverb(List<CoreLabel> labels, int i) {
        int j = i + 1;
        if (j < labels.size() && "RB".equals(labels.get(j).tag())) j++;
        return HAVE.contains(labels.get(i - 1).word().toLowerCase(Locale.ROOT)) && j < labels.size()
                && "VBN".equals(labels.get(j).tag());
    }

    /** Tags of a finite verb or a modal. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    /** Tags after which a verb's object or particle begins, and no noun compound goes on. */
    private static final Set<String> OBJECT_STARTS = Set.of("DT", "PRP$", "CD", "JJ", "JJR", "RP");
    private static final Set<String> PARTICLES = Set.of("over", "up", "out", "back", "down", "off");

    /**
     * True when a word tagged a noun is the verb of a clause "that" opens with a name for its subject: "demanded
     * that China scrap its air defence zone", "that Libya hand over two suspects". A noun does not follow a name
     * there and take an object or a particle.
     */
    private static boolean subjunctive(List<CoreLabel> labels, int i) {
        if (i + 1 >= labels.size()) return false;
        CoreLabel next = labels.get(i + 1);
        int j = i - 1;
        while (j >= 0 && "NNP".equals(labels.get(j).tag())) j--;
        if (j >= i - 1 || j < 0 || !labels.get(j).word().equalsIgnoreCase("that")) return false;
        // after a verb of demand the clause is a command, and a bare plural is its object too ("urged that Beijing
        // halt exports")
        boolean demand = j > 0 && labels.get(j - 1).tag().startsWith("VB") && DEMANDS.stream()
                .anyMatch(labels.get(j - 1).word().toLowerCase(Locale.ROOT)::startsWith);
        return OBJECT_STARTS.contains(next.tag()) || demand && next.tag().startsWith("NNS")
                || "IN".equals(next.tag()) && PARTICLES.contains(next.word().toLowerCase(Locale.ROOT));
    }

    /** Tags of the last word of a subject, and of the verb a floated "each" comes before. */
    private static final Set<String> SUBJECT_ENDS = Set.of("NNP", "NNPS", "NNS");
    private static final Set<String> FLOATED_VERBS = Set.of("VBD", "VBN", "VBZ", "VBP");

    /** Stems of the verbs whose "to" opens an infinitive of their subject's: "threatened to slap tariffs". */
    private static final Set<String> CONTROLLERS = Set.of("threat", "vow", "pledg", "promis", "plan", "agre", "decid",
            "refus", "offer", "sought", "seek", "tri", "try", "vote");
    /** Tags of the words of a time or an adverb between a verb and its "to" ("late on Thursday"). */
    private static final Set<String> DATING_TAGS = Set.of("RB", "IN", "NNP", "CD");
    /** Tags an infinitive's object begins with, and no noun compound goes on ("agreed to peace talks" is a noun). */
    private static final Set<String> INFINITIVE_OBJECTS = Set.of("DT", "CD", "$", "PRP$");

    /**
     * True when a word tagged a noun follows "to" after a verb of intent and comes before an object: "threatened on
     * Monday to slap an extra tariff", read as "to" a preposition and "slap" a noun.
     */
    private static boolean controlledInfinitive(List<CoreLabel> labels, int i) {
        if (i < 2 || i + 1 >= labels.size() || !"to".equalsIgnoreCase(labels.get(i - 1).word())) return false;
        int j = i - 2; // past a time or an adverb: "threatened late on Thursday to slap"
        while (j > 0 && i - 2 - j < 4 && DATING_TAGS.contains(labels.get(j).tag())) j--;
        CoreLabel verb = labels.get(j);
        String w = verb.word().toLowerCase(Locale.ROOT);
        return verb.tag().startsWith("VB") && CONTROLLERS.stream().anyMatch(w::startsWith)
                && INFINITIVE_OBJECTS.contains(labels.get(i + 1).tag());
    }

    /** Stems of the verbs of demand, whose that-clause commands ("urged that", "demands that", "insisted that"). */
    private static final Set<String> DEMANDS = Set.of("urg", "demand", "insist", "request", "propos", "recommend");

    /**
     * Joins a verb the tokenizer split at its hyphen: "test-fired" comes as "test", "-", "fired", and the parser
     * then makes "North Korea" the root of a verbless sentence. The joined word keeps the verb's tag and lemma
     * ("fire") and spans the whole word in the text.
     */
    static void joinTestVerbs(List<CoreLabel> labels) {
        for (int i = 2; i < labels.size(); i++) {
            CoreLabel verb = labels.get(i);
            if (!String.valueOf(verb.tag()).startsWith("VB") || !"-".equals(labels.get(i - 1).word())
                    || !"test".equalsIgnoreCase(labels.get(i - 2).word())
                    || labels.get(i - 1).beginPosition() != labels.get(i - 2).endPosition()
                    || verb.beginPosition() != labels.get(i - 1).endPosition()) {
                continue;
            }
            String word = labels.get(i - 2).word() + "-" + verb.word();
            verb.setWord(word);
            verb.setValue(word);
            verb.setOriginalText(word);
            verb.setBeginPosition(labels.get(i - 2).beginPosition());
            labels.remove(i - 1);
            labels.remove(i - 2);
            i -= 2;
        }
        for (int k = 0; k < labels.size(); k++) labels.get(k).setIndex(k + 1);
    }

    /** A lowercase word or number, as the parts of a hyphenated phrase are. */
    private static final Pattern PART = Pattern.compile("[a-z0-9]+");

    /**
     * Joins a phrase of three or more lowercase words the tokenizer split at its hyphens: "round-the-clock talks" comes
     * as "round", "-", "the", "-", "clock", which the tagger reads as a dash and an article, and the parser then loses
     * the verb ("opened round-the-clock talks"). The joined word is an adjective before a noun, else an adverb
     * ("talked face-to-face").
     */
    static void joinHyphenChains(List<CoreLabel> labels) {
        for (int i = 0; i < labels.size(); i++) {
            int end = i;
            while (end + 2 < labels.size() && "-".equals(labels.get(end + 1).word()) && touching(labels, end, end + 1)
                    && touching(labels, end + 1, end + 2) && PART.matcher(labels.get(end + 2).word()).matches()) {
                end += 2;
            }
            if (end - i < 4 || !PART.matcher(labels.get(i).word()).matches()) continue;
            StringBuilder word = new StringBuilder();
            for (int k = i; k <= end; k++) word.append(labels.get(k).word());
            CoreLabel joined = labels.get(i);
            joined.setWord(word.toString());
            joined.setValue(word.toString());
            joined.setOriginalText(word.toString());
            joined.setEndPosition(labels.get(end).endPosition());
            boolean beforeNoun = end + 1 < labels.size() && String.valueOf(labels.get(end + 1).tag()).startsWith("NN");
            joined.setTag(beforeNoun ? "JJ" : "RB");
            labels.subList(i + 1, end + 1).clear();
        }
        for (int k = 0; k < labels.size(); k++) labels.get(k).setIndex(k + 1);
    }

    private static boolean touching(List<CoreLabel> labels, int a, int b) {
        return labels.get(a).endPosition() == labels.get(b).beginPosition();
    }

    /** True when only modifiers of a noun and "and" or "or" stand between an article and {@code i}. */
    private static boolean inNounPhrase(List<CoreLabel> labels, int i) {
        if (!"CC".equals(labels.get(i - 1).tag())) return false;
        for (int j = i - 2; j >= 0; j--) {
            CoreLabel l = labels.get(j);
            if (determined(l)) return j < i - 2;
            String t = l.tag();
            if (!t.startsWith("JJ") && !t.equals("NN") && !t.equals("NNP") && !t.equals("CC")) return false;
        }
        return false;
    }

    private static boolean determined(CoreLabel l) {
        return ARTICLES.contains(l.word().toLowerCase(Locale.ROOT)) || "PRP$".equals(l.tag());
    }

    private static void addTokens(CoreMap sentence, List<Token> tokens, int offset) {
        for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            tokens.add(new Token(tokens.size(), l.word(), lemma.toLowerCase(Locale.ROOT), l.tag(),
                    offset + l.beginPosition(), offset + l.endPosition()));
        }
    }


    /**
     * Names each oblique and nominal modifier after its preposition, and each adverbial or adnominal clause
     * after its marker, as enhanced UD does: obl + case("with") → "obl:with", "according to" → "according_to".
     */
    static List<Dependency> withPrepositions(List<Dependency> basic, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(basic.size());
        for (Dependency d : basic) {
            String r = d.relation();
            String marker = switch (r) {
                case "obl", "nmod" -> marker(basic, tokens, d.dependent(), "case");
                // a gerund the parser marks by "of" as a case ("accused Seoul of strengthening") is marked all the same
                case "advcl", "acl" -> {
                    String m = marker(basic, tokens, d.dependent(), "mark");
                    boolean gerund = m == null && "VBG".equals(tokens.get(d.dependent()).pos());
                    yield gerund && "of".equals(marker(basic, tokens, d.dependent(), "case")) ? "of" : m;
                }
                default -> null;
            };
            out.add(marker == null ? d : new Dependency(d.governor(), d.dependent(), r + ":" + marker));
        }
        return out;
    }

    private static String marker(List<Dependency> deps, List<Token> tokens, int head, String relation) {
        for (Dependency c : deps) {
            if (c.governor() != head || !c.relation().equals(relation)) continue;
            String m = tokens.get(c.dependent()).lemma();
            if (m.equals("'s") || m.equals("'")) return null; // a possessive, not a preposition
            // a marker of several words is named by its words: the lemmatiser makes "according" "accord"
            String words = tokens.get(c.dependent()).word().toLowerCase(Locale.ROOT);
            boolean fixed = false;
            for (Dependency f : deps) {
                if (f.governor() == c.dependent() && f.relation().equals("fixed")) {
                    words += "_" + tokens.get(f.dependent()).word().toLowerCase(Locale.ROOT);
                    fixed = true;
                }
            }
            return fixed ? words : m;
        }
        return null;
    }
}
