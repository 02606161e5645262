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
}
