package readout.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import readout.core.model.Article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns paths into a lazy sequence of input records. Accepts plain-text files (one article each), JSON
 * Lines files of {@code {"id","date","text", "title","url","outlet"}} records, web pages ({@code .html}),
 * web archives ({@code .warc}, {@code .warc.gz}), feed files with full text ({@code .rss}, {@code .atom}),
 * and directories of them (recursively, in name order). Every problem becomes a record with a
 * specific error; nothing is dropped and nothing stops the batch.
 */
public final class Inputs {
    /** Largest plain-text file or JSON Lines line read, in bytes. */
    public static final long MAX_RECORD_BYTES = 2_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Inputs() {
    }

    /** All input files under the given paths, in order; missing paths are reported as records, not thrown. */
    public static Iterator<InputRecord> read(List<Path> paths, LocalDate defaultDate) {
        List<Object> sources = files(paths);
        return new Records() {
            private final Iterator<Object> files = sources.iterator();
            private Iterator<InputRecord> current = List.<InputRecord>of().iterator();

            @Override
            protected InputRecord advance() {
                while (!current.hasNext() && files.hasNext()) {
                    Object next = files.next();
                    current = next instanceof InputRecord r ? List.of(r).iterator() : open((Path) next, defaultDate);
                }
                return current.hasNext() ? current.next() : null;
            }
        };
    }

    /**
     * The input files under the given paths in reading order (directories walked recursively, in name order), each a
     * {@link Path}, or an {@link InputRecord} with the error for a path that cannot be read. The order is the order in
     * which {@link #read} returns records, so a job that codes files apart (readout-spark) can restore it.
     */
    public static List<Object> files(List<Path> paths) {
        List<Object> sources = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::readable).sorted().forEach(sources::add);
                } catch (IOException e) {
                    sources.add(InputRecord.failed(p.toString(), "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                sources.add(p);
            } else {
                sources.add(InputRecord.failed(p.toString(), "no such file or directory: " + p));
            }
        }
        return sources;
    }

    /**
     * How many records the paths hold, counted cheaply (lines of JSON Lines files, one per text file), for
     * progress with an ETA; -1 when it cannot be counted.
     */
    public static long count(List<Path> paths) {
        long n = 0;
        for (Path p : paths) {
            try (Stream<Path> walk = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                for (Path f : walk.filter(Files::isRegularFile).filter(Inputs::readable).toList()) {
                    if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
                        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
                            int b;
                            int last = '\n';
                            while ((b = in.read()) >= 0) {
                                if (b == '\n' && last != '\n') n++;
                                last = b;
                            }
                            if (last != '\n') n++;
                        }
                    } else {
                        n++;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return n;
    }

    private static boolean readable(Path p) {
        return readable(p.getFileName().toString());
    }

    /** Whether a file of this name is an input Readout reads (by its extension). */
    public static boolean readable(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".html") || n.endsWith(".htm")
                || n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".rss") || n.endsWith(".atom");
    }

    /** The records of one input file, read lazily (a WARC file record by record); problems are records too. */
    public static Iterator<InputRecord> open(Path file, LocalDate defaultDate) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) return jsonLines(file);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) return WarcArticles.read(file);
        if (name.endsWith(".rss") || name.endsWith(".atom")) return Feeds.file(file);
        if (name.endsWith(".html") || name.endsWith(".htm")) return List.of(htmlFile(file, defaultDate)).iterator();
        return List.of(textFile(file, defaultDate)).iterator();
    }

    static InputRecord htmlFile(Path file, LocalDate date) {
        InputRecord raw = textFile(file, date);
        if (raw.article() == null) return raw;
        return HtmlArticles.read(raw.id(), raw.article().text(), null, date);
    }

    static InputRecord textFile(Path file, LocalDate date) {
        String id = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        try {
            long size = Files.size(file);
            if (size > MAX_RECORD_BYTES) {
                return InputRecord.failed(id, "text too large: " + size + " bytes; the limit is " + MAX_RECORD_BYTES
                        + " bytes per article (split it into articles)");
            }
            String text = decode(Files.readAllBytes(file));
            return InputRecord.ok(new Article(id, date, null, null, null, text));
        } catch (MalformedInputException e) {
            return InputRecord.failed(id, "invalid UTF-8: " + e.getMessage() + " (convert the file to UTF-8)");
        } catch (CharacterCodingException e) {
            return InputRecord.failed(id, "invalid UTF-8: " + e.getMessage());
        } catch (IOException e) {
            return InputRecord.failed(id, "cannot read file: " + e.getMessage());
        }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String s = d.decode(ByteBuffer.wrap(bytes)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * Records of a JSON Lines file, read line by line as bytes and decoded per line, so one badly encoded
     * line becomes one error record and the lines around it are still read.
     */
    private static Iterator<InputRecord> jsonLines(Path file) {
        java.io.InputStream in;
        try {
            in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (IOException e) {
            return List.of(InputRecord.failed(file.toString(), "cannot read file: " + e.getMessage())).iterator();
        }
        String label = file.getFileName().toString();
        return new Records() {
            private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            private int number;
            private boolean broken;

            @Override
            protected InputRecord advance() {
                while (!broken) {
                    String where = label + ":" + (number + 1);
                    try {
                        if (!readLine()) return null;
                        number++;
                        if (line.size() > MAX_RECORD_BYTES) {
                            return InputRecord.failed(where, "line too long: " + line.size() + " bytes; the limit is "
                                    + MAX_RECORD_BYTES);
                        }
                        String text = decode(line.toByteArray());
                        if (!text.isBlank()) return record(text, where);
                    } catch (CharacterCodingException e) {
                        return InputRecord.failed(where, "invalid UTF-8 in line " + number + " (convert the file to UTF-8)");
                    } catch (IOException e) {
                        broken = true;
                        return InputRecord.failed(where, "cannot read line " + (number + 1) + ": " + e.getMessage());
                    }
                }
                return null;
            }

            /** Reads one line's bytes (without the newline) into {@code line}; false at the end of the file. */
            private boolean readLine() throws IOException {
                line.reset();
                int b;
                boolean any = false;
                while ((b = in.read()) >= 0) {
                    any = true;
                    if (b == '\n') return true;
                    if (line.size() <= MAX_RECORD_BYTES) line.write(b);
                }
                return any;
            }

            @Override
            protected void finish() {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // reading is over either way
                }
            }
        };
    }

    /** One JSON Lines record; {@code where} names the line for records without a usable id. */
    public static InputRecord record(String line, String where) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            return InputRecord.failed(where, "not JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (n == null || !n.isObject()) return InputRecord.failed(where, "not a JSON object");
        String id = n.hasNonNull("id") ? n.get("id").asText() : where;
        JsonNode text = n.get("text");
        if (text == null || text.isNull()) return InputRecord.failed(id, "record has no \"text\" field");
        if (!text.isTextual()) return InputRecord.failed(id, "\"text\" is not a string");
        LocalDate date = null;
        if (n.hasNonNull("date")) {
            String d = n.get("date").asText();
            try {
                date = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
            } catch (DateTimeParseException e) {
                return InputRecord.failed(id, "\"date\" is not an ISO date (YYYY-MM-DD): " + d);
            }
        }
        return InputRecord.ok(new Article(id, date, str(n, "title"), str(n, "url"), str(n, "outlet"), text.asText()));
    }

    private static String str(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
