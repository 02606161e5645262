package readout.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import readout.app.ingest.Inputs;
import readout.app.pipeline.CodingPipeline;
import readout.app.pipeline.Progress;
import readout.core.Coder;
import readout.core.model.CodedArticle;
import readout.core.model.Event;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code readout code}: articles in, one JSON line of events per article out. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code articles into events, one JSON line per input record.",
                "Each line is {\"id\", \"events\"[, \"error\"][, \"skipped\"], \"coder\"}: \"coder\" is the coder's provenance"
                        + " (version; knowledge-base, lexicon and ontology checksums), absent for unreadable records;"
                        + " \"skipped\" lists sentences the coder failed on, with the reason (the rest is coded).",
                "Inputs: .txt files (one article each), .jsonl files of {\"id\",\"date\",\"text\",\"title\",\"url\",\"outlet\"}"
                        + " records, and directories of them (recursively)."})
final class CodeCommand implements Callable<Integer> {
    enum Format { jsonl, table }

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or directories.")
    List<Path> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for plain-text inputs.")
    LocalDate date;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Option(names = "--format", description = "jsonl (default) or table.")
    Format format = Format.jsonl;

    @Option(names = "--quiet", description = "No progress or summary on standard error.")
    boolean quiet;

    @Mixin
    CoderOptions coder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ObjectMapper json = Json.mapper();
        Progress progress = new Progress(quiet ? null : System.err, Inputs.count(inputs), 5_000);
        Supplier<Coder> coders = coder.coders();
        if (!quiet) System.err.println("[readout] " + Coder.provenance(coder.knowledgeBase(), coder.lexicon()).line());
        if (out != null && out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        PrintWriter w = out == null ? new PrintWriter(new BufferedWriter(spec.commandLine().getOut()))
                : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
        try {
            if (format == Format.table) w.println(Table.header());
            new CodingPipeline(coder.threads, coders).run(Inputs.read(inputs, date), progress, (r, c) -> {
                try {
                    if (format == Format.table) {
                        Table.write(w, c);
                    } else {
                        w.println(json.writeValueAsString(c));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            if (out == null) w.flush(); else w.close(); // standard output stays open for the caller
        }
        if (!quiet) System.err.println(progress.summary());
        return 0;
    }

    /** The readable table of {@code --format table}. */
    static final class Table {
        static String header() {
            return String.format("%-12s %-10s %-9s %-5s %-9s %-11s %-12s %5s  %s", "ARTICLE", "DATE", "SOURCE", "CAMEO",
                    "TARGET", "PLOVER", "MODALITY", "GS", "EVIDENCE");
        }

        static void write(PrintWriter w, CodedArticle c) {
            if (c.error() != null) {
                w.printf("%-12s ERROR: %s%n", c.id(), c.error());
                return;
            }
            for (Event e : c.events()) {
                String ev = e.evidence().text().replaceAll("\\s+", " ");
                if (ev.length() > 90) ev = ev.substring(0, 87) + "...";
                w.printf(Locale.ROOT, "%-12s %-10s %-9s %-5s %-9s %-11s %-12s %5.1f  %s%n", c.id(), e.date(), e.source().code(),
                        e.cameo(), e.target() == null ? "-" : e.target().code(), e.plover() == null ? "-" : e.plover(),
                        e.modality().json(), e.goldstein(), ev);
            }
            for (String s : c.skipped()) w.printf("%-12s SKIPPED: %s%n", c.id(), s);
        }
    }

    /** The JSON settings all commands write with. */
    static final class Json {
        static ObjectMapper mapper() {
            return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
        }
    }
}
