package readout.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readout.app.cli.Main;
import readout.store.EventStore;
import readout.store.Queries;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real-coverage-style fixture (examples-coverage/, written for Readout): no sentence states the omission, so
 * Beijing's silence on denuclearization has to be found from the two sides' attributed statements, in a real
 * DuckDB file, through the commands an analyst runs.
 */
class CoverageReadoutsIT {
    private static final Pattern OMISSION_WORDS = Pattern.compile("(?i)did not mention|no mention|no reference|left out|omit");
    private static final Pattern KOR_OMITS = Pattern.compile("KOR's account (?:does not mention|omits) (\\w+)");

    static Path corpus() {
        Path p = Path.of("..", "examples-coverage");
        return Files.isDirectory(p) ? p : Path.of("examples-coverage");
    }

    @Test
    void china_s_account_of_the_call_does_not_mention_denuclearization_and_seoul_is_not_said_to_omit_what_it_raised(
            @TempDir Path dir) throws Exception {
        for (Path f : Files.list(corpus()).filter(p -> p.toString().endsWith(".jsonl")).toList()) {
            assertFalse(OMISSION_WORDS.matcher(Files.readString(f)).find(), f + " states an omission: the test would prove nothing");
        }
        Path db = dir.resolve("coverage.db");
        assertEquals(0, Main.run("ingest", corpus().toString(), "--db", db.toString()));
        String out = run("readouts", "--between", "KOR", "CHN", "--date", "2025-06-10", "--db", db.toString());

        assertTrue(out.startsWith("KOR and CHN, 2025-06-10"), out);
        assertTrue(out.contains("CHN's account does not mention denuclearization, which KOR's raised (implicit;"), out);
        Matcher block = Pattern.compile("(?m)^  CHN's account does not mention denuclearization.*\n(?:    .*\n)*").matcher(out);
        assertTrue(block.find(), out);
        String finding = block.group();
        assertTrue(finding.matches("(?s).*raised: +\"[^\"]*denucleari[sz]ation[^\"]*\" \\((Yonhap|Korea Herald)\\).*"),
                "Seoul's sentences are quoted: " + finding);
        assertTrue(finding.contains("CHN's account: Xinhua, \"Xi speaks with South Korean President Lee Jae-myung by phone\""),
                "the report carrying China's account is cited: " + finding);
        assertFalse(out.contains("explicitly"), "no report says so, so no omission is explicit: " + out);

        // no claim that Seoul's account omits a topic Seoul's own statements in the corpus raise
        try (EventStore s = EventStore.open(db)) {
            Queries q = new Queries(s);
            List<String> ids = List.of("cov-yna-0610", "cov-xinhua-0610", "cov-caspian-0611", "cov-reuters-0610", "cov-herald-0611");
            List<Queries.AccountRow> seoul = q.accounts(ids).stream().filter(r -> r.side().equals("KOR")).toList();
            assertTrue(seoul.size() >= 2, "Seoul's account was read: " + seoul);
            Matcher m = KOR_OMITS.matcher(out);
            while (m.find()) {
                String topic = m.group(1);
                assertTrue(seoul.stream().noneMatch(r -> r.topics().contains(topic)),
                        "KOR is said to omit " + topic + ", which its statements raise: " + seoul);
            }
        }
    }

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
