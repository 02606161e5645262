package readout.core.nlp;

/**
 * A sentence span of the article.
 *
 * @param index sentence number in the article, from 0
 * @param start offset of its first character
 * @param end   offset after its last character
 * @param text  the sentence text (a substring of the cleaned article)
 */
public record Sentence(int index, int start, int end, String text) {
}
