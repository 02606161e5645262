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

    KnowledgeBase knowledgeBase() {
        if (kbFiles.isEmpty()) return KnowledgeBase.builtIn();
        KnowledgeBase.Builder b = KnowledgeBase.builder();
        for (Path p : kbFiles) b.add(p);
        return b.build();
    }

    Supplier<Coder> coders() {
        KnowledgeBase kb = knowledgeBase();
        return () -> Coder.builder().knowledgeBase(kb).build();
    }
}
