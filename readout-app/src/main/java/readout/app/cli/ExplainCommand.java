package readout.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import readout.core.model.Article;

import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code readout explain}: how the coder reads one text, sentence by sentence. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show how a text is read: actors found, parse (dependencies) and events, per sentence.",
                "Each event line names the lexicon row (file:line) that coded it."})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TEXT", description = "The text to explain (quote it).")
    String text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date.")
    LocalDate date;

    @Mixin
    CoderOptions coder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.print(coder.coders().get().explain(Article.of("text", date, text)));
        out.flush();
        return 0;
    }
}
