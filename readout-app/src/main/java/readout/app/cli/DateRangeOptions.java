package readout.app.cli;

import picocli.CommandLine.Option;

import java.time.LocalDate;

/** {@code --from} and {@code --to}, inclusive; either may be left open. */
final class DateRangeOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "From this day (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "To this day (inclusive).")
    LocalDate to;
}
