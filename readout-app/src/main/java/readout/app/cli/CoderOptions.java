package readout.app.cli;

import picocli.CommandLine.Option;
import readout.app.pipeline.CoderSetup;
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

    /** What the options name, for {@link readout.app.pipeline.CoderSetup#parts}: loaded once per JVM. */
    CoderSetup setup() {
        return new CoderSetup(kbFiles.stream().map(Path::toString).toList(),
                lexiconFiles.stream().map(Path::toString).toList(), modelFile == null ? null : modelFile.toString(), noModel);
    }

    /** The built-in knowledge base plus the user's files. */
    KnowledgeBase knowledgeBase() {
        return setup().parts().kb();
    }

    /** The built-in event patterns plus the user's files. */
    Lexicon lexicon() {
        return setup().parts().lexicon();
    }

    /** The event-type classifier the options choose: a file, none, or the built-in model (null if none). */
    EventClassifier model() {
        return setup().parts().model();
    }

    Supplier<Coder> coders() {
        CoderSetup.Parts parts = setup().parts();
        return parts::coder;
    }
}
