package readout.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line answers a new user's mistakes with what is wrong, as found when it was tried (issue 10). */
class BadInputTest {
    /** Runs the command line; returns exit code, standard output and standard error. */
    private static String[] run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter writer = new StringWriter();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run(new PrintWriter(writer, true), args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new String[]{Integer.toString(code), writer + out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void help_of_every_command_prints_without_a_format_warning() {
        for (String command : List.of("lean", "events", "readouts", "brief", "dyad", "clusters", "search", "serve", "ingest",
                "code", "run", "eval", "eval-topics", "eval-rewrites", "train", "bench", "explain", "export", "watch", "import")) {
            String[] r = run(command, "--help");
            assertEquals("0", r[0], command + ": " + r[2]);
            assertFalse(r[2].contains("WARN") || r[1].contains("WARN"), command + " --help warns: " + r[2] + r[1]);
        }
        assertTrue(run("lean", "--help")[1].contains("95% interval"));
    }

    @Test
    void a_reading_command_on_a_missing_store_says_there_is_none_and_creates_nothing(@TempDir Path dir) {
        Path db = dir.resolve("no-such.db");
        List<String[]> commands = List.of(
                new String[]{"events", "--db", db.toString()},
                new String[]{"clusters", "--db", db.toString()},
                new String[]{"dyad", "KOR", "CHN", "--db", db.toString()},
                new String[]{"lean", "CHN", "--between", "KOR", "PRK", "--db", db.toString()},
                new String[]{"readouts", "--between", "KOR", "CHN", "--db", db.toString()},
                new String[]{"brief", "--actors", "KOR,CHN", "--db", db.toString()},
                new String[]{"search", "denuclearization", "--db", db.toString()},
                new String[]{"export", "--format", "csv", "--out", dir.resolve("x.csv").toString(), "--db", db.toString()});
        for (String[] c : commands) {
            String[] r = run(c);
            assertNotEquals("0", r[0], String.join(" ", c));
            assertTrue(r[2].contains("no store at " + db), String.join(" ", c) + ": " + r[2]);
            assertFalse(r[1].contains("0 events") || r[2].contains("0 events"), r[1] + r[2]);
            assertFalse(Files.exists(db), c[0] + " created the store");
        }
    }

    @Test
    void import_of_what_is_not_a_finished_spark_output_says_why_and_stores_nothing(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("readout.db");
        String[] missing = run("import", dir.resolve("no-such-dir").toString(), "--db", db.toString());
        assertEquals("1", missing[0]);
        assertTrue(missing[2].contains("no such directory"), missing[2]);
        Path unfinished = Files.createDirectories(dir.resolve("out").resolve("events"));
        String[] r = run("import", unfinished.getParent().toString(), "--db", db.toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("not a finished spark-code output (no _readout.json)"), r[2]);
        assertFalse(r[2].contains("Exception:") && r[2].contains("\tat "), "no stack trace: " + r[2]);
        assertFalse(Files.exists(db), "a refused import created the store");
    }
}
