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
 * @param sentences       sentences found in the article
 * @param parsedSentences sentences that passed the cheap pre-filter and were parsed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodedArticle(String id, List<Event> events, String error,
                           @JsonIgnore int sentences, @JsonIgnore int parsedSentences) {

    public static CodedArticle failed(String id, String error) {
        return new CodedArticle(id, List.of(), error, 0, 0);
    }
}
