/**
 * From parsed sentences to events: actor recognition over the knowledge base, the event lexicon, the
 * dependency patterns that find who did what to whom, modality, attribution and topics.
 */
package readout.core.extract;
