package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import readout.app.eval.Evaluation;
import readout.core.Coder;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code readout eval}: precision, recall and F1 against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the coder against a gold set: precision, recall and F1.",
                "Gold records: {\"id\",\"date\",\"text\",\"expected\":[{\"source\",\"target\",\"code\"}]}.",
                "Events match on (source country, target country, CAMEO root); prints the gold file's SHA-256 and size first,",
                "then the coder's provenance as the \"coder\" object of `readout code` output."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.jsonl")
    Path gold;

    @Option(names = "--errors", description = "List every record with a missed or spurious event.")
    boolean errors;

    @Option(names = "--scheme", paramLabel = "cameo|plover", description = "Compare CAMEO roots (default) or PLOVER types"
            + " (gold coded in PLOVER, such as the PLOVER gold-standard records).")
    String scheme = "cameo";

    @Mixin
    CoderOptions coder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Evaluation.Scheme sch = switch (scheme.toLowerCase(Locale.ROOT)) {
            case "cameo" -> Evaluation.Scheme.CAMEO;
            case "plover" -> Evaluation.Scheme.PLOVER;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--scheme must be cameo or plover, not '" + scheme + "'");
        };
        Coder c = coder.coders().get();
        Evaluation.Report r = Evaluation.run(gold, c, sch);
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "gold      %s%n", gold);
        out.printf(Locale.ROOT, "sha256    %s%n", r.sha256());
        out.printf(Locale.ROOT, "size      %d records, %d bytes%n", r.records(), r.bytes());
        out.printf(Locale.ROOT, "coder     %s%n", CodeCommand.Json.mapper().writeValueAsString(c.provenance()));
        out.printf(Locale.ROOT, "model     %s%n%n", c.classifier().map(m -> m.name() + "@" + m.checksum() + ", thresholds by root "
                + m.thresholds() + ", trained on " + m.about().path("training")).orElse("none (patterns only)"));
        out.printf(Locale.ROOT, "%-10s %5s %5s %5s %9s %7s %6s%n", sch == Evaluation.Scheme.CAMEO ? "root" : "type", "tp", "fp", "fn", "precision", "recall", "f1");
        r.byRoot().forEach((root, s) -> out.printf(Locale.ROOT, "%-10s %5d %5d %5d %9.3f %7.3f %6.3f%n", root, s.tp, s.fp,
                s.fn, s.precision(), s.recall(), s.f1()));
        var o = r.overall();
        out.printf(Locale.ROOT, "%-10s %5d %5d %5d %9.3f %7.3f %6.3f%n%n", "ALL", o.tp, o.fp, o.fn, o.precision(),
                o.recall(), o.f1());
        r.byMethod().forEach((method, s) -> out.printf(Locale.ROOT, "%-10s %5d %5d %5s %9.3f %7.3f %6s   (coded by %s)%n",
                method, s.tp, s.fp, "", s.precision(), s.recall(), "", method));
        out.printf(Locale.ROOT, "no-event sentences: %d, with a false event: %d (rate %.3f)%n", r.noEventRecords(),
                r.noEventFalsePositives(), r.noEventFalsePositiveRate());
        if (errors) {
            out.println();
            for (Evaluation.Outcome x : r.outcomes()) {
                if (x.missed().isEmpty() && x.spurious().isEmpty()) continue;
                out.printf("%s [%s] %s%n    missed %s  spurious %s%s%n", x.gold().id(), x.gold().category(),
                        x.gold().text(), x.missed(), x.spurious(), x.error() == null ? "" : "  error: " + x.error());
            }
        }
        out.flush();
        return 0;
    }
}
