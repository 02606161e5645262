package readout.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news report as it enters the coder.
 *
 * @param id     caller's identifier, echoed on every output line
 * @param date   publication date; may be null when unknown (relative dates then stay unresolved)
 * @param title  optional headline
 * @param url    optional address
 * @param outlet optional publisher name
 * @param text   the body text; offsets in events point into this string
 */
public record Article(String id, LocalDate date, String title, String url, String outlet, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static Article of(String id, LocalDate date, String text) {
        return new Article(id, date, null, null, null, text);
    }
}
