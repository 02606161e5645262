package readout.app.pipeline;

import readout.core.Coder;
import readout.core.extract.Lexicon;
import readout.core.kb.KnowledgeBase;
import readout.core.learn.EventClassifier;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a coder is made of, as the command line names it: extra knowledge-base and pattern files, and the event-type
 * model (a file, none, or the built-in one). Serializable, so a Spark job ships it to executors; {@link #parts} are
 * built once per JVM and shared (they are read-only), and each thread builds its own {@link Coder} from them.
 */
public record CoderSetup(List<String> kbFiles, List<String> lexiconFiles, String modelFile, boolean noModel)
        implements Serializable {

    public CoderSetup {
        kbFiles = List.copyOf(kbFiles);
        lexiconFiles = List.copyOf(lexiconFiles);
        if (noModel && modelFile != null) throw new IllegalArgumentException("--model and --no-model exclude each other");
    }

    /** The built-in knowledge base, patterns and model. */
    public static CoderSetup builtIn() {
        return new CoderSetup(List.of(), List.of(), null, false);
    }

    /** The knowledge base, patterns and model a setup names, loaded once. */
    public record Parts(KnowledgeBase kb, Lexicon lexicon, EventClassifier model) {
        public Coder coder() {
            return Coder.builder().knowledgeBase(kb).lexicon(lexicon).classifier(model).build();
        }
    }

    /** The setups loaded in this JVM, the few most recent kept (a command uses one; a test run several). */
    private static final Map<CoderSetup, Parts> LOADED = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CoderSetup, Parts> eldest) {
            return size() > 4;
        }
    };

    /** This setup's parts, loaded on first use in this JVM and shared after. */
    public Parts parts() {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(this, CoderSetup::load);
        }
    }

    private Parts load() {
        KnowledgeBase kb;
        if (kbFiles.isEmpty()) {
            kb = KnowledgeBase.builtIn();
        } else {
            KnowledgeBase.Builder b = KnowledgeBase.builder();
            for (String p : kbFiles) b.add(Path.of(p));
            kb = b.build();
        }
        Lexicon lexicon;
        if (lexiconFiles.isEmpty()) {
            lexicon = Lexicon.builtIn();
        } else {
            Lexicon.Builder b = Lexicon.builder();
            for (String p : lexiconFiles) b.add(Path.of(p));
            lexicon = b.build();
        }
        EventClassifier model;
        try {
            model = noModel ? null : modelFile != null ? EventClassifier.read(Path.of(modelFile))
                    : EventClassifier.builtIn().orElse(null);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read the model file " + modelFile + ": " + e.getMessage());
        }
        return new Parts(kb, lexicon, model);
    }

    /** A coder for the calling thread, built once per thread (CoreNLP's parsers are not thread-safe). */
    public Coder threadCoder() {
        Map<CoderSetup, Coder> mine = THREAD_CODERS.get();
        return mine.computeIfAbsent(this, s -> s.parts().coder());
    }

    private static final ThreadLocal<Map<CoderSetup, Coder>> THREAD_CODERS = ThreadLocal.withInitial(java.util.HashMap::new);
}
