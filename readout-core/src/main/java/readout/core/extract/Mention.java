package readout.core.extract;

import readout.core.kb.Entry;
import readout.core.model.Actor;

/**
 * An actor named in the text.
 *
 * @param actor the actor, with its text and offsets
 * @param kind  how it was named (a demonym can only modify; a person can be referred back to)
 */
public record Mention(Actor actor, Entry.Kind kind) {
    public int start() {
        return actor.start();
    }

    public int end() {
        return actor.end();
    }
}
