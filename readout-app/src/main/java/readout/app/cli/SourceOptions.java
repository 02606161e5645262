package readout.app.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The sources of {@code ingest} and {@code run}: files or directories, and a date for plain text. */
final class SourceOptions {
    @Parameters(paramLabel = "SOURCE", arity = "1..*",
            description = "Files or directories: .txt, .jsonl, .html/.htm, .warc/.warc.gz, .rss/.atom.")
    List<Path> sources;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for plain-text inputs.")
    LocalDate date;
}
