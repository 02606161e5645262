package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import readout.app.eval.TopicEvaluation;
import readout.core.learn.TopicMatcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code readout eval-topics}: topic tagging by regex alone beside regex + prototype cosine. */
@Command(name = "eval-topics", mixinStandardHelpOptions = true,
        description = {"Score topic tagging on a labelled file: the regex lexicon alone, and regex OR cosine to the topic's",
                "prototype sentences (lexicon/topic-prototypes.tsv). Prints the file's SHA-256, a threshold sweep on the dev",
                "half, and precision/recall on both halves at the prototypes file's threshold and margin (quote the test half)."})
final class EvalTopicsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "LABELLED.tsv", arity = "0..1", description = "Default: ${DEFAULT-VALUE}.")
    Path file = Path.of("eval/topics.tsv");

    @Option(names = "--threshold", description = "Score at this cosine instead of the prototypes file's.")
    Double threshold;

    @Option(names = "--margin", description = "Score at this margin over the sentence's mean cosine instead of the file's.")
    Double margin;

    @Option(names = "--errors", description = "List every test sentence tagged wrongly by either method.")
    boolean errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TopicMatcher m = TopicMatcher.standard();
        if (threshold != null || margin != null) {
            m = m.with(threshold != null ? threshold : m.threshold(), margin != null ? margin : m.margin());
        }
        TopicEvaluation.Report r = TopicEvaluation.run(file, m);
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "labelled  %s%n", file);
        out.printf(Locale.ROOT, "sha256    %s%n", r.sha256());
        out.printf(Locale.ROOT, "size      %d sentences, %d bytes%n", r.records(), r.bytes());
        out.printf(Locale.ROOT, "encoder   %s%n", m.encoderName());
        out.printf(Locale.ROOT, "topics    %s%n%n", r.topics());
        out.println("dev sweep (regex OR (cosine >= t AND cosine - sentence's mean over topics >= m)):");
        for (TopicEvaluation.Step s : r.sweep()) {
            long t100 = Math.round(s.threshold() * 100), m100 = Math.round(s.margin() * 100);
            if ((t100 % 10 != 0 || m100 % 10 != 0) && s != r.recommended()) continue;
            out.printf(Locale.ROOT, "  t=%.2f m=%.2f  P %.3f  R %.3f  F1 %.3f%s%n", s.threshold(), s.margin(),
                    s.dev().precision(), s.dev().recall(), s.dev().f1(),
                    s == r.recommended() ? "   <- recommended: best dev F1 with dev precision >= regex alone" : "");
        }
        out.printf(Locale.ROOT, "%nat threshold %.2f, margin %.2f (scored with the regex over the topics above)%n",
                r.threshold(), r.margin());
        out.printf(Locale.ROOT, "%-6s %-16s %4s %4s %4s %9s %7s %6s%n", "half", "method", "tp", "fp", "fn", "precision", "recall", "f1");
        row(out, "dev", "regex", r.regexDev());
        row(out, "dev", "regex+semantic", r.semanticDev());
        row(out, "test", "regex", r.regexTest());
        row(out, "test", "regex+semantic", r.semanticTest());
        if (errors) {
            out.println();
            for (TopicEvaluation.Item i : r.items()) {
                if (!i.split().equals("test")) continue;
                Set<String> got = i.tagged(r.threshold(), r.margin());
                if (got.equals(i.gold()) && i.regex().equals(i.gold())) continue;
                out.printf(Locale.ROOT, "%s gold %s regex %s semantic %s  %s%n", i.id(), i.gold(), i.regex(), got, i.text());
            }
        }
        out.flush();
        return 0;
    }

    private static void row(java.io.PrintWriter out, String half, String method, readout.app.eval.Evaluation.Score s) {
        out.printf(Locale.ROOT, "%-6s %-16s %4d %4d %4d %9.3f %7.3f %6.3f%n", half, method, s.tp(), s.fp(), s.fn(),
                s.precision(), s.recall(), s.f1());
    }
}
