package readout.app.ingest;

import readout.core.model.Article;

/**
 * One record read from input: an article, or the reason it could not be read (kept so that the output
 * still has one line for it).
 *
 * @param id      the article id, or a locator such as "file.jsonl:17" when the record has none
 * @param article the article; null when {@code error} is set
 * @param error   why the record could not be read
 */
public record InputRecord(String id, Article article, String error) {
    public static InputRecord ok(Article a) {
        return new InputRecord(a.id(), a, null);
    }

    public static InputRecord failed(String id, String error) {
        return new InputRecord(id, null, error);
    }
}
