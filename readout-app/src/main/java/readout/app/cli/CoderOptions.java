package readout.app.cli;

import picocli.CommandLine.Option;
import readout.core.Coder;
import readout.core.kb.KnowledgeBase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Options shared by the commands that code text: extra knowledge-base files and threads. */
final class CoderOptions {
    @Option(names = "--kb", paramLabel = "FILE", description = "Add a knowledge-base file (format in README); repeatable.")
    List<Path> kbFiles = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Coder threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    private KnowledgeBase kb;

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

    Supplier<Coder> coders() {
        KnowledgeBase base = knowledgeBase();
        return () -> Coder.builder().knowledgeBase(base).build();
    }
}
