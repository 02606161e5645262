/**
 * Text handling before and during parsing: cleaning (same-length, so offsets stay valid), sentence
 * splitting, a fast tokenizer for the pre-pass, and the {@link readout.core.nlp.Parser} interface with its
 * CoreNLP implementation. Nothing outside this package sees a CoreNLP type.
 */
package readout.core.nlp;
