package readout.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import readout.core.Version;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the {@code readout} command. */
@Command(name = "readout", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "News reports in; cited, dated CAMEO/PLOVER political events out.",
        footer = {"", "Past one machine: ./readout spark-code INPUT… --out DIR [--master URL] codes an archive on Apache Spark",
                "(module readout-spark, README), and `readout import DIR` loads its output into a store."},
        subcommands = {RunCommand.class, CodeCommand.class, IngestCommand.class, EventsCommand.class, SearchCommand.class,
                ClustersCommand.class, ReadoutsCommand.class, BriefCommand.class, DyadCommand.class, LeanCommand.class, ExportCommand.class, WatchCommand.class, ServeCommand.class, LoadCommand.class,
                ImportCommand.class, EvalCommand.class, EvalTopicsCommand.class, EvalRewritesCommand.class, TrainCommand.class, BenchCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests); standard output is UTF-8. */
    public static int run(String... args) {
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true), args);
    }

    /**
     * Runs the command line with commands that write through {@code spec.commandLine().getOut()} writing to
     * {@code out} (tests read it there instead of swapping {@code System.out}); returns the exit code.
     */
    public static int run(PrintWriter out, String... args) {
        try {
            return commandLine().setOut(out).execute(args);
        } finally {
            out.flush();
        }
    }

    private static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // misuse and unreadable files get one clear line; READOUT_DEBUG=1 shows the stack
                    cmd.getErr().println("readout " + cmd.getCommandName() + ": " + e.getClass().getSimpleName() + ": "
                            + e.getMessage());
                    if (System.getenv("READOUT_DEBUG") != null) e.printStackTrace(cmd.getErr());
                    return 1;
                });
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"readout " + Version.get()};
        }
    }
}
