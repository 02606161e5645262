package readout.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The coder's answer for one article: its events, or an error saying why it could not be coded.
 *
 * @param id              the article id
 * @param events          events in text order (empty, never null)
 * @param error           null on success; otherwise a specific reason
 * @param coder           what coded it (null when the record never reached a coder: unreadable input)
 * @param sentences       sentences found in the article
 * @param parsedSentences sentences that passed the cheap pre-filter and were parsed
 * @param statements      sentences that are one side's account (see {@link Statement}), in text order (never null)
 * @param skipped         sentences the coder failed on, each "sentence N: reason"; the rest of the article is coded
 *                        (never null)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodedArticle(String id, List<Event> events, String error, Provenance coder,
                           @JsonIgnore int sentences, @JsonIgnore int parsedSentences,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Statement> statements,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> skipped) {

    public CodedArticle {
        statements = statements == null ? List.of() : List.copyOf(statements);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** An article with events and no attributed statements. */
    public CodedArticle(String id, List<Event> events, String error, Provenance coder, int sentences, int parsedSentences) {
        this(id, events, error, coder, sentences, parsedSentences, List.of(), List.of());
    }

    /** An article with events and statements, every sentence read. */
    public CodedArticle(String id, List<Event> events, String error, Provenance coder, int sentences, int parsedSentences,
                        List<Statement> statements) {
        this(id, events, error, coder, sentences, parsedSentences, statements, List.of());
    }

    /** A record that could not be read, so no coder saw it. */
    public static CodedArticle failed(String id, String error) {
        return failed(id, error, null);
    }

    /** A record the coder refused, with the reason. */
    public static CodedArticle failed(String id, String error, Provenance coder) {
        return new CodedArticle(id, List.of(), error, coder, 0, 0);
    }
}
