package readout.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * {@link Parser} backed by CoreNLP: tokenize, pos and lemma through a pipeline, then CoreNLP's neural
 * dependency parser called directly for basic Universal Dependencies, without NER. Prepositions are
 * folded into relation names here ("obl" with case "with" becomes "obl:with"), which is the part of
 * CoreNLP's enhanced conversion the extractor uses; skipping the rest of that conversion saves about a
 * fifth of the parse time (docs/adr/0005). One instance per thread.
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
            List<Dependency> basic = predict(labels, 0, labels.size(), base);
            int comma = brokenAttribution(basic, tokens, base, labels.size());
            if (comma >= 0) basic = splitAttribution(labels, comma - base, base);
            List<Dependency> repaired = repairTimeObjects(repairTimeSubjects(basic, tokens), tokens);
            repaired = repairLists(repairSpeechSubjects(repaired, tokens), tokens);
            repaired = repairSpeechObjects(repairReducedRelatives(repaired, tokens), tokens);
            repaired = repairFreeRelatives(repairSecondObjects(repaired), tokens);
            repaired = repairFiniteConjuncts(repaired, tokens);
            deps.addAll(withPrepositions(repaired, tokens));
            base += labels.size();
        }
        return new ParsedSentence(tokens, deps);
    }

    /** The parser's basic dependencies over labels [from, to), numbered from {@code base}. */
    private List<Dependency> predict(List<CoreLabel> labels, int from, int to, int base) {
        List<CoreLabel> part = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            CoreLabel l = new CoreLabel(labels.get(i));
            l.setIndex(i - from + 1);
            part.add(l);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, part);
        List<Dependency> out = new ArrayList<>();
        for (TypedDependency td : parser.predict(sentence).typedDependencies()) {
            int gov = td.gov().index() == 0 ? -1 : base + from + td.gov().index() - 1;
            out.add(new Dependency(gov, base + from + td.dep().index() - 1, td.reln().toString()));
        }
        return out;
    }

    /**
     * The comma before a trailing attribution the parser has tangled with the report ("launched a drone and
     * missile attack on Kyiv, killing 23 people, Ukrainian officials said", parsed with "drone" the subject of
     * "said" and "said" the object of "launched"), or -1. The attribution is a verb of saying after the
     * sentence's last comma, with only its speaker between them and only time or punctuation after it.
     */
    static int brokenAttribution(List<Dependency> deps, List<Token> tokens, int base, int size) {
        int end = base + size;
        int say = -1;
        for (int i = end - 1; i > base; i--) {
            Token t = tokens.get(i);
            if (SAYING.contains(t.lemma()) && String.valueOf(t.pos()).startsWith("VB")) { say = i; break; }
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
        boolean tangled = deps.stream().anyMatch(d -> d.governor() == s && d.dependent() < c && d.relation().startsWith("nsubj")
                || d.dependent() == s && d.governor() >= 0 && d.governor() < c
                        && (d.relation().equals("obj") || d.relation().startsWith("nsubj") || d.relation().startsWith("obl")
                        || d.relation().startsWith("nmod")));
        return tangled ? comma : -1;
    }

    /**
     * Parses the report before the comma and the attribution after it apart, and joins them as a reporter
     * writes them: the verb of saying heads the sentence, the report is its complement.
     */
    private List<Dependency> splitAttribution(List<CoreLabel> labels, int comma, int base) {
        List<Dependency> report = predict(labels, 0, comma, base);
        List<Dependency> attribution = predict(labels, comma + 1, labels.size(), base);
        List<Dependency> out = new ArrayList<>(report.size() + attribution.size() + 1);
        int say = attribution.stream().filter(d -> d.governor() < 0).mapToInt(Dependency::dependent).findFirst().orElse(-1);
        for (Dependency d : report) out.add(d.governor() < 0 && say >= 0 ? new Dependency(say, d.dependent(), "ccomp") : d);
        out.addAll(attribution);
        out.add(new Dependency(say >= 0 ? say : base, base + comma, "punct"));
        return out;
    }

    private Annotation annotate(String sentence) {
        Annotation doc = new Annotation(sentence);
        tagger.annotate(doc);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) retag(s.get(CoreAnnotations.TokensAnnotation.class));
        return doc;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * Mends the tagger's verb after an article or a possessive, which no English verb follows: in "a massive
     * drone and missile attack" it tags "drone" a verb, and the parser then loses the whole sentence. The
     * word is a noun, as it would be in "a drone".
     */
    static void retag(List<CoreLabel> labels) {
        for (int i = 1; i < labels.size(); i++) {
            String tag = labels.get(i).tag();
            if (!"VB".equals(tag) && !"VBP".equals(tag)) continue;
            if (determined(labels.get(i - 1))
                    || i > 1 && labels.get(i - 1).tag().startsWith("JJ") && determined(labels.get(i - 2))) {
                labels.get(i).setTag("NN");
            }
        }
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
     * Repairs the parser's usual misreading of wire copy's "threatened on Friday to impose …": it makes
     * "Friday" the subject of "impose", "on" its marker and the infinitive an adverbial clause. Read as
     * written: the infinitive is the verb's complement (xcomp) and "on Friday" a time phrase of the verb.
     * It misreads "called on Israel to withdraw" the same way; there the noun is the verb's "on" phrase (a
     * gerund, "for failing to cooperate", is left as it is).
     */
    static List<Dependency> repairTimeSubjects(List<Dependency> basic, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(basic);
        for (Dependency subj : basic) {
            if (!subj.relation().equals("nsubj")) continue;
            boolean time = TimeWords.TIME.contains(tokens.get(subj.dependent()).lemma());
            int x = subj.governor();
            Dependency clause = null;
            Dependency prep = null;
            boolean to = false;
            for (Dependency d : basic) {
                if (d.dependent() == x && d.relation().equals("advcl")) clause = d;
                if (d.governor() == x && d.relation().equals("mark")) {
                    if (tokens.get(d.dependent()).lemma().equals("to")) to = true;
                    else if (d.dependent() < subj.dependent()) prep = d;
                }
            }
            String pos = String.valueOf(tokens.get(subj.dependent()).pos());
            boolean party = prep != null && (pos.startsWith("NN") || pos.startsWith("PRP")); // not "for failing to"
            if (clause == null || !to || !(time || party)) continue;
            out.remove(clause);
            out.add(new Dependency(clause.governor(), x, "xcomp"));
            out.remove(subj);
            out.add(new Dependency(clause.governor(), subj.dependent(), "obl"));
            if (prep != null) {
                out.remove(prep);
                out.add(new Dependency(subj.dependent(), prep.dependent(), "case"));
            }
        }
        return out;
    }

    /**
     * Repairs the parser's misreading of agency copy's "Beirut rejected Thursday a U.N. appeal": it hangs the
     * object on the weekday ("dep(Thursday, appeal)"). A noun after a bare time word of a verb that has no
     * object is that verb's object.
     */
    static List<Dependency> repairTimeObjects(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency time : deps) {
            if (!time.relation().equals("obl:tmod") && !time.relation().equals("obl:npmod")) continue;
            if (!TimeWords.TIME.contains(tokens.get(time.dependent()).lemma())) continue;
            int verb = time.governor();
            if (verb < 0 || !String.valueOf(tokens.get(verb).pos()).startsWith("VB")) continue;
            if (deps.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"))) continue;
            for (Dependency d : deps) {
                if (d.governor() != time.dependent() || d.dependent() < time.dependent()) continue;
                if (!(d.relation().equals("dep") || d.relation().equals("appos") || d.relation().equals("obj"))) continue;
                if (!String.valueOf(tokens.get(d.dependent()).pos()).startsWith("NN")) continue;
                out.remove(d);
                out.add(new Dependency(verb, d.dependent(), "obj"));
                break;
            }
        }
        return out;
    }

    /** Verbs of saying and believing that take a clause, never a clausal subject, in news copy. */
    private static final Set<String> SAYING = Set.of("say", "believe", "think", "expect", "fear",
            "warn", "predict", "estimate", "report", "insist");

    /**
     * Repairs the parser's misreading of "Analysts said a U.S. invasion could begin in January": it makes "said" the
     * clausal subject of "begin" and "invasion" the object of "said". Read as written: the speech verb heads the
     * sentence, the clause is its complement, and the noun is the clause's subject.
     */
    static List<Dependency> repairSpeechSubjects(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency csubj : deps) {
            if (!csubj.relation().equals("csubj") || !SAYING.contains(tokens.get(csubj.dependent()).lemma())) continue;
            int verb = csubj.governor();
            int say = csubj.dependent();
            if (deps.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"))) continue;
            Dependency object = deps.stream().filter(d -> d.governor() == say && d.relation().equals("obj")
                    && d.dependent() > say && d.dependent() < verb).findFirst().orElse(null);
            if (object == null) continue;
            Dependency head = deps.stream().filter(d -> d.dependent() == verb).findFirst().orElse(null);
            out.remove(csubj);
            out.remove(object);
            out.add(new Dependency(verb, object.dependent(), "nsubj"));
            out.add(new Dependency(say, verb, "ccomp"));
            if (head != null) {
                out.remove(head);
                out.add(new Dependency(head.governor(), say, head.relation()));
            }
        }
        return out;
    }

    /**
     * Repairs the parser's reading of a list of names, "Saudi Arabia, Egypt, the United Arab Emirates and
     * Bahrain", as appositions of the first name with the last one conjoined to the one before. Proper nouns in
     * apposition to a proper noun, the last of them with "and X", are a coordination.
     */
    static List<Dependency> repairLists(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency first : deps) {
            int head = first.governor();
            if (!first.relation().equals("appos") || head < 0 || !proper(tokens.get(head))) continue;
            List<Dependency> appositions = deps.stream().filter(d -> d.governor() == head && d.relation().equals("appos")).toList();
            if (appositions.get(0) != first || !appositions.stream().allMatch(d -> proper(tokens.get(d.dependent())))) continue;
            int last = appositions.get(appositions.size() - 1).dependent();
            Dependency tail = deps.stream().filter(d -> d.governor() == last && d.relation().equals("conj")).findFirst().orElse(null);
            if (tail == null) continue;
            for (Dependency a : appositions) {
                out.remove(a);
                out.add(new Dependency(head, a.dependent(), "conj"));
            }
            out.remove(tail);
            out.add(new Dependency(head, tail.dependent(), "conj"));
        }
        return out;
    }

    /**
     * Repairs the parser's misreading of "released 10 Americans held in its prisons": it makes "Americans" the
     * subject of "held" and hangs that clause loosely (dep) on the verb, which is left with no object. Read as
     * written: the noun is the verb's object and the participle a reduced relative clause on it, or on the last
     * noun of a phrase under it.
     */
    static List<Dependency> repairReducedRelatives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency loose : deps) {
            int verb = loose.governor();
            int participle = loose.dependent();
            if (!loose.relation().equals("dep") || verb < 0 || participle < verb) continue;
            if (!"VBN".equals(tokens.get(participle).pos()) || !String.valueOf(tokens.get(verb).pos()).startsWith("VB")) continue;
            if (deps.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"))) continue;
            Dependency subj = deps.stream().filter(d -> d.governor() == participle && d.relation().equals("nsubj")
                    && d.dependent() > verb && d.dependent() < participle).findFirst().orElse(null);
            if (subj == null || SAYING.contains(tokens.get(verb).lemma())) continue; // "said Israel attacked" is a clause
            // the participle follows its noun, or a phrase under it ("restored ties in a deal brokered by China"):
            // nothing between them is a verb, and it hangs on the nearest noun before it
            int noun = -1;
            boolean verbBetween = false;
            for (int i = subj.dependent(); i < participle; i++) {
                String pos = String.valueOf(tokens.get(i).pos());
                if (pos.startsWith("VB") || pos.equals("MD")) verbBetween = true;
                if (pos.startsWith("NN")) noun = i;
            }
            if (verbBetween) continue;
            out.remove(loose);
            out.remove(subj);
            out.add(new Dependency(verb, subj.dependent(), "obj"));
            out.add(new Dependency(noun, participle, "acl"));
        }
        return out;
    }

    /**
     * Repairs the parser's misreading of "Erdogan said Turkey was prepared to host talks": it makes "Turkey" the
     * object of "said" and hangs the rest loosely (dep) on it. A verb of saying whose object is followed by a
     * loose clause with an auxiliary or copula and no subject reports that clause, and the noun is its subject.
     */
    static List<Dependency> repairSpeechObjects(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency object : deps) {
            int say = object.governor();
            if (!object.relation().equals("obj") || say < 0 || !SAYING.contains(tokens.get(say).lemma())) continue;
            Dependency loose = deps.stream().filter(d -> d.governor() == say && d.relation().equals("dep")
                    && d.dependent() > object.dependent()).findFirst().orElse(null);
            if (loose == null) continue;
            int clause = loose.dependent();
            boolean passive = deps.stream().anyMatch(d -> d.governor() == clause && d.relation().equals("aux:pass"));
            boolean finite = passive || deps.stream().anyMatch(d -> d.governor() == clause
                    && (d.relation().equals("aux") || d.relation().equals("cop")));
            boolean subject = deps.stream().anyMatch(d -> d.governor() == clause && d.relation().startsWith("nsubj"));
            if (!finite || subject) continue;
            out.remove(object);
            out.remove(loose);
            out.add(new Dependency(clause, object.dependent(), passive ? "nsubj:pass" : "nsubj"));
            out.add(new Dependency(say, clause, "ccomp"));
        }
        return out;
    }

    /**
     * Reads a verb's second object as what the first is called, as UD does: the parser gives "whom Beijing calls a
     * separatist" and "what Seoul called a provocation" two objects; the second is a secondary predicate (xcomp).
     */
    static List<Dependency> repairSecondObjects(List<Dependency> deps) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency second : deps) {
            if (!second.relation().equals("obj")) continue;
            boolean first = deps.stream().anyMatch(d -> d.governor() == second.governor() && d.relation().equals("obj")
                    && d.dependent() < second.dependent());
            if (!first) continue;
            out.remove(second);
            out.add(new Dependency(second.governor(), second.dependent(), "xcomp"));
        }
        return out;
    }

    /**
     * Repairs the parser's reading of "India struck what it called terrorist infrastructure": it makes the relative
     * clause the verb's complement (ccomp). Read as written: "what" is the verb's object, the clause says what it is
     * called (acl:relcl), and the phrases after the name hang on the verb ("… in Pakistan").
     */
    static List<Dependency> repairFreeRelatives(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency clause : deps) {
            if (!clause.relation().equals("ccomp") || clause.governor() < 0) continue;
            int verb = clause.governor();
            int what = verb + 1;
            if (what >= tokens.size() || !tokens.get(what).lemma().equals("what")) continue;
            if (!deps.contains(new Dependency(clause.dependent(), what, "obj"))) continue;
            out.remove(clause);
            out.add(new Dependency(verb, what, "obj"));
            out.add(new Dependency(what, clause.dependent(), "acl:relcl"));
            int name = deps.stream().filter(d -> d.governor() == clause.dependent() && d.relation().equals("xcomp"))
                    .mapToInt(Dependency::dependent).max().orElse(Integer.MAX_VALUE);
            for (Dependency d : deps) {
                boolean after = d.governor() == clause.dependent() && d.dependent() > name;
                if (after && (d.relation().startsWith("obl") || d.relation().equals("advmod"))) {
                    out.remove(d);
                    out.add(new Dependency(verb, d.dependent(), d.relation()));
                }
            }
        }
        return out;
    }

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    /**
     * Repairs the parser's conjoining of a finite verb to a gerund or noun below the verb it goes with: "accused the
     * Philippines of provoking a clash and demanded that Manila withdraw" is parsed with "demanded" conjoined to
     * "provoking". A finite verb coordinates with a finite verb: it is conjoined to the nearest finite one above.
     */
    static List<Dependency> repairFiniteConjuncts(List<Dependency> deps, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency conj : deps) {
            if (!conj.relation().equals("conj") || conj.governor() < 0) continue;
            String first = String.valueOf(tokens.get(conj.governor()).pos());
            // "made a visit to Kyiv on Monday, where he was greeted by Zelensky, and pledged aid": a clause of
            // place or time ("where", "when") is an aside; the verb after it goes on from the sentence's verb
            final int g = conj.governor();
            boolean aside = deps.stream().anyMatch(d -> d.dependent() == g && d.relation().equals("acl:relcl"))
                    && deps.stream().anyMatch(d -> d.governor() == g && d.relation().equals("advmod")
                    && (tokens.get(d.dependent()).lemma().equals("where") || tokens.get(d.dependent()).lemma().equals("when")));
            if (!FINITE.contains(tokens.get(conj.dependent()).pos())) continue;
            if (!aside && (FINITE.contains(first) || !(first.equals("VBG") || first.startsWith("NN")))) continue;
            int up = conj.governor();
            for (int step = 0; step < 4 && up >= 0 && (up == g || !FINITE.contains(tokens.get(up).pos())); step++) {
                final int x = up;
                up = deps.stream().filter(d -> d.dependent() == x && !d.relation().equals("conj"))
                        .mapToInt(Dependency::governor).findFirst().orElse(-1);
            }
            if (up < 0 || !FINITE.contains(tokens.get(up).pos())) continue;
            out.remove(conj);
            out.add(new Dependency(up, conj.dependent(), "conj"));
        }
        return out;
    }

    private static boolean proper(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP");
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
                case "advcl", "acl" -> marker(basic, tokens, d.dependent(), "mark");
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
            for (Dependency f : deps) {
                if (f.governor() == c.dependent() && f.relation().equals("fixed")) m += "_" + tokens.get(f.dependent()).lemma();
            }
            return m;
        }
        return null;
    }
}
