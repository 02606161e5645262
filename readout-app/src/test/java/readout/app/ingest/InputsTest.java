package readout.app.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputsTest {
    private static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 6, 12);

    @TempDir
    Path dir;

    private static List<InputRecord> readAll(Path... paths) {
        List<InputRecord> out = new ArrayList<>();
        Inputs.read(List.of(paths), DEFAULT_DATE).forEachRemaining(out::add);
        return out;
    }

    private static void assertError(InputRecord r, String expectedPart) {
        assertNull(r.article(), "expected an error record, got an article: " + r);
        assertNotNull(r.error());
        assertTrue(r.error().contains(expectedPart), "error '" + r.error() + "' lacks '" + expectedPart + "'");
    }

    @Test
    void a_json_lines_file_gives_one_record_per_non_blank_line_in_order_with_specific_errors() throws IOException {
        Path f = dir.resolve("file.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"a1\",\"date\":\"2025-06-10\",\"title\":\"Talks\",\"text\":\"Seoul and Tokyo met.\"}",
                "this is not json {",
                "{\"id\":\"a3\",\"title\":\"no body\"}",
                "{\"text\":\"Some text.\",\"date\":\"10/06/2025\"}",
                "   ",
                ""), StandardCharsets.UTF_8);
        List<InputRecord> records = readAll(f);
        assertEquals(4, records.size(), records.toString());

        InputRecord ok = records.get(0);
        assertNull(ok.error());
        assertEquals("a1", ok.id());
        assertEquals("Seoul and Tokyo met.", ok.article().text());
        assertEquals(LocalDate.of(2025, 6, 10), ok.article().date());
        assertEquals("Talks", ok.article().title());

        assertEquals("file.jsonl:2", records.get(1).id());
        assertError(records.get(1), "not JSON");

        assertEquals("a3", records.get(2).id());
        assertError(records.get(2), "no \"text\"");

        assertEquals("file.jsonl:4", records.get(3).id());
        assertError(records.get(3), "not an ISO date");
    }

    @Test
    void a_json_record_with_a_timestamp_keeps_only_its_date() {
        InputRecord r = Inputs.record("{\"id\":\"t\",\"date\":\"2025-06-10T08:00:00Z\",\"text\":\"x\"}", "f.jsonl:1");
        assertNull(r.error());
        assertEquals(LocalDate.of(2025, 6, 10), r.article().date());
    }

    @Test
    void a_text_file_with_invalid_utf8_gives_one_error_record() throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.write(f, new byte[]{'a', 'b', 'c', ' ', (byte) 0xC3, 0x28, ' ', 'd'});
        List<InputRecord> records = readAll(f);
        assertEquals(1, records.size());
        assertEquals("bad", records.get(0).id());
        assertError(records.get(0), "invalid UTF-8");
    }

    @Test
    void a_text_file_becomes_one_article_with_the_default_date() throws IOException {
        Path f = dir.resolve("story.txt");
        Files.writeString(f, "\uFEFFSeoul and Tokyo met on Tuesday.", StandardCharsets.UTF_8);
        List<InputRecord> records = readAll(f);
        assertEquals(1, records.size());
        InputRecord r = records.get(0);
        assertNull(r.error());
        assertEquals("story", r.id());
        assertEquals("Seoul and Tokyo met on Tuesday.", r.article().text());
        assertEquals(DEFAULT_DATE, r.article().date());
    }

    @Test
    void a_text_file_larger_than_the_limit_is_reported_as_too_large() throws IOException {
        Path f = dir.resolve("big.txt");
        byte[] bytes = new byte[(int) Inputs.MAX_RECORD_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) 'a');
        Files.write(f, bytes);
        List<InputRecord> records = readAll(f);
        assertEquals(1, records.size());
        assertError(records.get(0), "text too large");
    }

    @Test
    void a_missing_path_becomes_an_error_record() {
        Path missing = dir.resolve("nope.txt");
        List<InputRecord> records = readAll(missing);
        assertEquals(1, records.size());
        assertEquals(missing.toString(), records.get(0).id());
        assertError(records.get(0), "no such file or directory");
    }

    @Test
    void a_missing_path_does_not_stop_the_other_inputs() throws IOException {
        Path f = dir.resolve("one.txt");
        Files.writeString(f, "Text.", StandardCharsets.UTF_8);
        List<InputRecord> records = readAll(dir.resolve("nope"), f);
        assertEquals(2, records.size());
        assertError(records.get(0), "no such file or directory");
        assertEquals("one", records.get(1).id());
        assertNull(records.get(1).error());
    }

    @Test
    void a_directory_reads_text_and_json_lines_files_and_ignores_other_extensions() throws IOException {
        Path d = Files.createDirectory(dir.resolve("in"));
        Files.writeString(d.resolve("a.txt"), "Seoul protested.", StandardCharsets.UTF_8);
        Files.writeString(d.resolve("b.jsonl"), "{\"id\":\"b1\",\"text\":\"Tokyo replied.\"}\n", StandardCharsets.UTF_8);
        Files.writeString(d.resolve("c.csv"), "id,text\nc1,ignored\n", StandardCharsets.UTF_8);
        Files.writeString(d.resolve("d.md"), "# ignored", StandardCharsets.UTF_8);
        List<InputRecord> records = readAll(d);
        assertEquals(List.of("a", "b1"), records.stream().map(InputRecord::id).toList());
        assertTrue(records.stream().allMatch(r -> r.error() == null), records.toString());
        assertEquals("Seoul protested.", records.get(0).article().text());
        assertEquals("Tokyo replied.", records.get(1).article().text());
    }

    @Test
    void invalid_utf8_in_the_first_json_line_is_reported_for_that_line() throws IOException {
        Path f = dir.resolve("enc.jsonl");
        var bytes = new java.io.ByteArrayOutputStream();
        bytes.write("{\"id\":\"r1\",\"text\":\"bad ".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[]{(byte) 0xC3, 0x28});
        bytes.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(f, bytes.toByteArray());
        List<InputRecord> records = readAll(f);
        assertEquals(1, records.size(), records.toString());
        assertEquals("enc.jsonl:1", records.get(0).id());
        assertError(records.get(0), "invalid UTF-8 in line 1");
    }

    @Test
    void invalid_utf8_in_a_later_json_line_keeps_the_earlier_records_and_names_the_bad_line() throws IOException {
        Path f = dir.resolve("enc.jsonl");
        var bytes = new java.io.ByteArrayOutputStream();
        bytes.write("{\"id\":\"r1\",\"text\":\"one\"}\n{\"id\":\"r2\",\"text\":\"two\"}\n{\"id\":\"r3\",\"text\":\"bad "
                .getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[]{(byte) 0xC3, 0x28});
        bytes.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(f, bytes.toByteArray());
        List<InputRecord> records = readAll(f);
        assertEquals(List.of("r1", "r2", "enc.jsonl:3"), records.stream().map(InputRecord::id).toList(), records.toString());
        assertNull(records.get(0).error());
        assertNull(records.get(1).error());
        assertError(records.get(2), "invalid UTF-8 in line 3");
    }

    @Test
    void the_iterator_throws_when_exhausted() {
        Iterator<InputRecord> it = Inputs.read(List.of(), DEFAULT_DATE);
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
    }
}
