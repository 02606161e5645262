package readout.core.model;

/**
 * Who said an event happened.
 *
 * @param speaker the speaker as an actor (may be null when the speaker is not in the knowledge base)
 * @param text    the words naming the speaker
 */
public record Attribution(Actor speaker, String text) {
}
