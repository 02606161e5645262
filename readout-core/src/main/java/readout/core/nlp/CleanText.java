package readout.core.nlp;

import java.util.List;

/**
 * Text after cleaning. It has exactly the length of the original, so every offset computed on it is an
 * offset into the article as given.
 *
 * @param text         normalised text (quotes straightened, citation markers blanked)
 * @param forcedBreaks positions where a sentence must end (a heading glued to the next sentence)
 * @param citations    citation markers found, in order
 */
public record CleanText(String text, List<Integer> forcedBreaks, List<Citation> citations) {

    /** A citation marker such as "[2]" at [start, end). */
    public record Citation(int number, int start, int end) {
    }

    /** Citation numbers whose markers fall within [start, end]. */
    public List<Integer> citationsIn(int start, int end) {
        return citations.stream().filter(c -> c.start() >= start && c.start() <= end).map(Citation::number).toList();
    }
}
