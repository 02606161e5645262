package readout.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.ExampleStore;
import readout.app.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference story in the example corpus: Seoul's account of the Lee–Xi call raised denuclearization,
 * Beijing's left it out, and two reports say so in as many words.
 */
class ReadoutsIT {
    @Test
    void beijing_s_account_of_the_lee_xi_call_omits_denuclearization_with_the_sentences_that_show_it(@TempDir Path dir)
            throws java.io.IOException {
        Path db = ExampleStore.copyInto(dir);
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("readouts", "--between", "KOR", "CHN", "--db", db.toString()));
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("KOR and CHN, 2025-06-10"), out);
        assertTrue(out.contains("CHN's account omits denuclearization, which KOR's raised (explicitly)"), out);
        assertTrue(out.contains("omitted: \"China's readout did not mention denuclearization.\""), out);
        assertTrue(out.matches("(?s).*raised: +\"[^\"]*denuclearization.*"), out);
    }
}
