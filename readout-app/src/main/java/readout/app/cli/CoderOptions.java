package readout.app.cli;

import picocli.CommandLine.Option;
import readout.core.Coder;
import readout.core.extract.Lexicon;
import readout.core.kb.KnowledgeBase;
import readout.core.learn.EventClassifier;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Options shared by the commands that code text: extra knowledge-base and pattern files, and threads. */
final class CoderOptions {
    @Option(names = "--kb", paramLabel = "FILE", description = "Add a knowledge-base file (format in README); repeatable.")
    List<Path> kbFiles = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Add an event-pattern file (format in docs/patterns.md);"
            + " its rows win over the built-in ones; repeatable.")
    List<Path> lexiconFiles = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Coder threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--model", paramLabel = "FILE", description = "Event-type classifier model to use instead of the"
            + " built-in one (written by `readout train`).")
    Path modelFile;

    @Option(names = "--no-model", description = "Code with the patterns only: no event-type classifier.")
    boolean noModel;

    private KnowledgeBase kb;
    private Lexicon lexicon;
    private EventClassifier model;
    private boolean modelRead;

    /** The built-in knowledge base plus the user's files, built once per command. */
    KnowledgeBase knowledgeBase() {
        if (kb == null) {
            if (kbFiles.isEmpty()) {
                kb = KnowledgeBase.builtIn();
            } else {
                KnowledgeBase.Builder b = KnowledgeBase.builder();
                for (Path p : kbFiles) b.add(p);
                kb = b.build();
            }
        }
        return kb;
    }

    /** The built-in event patterns plus the user's files, built once per command. */
    Lexicon lexicon() {
        if (lexicon == null) {
            Lexicon.Builder b = Lexicon.builder();
            for (Path p : lexiconFiles) b.add(p);
            lexicon = lexiconFiles.isEmpty() ? Lexicon.builtIn() : b.build();
        }
        return lexicon;
    }

    /** The event-type classifier the options choose: a file, none, or the built-in model (null if none). */
    EventClassifier model() {
        if (!modelRead) {
            if (noModel && modelFile != null) throw new IllegalArgumentException("--model and --no-model exclude each other");
            try {
                model = noModel ? null : modelFile != null ? EventClassifier.read(modelFile)
                        : EventClassifier.builtIn().orElse(null);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot read the model file " + modelFile + ": " + e.getMessage());
            }
            modelRead = true;
        }
        return model;
    }

    Supplier<Coder> coders() {
        KnowledgeBase base = knowledgeBase();
        Lexicon patterns = lexicon();
        EventClassifier m = model();
        return () -> Coder.builder().knowledgeBase(base).lexicon(patterns).classifier(m).build();
    }
}
