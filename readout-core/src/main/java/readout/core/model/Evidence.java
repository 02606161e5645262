package readout.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The sentence an event was read from.
 *
 * @param text       sentence text as it appears in the article
 * @param start      character offset of the sentence in the article text
 * @param end        end offset (exclusive)
 * @param trigger    the word or phrase that carries the event
 * @param references citation markers ([1], [2]) the sentence carried, as numbers
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Evidence(String text, int start, int end, String trigger, List<Integer> references) {
}
