/**
 * From parsed sentences to events, one small stage a class: actors ({@code ActorRecognizer}, over the
 * knowledge base), event patterns ({@code Lexicon}, {@code EventPattern}: which word codes what, with which
 * dependents, aimed at whom), who did what to whom ({@code EventExtractor}), who a phrase names ({@code SideReader}), modality ({@code
 * ModalityReader}), attribution ({@code AttributionReader}) and topics ({@code TopicTagger}).
 */
package readout.core.extract;
