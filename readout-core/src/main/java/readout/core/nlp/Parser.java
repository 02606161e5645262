package readout.core.nlp;

/** Stage 2, parse: one sentence in, tokens with lemmas, tags and enhanced++ dependencies out. */
public interface Parser {

    /**
     * Parses one sentence.
     *
     * @param sentence the sentence text
     * @param offset   offset of the sentence in the article; token offsets are shifted by it
     */
    ParsedSentence parse(String sentence, int offset);

    /**
     * Tags one sentence (tokens with lemmas and part-of-speech tags, no dependencies), for a pre-filter
     * that is cheaper than the parse; empty when this parser cannot tag apart from parsing. A parse of the
     * same sentence right after may reuse the tagging.
     */
    default java.util.Optional<java.util.List<Token>> tag(String sentence, int offset) {
        return java.util.Optional.empty();
    }
}
