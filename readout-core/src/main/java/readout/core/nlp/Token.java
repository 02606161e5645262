package readout.core.nlp;

/**
 * A token with its offsets into the article.
 *
 * @param index position in its sentence, from 0
 * @param word  surface form
 * @param lemma lemma (lower case); the surface form lower-cased where no lemmatizer ran
 * @param pos   Penn Treebank tag; null where no tagger ran
 * @param start character offset in the article
 * @param end   end offset (exclusive)
 */
public record Token(int index, String word, String lemma, String pos, int start, int end) {

    /** True for a relative pronoun ("which", "who", "that" as tagged WDT or WP). */
    public boolean relative() {
        return "WDT".equals(pos) || "WP".equals(pos);
    }
}
