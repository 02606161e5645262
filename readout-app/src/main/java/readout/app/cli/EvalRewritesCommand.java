package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import readout.app.eval.RewriteEvaluation;
import readout.core.Coder;
import readout.store.Rewrites;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code readout eval-rewrites}: near-duplicates by SimHash alone beside SimHash + semantic rewrite check. */
@Command(name = "eval-rewrites", mixinStandardHelpOptions = true,
        description = {"Score near-duplicate detection on labelled article pairs (same report in other words, or different",
                "reports on one topic): each pair is stored in a fresh DuckDB file, SimHash only and with the semantic",
                "rewrite check (store/rewrites.tsv). Prints the file's SHA-256, a cosine sweep on the dev half and",
                "precision/recall on both halves (quote the test half)."})
final class EvalRewritesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PAIRS.jsonl", arity = "0..1", description = "Default: ${DEFAULT-VALUE}.")
    Path file = Path.of("eval/rewrites.jsonl");

    @Option(names = "--cosine", description = "Score at this lead cosine instead of store/rewrites.tsv's.")
    Double cosine;

    @Option(names = "--alignment", description = "Score at this lead-sentence alignment instead of store/rewrites.tsv's.")
    Double alignment;

    @Option(names = "--pairs", description = "List every pair with its cosine, days apart, dyads and both outcomes.")
    boolean list;

    @Mixin
    CoderOptions coder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Rewrites rule = Rewrites.standard();
        if (cosine != null || alignment != null) {
            rule = rule.with(cosine != null ? cosine : rule.cosine(), alignment != null ? alignment : rule.alignment());
        }
        Coder c = coder.coders().get();
        Path work = Files.createTempDirectory("readout-eval-rewrites");
        RewriteEvaluation.Report r;
        try {
            r = RewriteEvaluation.run(file, c, rule, work);
        } finally {
            try (var left = Files.walk(work)) {
                left.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "pairs     %s%n", file);
        out.printf(Locale.ROOT, "sha256    %s%n", r.sha256());
        out.printf(Locale.ROOT, "size      %d pairs, %d bytes%n", r.pairs(), r.bytes());
        out.printf(Locale.ROOT, "encoder   %s%n%n", rule.encoder().name());
        out.printf(Locale.ROOT, "dev sweep (SimHash OR (lead cosine >= %.2f AND lead alignment >= a AND <= %d days apart AND a shared dyad"
                + " where both have one)):%n", r.cosine(), r.days());
        for (RewriteEvaluation.Step s : r.sweep()) {
            if (Math.round(s.alignment() * 100) % 5 != 0 && !Double.valueOf(s.alignment()).equals(r.recommended())) continue;
            out.printf(Locale.ROOT, "  a=%.2f  P %.3f  R %.3f  F1 %.3f  (fp %d)%s%n", s.alignment(), s.dev().precision(),
                    s.dev().recall(), s.dev().f1(), s.dev().fp(),
                    Double.valueOf(s.alignment()).equals(r.recommended()) ? "   <- recommended: middle of the best dev F1 with no false merge" : "");
        }
        out.printf(Locale.ROOT, "%nat lead cosine %.2f, alignment %.2f, %d day(s)%n", r.cosine(), r.alignment(), r.days());
        out.printf(Locale.ROOT, "%-5s %-28s %3s %3s %3s %3s %9s %7s %6s%n", "half", "method", "tp", "fp", "fn", "tn", "precision", "recall", "f1");
        row(out, "dev", "SimHash", r.simhashDev());
        row(out, "dev", "SimHash+semantic (store)", r.semanticDev());
        row(out, "dev", "SimHash+lead cosine only", r.cosineOnlyDev());
        row(out, "test", "SimHash", r.simhashTest());
        row(out, "test", "SimHash+semantic (store)", r.semanticTest());
        row(out, "test", "SimHash+lead cosine only", r.cosineOnlyTest());
        if (list) {
            out.println();
            for (RewriteEvaluation.Pair p : r.items()) {
                out.printf(Locale.ROOT, "%s %-4s %-5s %-30s cos %.3f align %.3f days %d dyads %s / %s  simhash %s semantic %s%n",
                        p.id(), p.split(), p.same() ? "same" : "diff", p.kind(), p.cosine(), p.alignment(), p.days(), p.dyadsA(), p.dyadsB(),
                        p.simhash() ? "Y" : "-", p.semantic() ? "Y" : "-");
            }
        }
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String half, String method, RewriteEvaluation.Score s) {
        out.printf(Locale.ROOT, "%-5s %-28s %3d %3d %3d %3d %9.3f %7.3f %6.3f%n", half, method, s.tp(), s.fp(), s.fn(), s.tn(),
                s.precision(), s.recall(), s.f1());
    }
}
