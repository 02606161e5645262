package readout.app.ingest;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;

/**
 * The HTML response records of a WARC file ({@code .warc} or {@code .warc.gz}, as CC-NEWS publishes them)
 * as articles. A corrupt or truncated file yields the records before the damage and one error record.
 */
final class WarcArticles {
    private WarcArticles() {
    }

    static Iterator<InputRecord> read(Path file) {
        WarcReader reader;
        try {
            reader = new WarcReader(file);
        } catch (IOException e) {
            return java.util.List.of(InputRecord.failed(file.getFileName().toString(), "cannot read WARC: " + e.getMessage()))
                    .iterator();
        }
        String label = file.getFileName().toString();
        Iterator<WarcRecord> records = reader.iterator();
        return new Records() {
            private boolean broken;
            private int n;

            @Override
            protected InputRecord advance() {
                while (!broken) {
                    try {
                        if (!records.hasNext()) return null;
                        WarcRecord r = records.next();
                        n++;
                        if (!(r instanceof WarcResponse resp)) continue;
                        MediaType type = resp.http().contentType();
                        if (type == null || !type.base().toString().contains("html")) continue;
                        byte[] body = resp.http().body().stream().readNBytes(HtmlArticles.MAX_HTML_CHARS + 1);
                        Charset cs = type.parameters().containsKey("charset") ? charset(type.parameters().get("charset"))
                                : StandardCharsets.UTF_8;
                        LocalDate fetched = resp.date().atOffset(ZoneOffset.UTC).toLocalDate();
                        return HtmlArticles.read(label + "#" + n, new String(body, cs), resp.target(), fetched);
                    } catch (IOException | RuntimeException e) {
                        broken = true;
                        return InputRecord.failed(label + "#" + (n + 1), "corrupt or truncated WARC after record " + n + ": "
                                + e.getMessage() + "; the rest of the file is skipped");
                    }
                }
                return null;
            }

            @Override
            protected void finish() {
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // nothing more to read either way
                }
            }
        };
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
