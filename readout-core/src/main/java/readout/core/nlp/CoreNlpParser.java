package readout.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * {@link Parser} backed by CoreNLP: tokenize, pos, lemma, depparse on one sentence at a time, without
 * NER (the knowledge base finds actors far faster). The pipeline is built once per JVM and shared:
 * CoreNLP's annotators are safe for concurrent {@code annotate} calls.
 */
public final class CoreNlpParser implements Parser {
    private static volatile StanfordCoreNLP shared;

    private final StanfordCoreNLP pipeline;

    public CoreNlpParser() {
        this.pipeline = pipeline();
    }

    /** The CoreNLP properties Readout parses with. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=false,ptb3Escaping=false");
        p.setProperty("ssplit.isOneSentence", "true");
        p.setProperty("depparse.extradependencies", "MAXIMAL");
        return p;
    }

    private static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = shared;
        if (p == null) {
            synchronized (CoreNlpParser.class) {
                p = shared;
                if (p == null) {
                    StanfordCoreNLP.clearAnnotatorPool();
                    p = new StanfordCoreNLP(properties());
                    shared = p;
                }
            }
        }
        return p;
    }

    @Override
    public ParsedSentence parse(String sentence, int offset) {
        Annotation doc = new Annotation(sentence);
        pipeline.annotate(doc);
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        int base = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (CoreLabel l : labels) {
                String lemma = l.lemma() == null ? l.word() : l.lemma();
                tokens.add(new Token(tokens.size(), l.word(), lemma.toLowerCase(Locale.ROOT), l.tag(),
                        offset + l.beginPosition(), offset + l.endPosition()));
            }
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g != null) {
                for (IndexedWord root : g.getRoots()) deps.add(new Dependency(-1, base + root.index() - 1, "root"));
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    deps.add(new Dependency(base + e.getGovernor().index() - 1, base + e.getDependent().index() - 1,
                            e.getRelation().toString()));
                }
            }
            base += labels.size();
        }
        return new ParsedSentence(tokens, deps);
    }
}
