package readout.core.extract;

import readout.core.model.Actor;
import readout.core.model.Attribution;
import readout.core.model.Modality;

/**
 * An event read from one sentence before discourse fixes it up (targets of responses, attribution
 * carried back from the next sentence) and before ids, dates and places are added.
 *
 * @param source      who acts
 * @param target      at whom; null for a statement or a response whose addressee is not yet known
 * @param cameo       CAMEO code
 * @param pattern     the pattern that gave the code
 * @param trigger     the words that carry the event
 * @param modality    how the text presents it
 * @param attribution who says so, or null
 * @param probability the classifier's probability when it proposed the code; null when a pattern matched
 */
public record Candidate(Actor source, Actor target, String cameo, EventPattern pattern, String trigger,
                        Modality modality, Attribution attribution, Double probability) {

    public Candidate(Actor source, Actor target, String cameo, EventPattern pattern, String trigger, Modality modality,
                     Attribution attribution) {
        this(source, target, cameo, pattern, trigger, modality, attribution, null);
    }

    public Candidate withTarget(Actor t) {
        return new Candidate(source, t, cameo, pattern, trigger, modality, attribution, probability);
    }

    public Candidate withAttribution(Attribution a) {
        Modality m = modality == Modality.ASSERTED ? Modality.REPORTED : modality;
        return new Candidate(source, target, cameo, pattern, trigger, m, a, probability);
    }

    public Candidate withCameo(String code) {
        return new Candidate(source, target, code, pattern, trigger, modality, attribution, probability);
    }

    public Candidate withProbability(double p) {
        return new Candidate(source, target, cameo, pattern, trigger, modality, attribution, p);
    }
}
