package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import readout.app.eval.Training;
import readout.core.Coder;
import readout.core.extract.Lexicon;
import readout.core.kb.KnowledgeBase;
import readout.core.learn.EventClassifier;
import readout.core.learn.MiniLm;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code readout train}: fits the event-type classifier on gold files, with cross-validated figures. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the event-type classifier (MiniLM sentence vectors, multinomial logistic regression) on",
                "gold files, choose its threshold by k-fold cross-validation of the whole coder, and write the model.",
                "Never train on a file whose figures you quote: those are the held-out sets."})
final class TrainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.jsonl", arity = "1..*", description = "Gold files (CAMEO- or PLOVER-coded).")
    List<Path> gold;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model"
            + " (the built-in one is readout-core/src/main/resources/" + EventClassifier.BUILT_IN + ").")
    Path out;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the fold draw (default: the fixed seed).")
    Long seed;

    @Option(names = "--errors", description = "List the records where the classifier's events (in cross-validation)"
            + " were wrong or where it was needed and missed.")
    boolean errors;

    @Option(names = "--l2", paramLabel = "X", description = "L2 penalty (default: the standard setting).")
    Double l2;

    @Option(names = "--iterations", paramLabel = "N", description = "Gradient steps (default: the standard setting).")
    Integer iterations;

    @Mixin
    CoderOptions coder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path g : gold) {
            if (!Files.isReadable(g)) throw new IllegalArgumentException("cannot read gold file " + g);
        }
        EventClassifier.Settings std = EventClassifier.Settings.standard();
        EventClassifier.Settings settings = new EventClassifier.Settings(l2 == null ? std.l2() : l2,
                iterations == null ? std.iterations() : iterations, seed == null ? std.seed() : seed);
        KnowledgeBase kb = coder.knowledgeBase();
        Lexicon lexicon = coder.lexicon();
        PrintWriter log = new PrintWriter(spec.commandLine().getErr(), true);
        Training.Result r = new Training(MiniLm.get(), kb,
                m -> Coder.builder().knowledgeBase(kb).lexicon(lexicon).classifier(m).build(), settings, folds, log)
                .run(gold);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        r.model().write(out);
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "model     %s (%s, %d labels; thresholds by root %s)%n", out, r.model().checksum(),
                r.model().labels().size(), r.model().thresholds());
        o.printf(Locale.ROOT, "%n%d-fold cross-validation of the whole coder (each record coded by a model not trained on it):%n",
                folds);
        o.printf(Locale.ROOT, "%-28s %9s   %-30s %-30s %s%n", "file", "records", "patterns only  P / R / F1",
                "with classifier  P / R / F1", "classifier events P");
        for (Training.FileScore s : r.scores()) {
            var p = s.patternsOnly().overall();
            var m = s.withModel().overall();
            var c = s.withModel().byMethod().get("classifier");
            o.printf(Locale.ROOT, "%-28s %9d   %.3f / %.3f / %.3f          %.3f / %.3f / %.3f          %s%n",
                    s.file().getFileName(), s.withModel().records(), p.precision(), p.recall(), p.f1(), m.precision(),
                    m.recall(), m.f1(), c == null ? "-" : String.format(Locale.ROOT, "%.3f (%d of %d)", c.precision(), c.tp,
                            c.tp + c.fp));
        }
        o.printf(Locale.ROOT, "%-28s %9s   %.3f / %.3f / %.3f          %.3f / %.3f / %.3f%n", "pooled", "",
                r.pooledPatterns().precision(), r.pooledPatterns().recall(), r.pooledPatterns().f1(),
                r.pooledModel().precision(), r.pooledModel().recall(), r.pooledModel().f1());
        if (errors) {
            o.println();
            for (Training.FileScore s : r.scores()) {
                var base = s.patternsOnly().outcomes();
                var with = s.withModel().outcomes();
                for (int i = 0; i < with.size(); i++) {
                    var added = new java.util.ArrayList<>(with.get(i).predicted());
                    added.removeAll(base.get(i).predicted());
                    if (added.isEmpty()) continue;
                    var wrong = new java.util.ArrayList<>(added);
                    wrong.retainAll(with.get(i).spurious());
                    o.printf("%s %s%n    classifier added %s, of which wrong %s; still missed %s%n", with.get(i).gold().id(),
                            with.get(i).gold().text(), added, wrong, with.get(i).missed());
                }
            }
        }
        o.flush();
        return 0;
    }
}
