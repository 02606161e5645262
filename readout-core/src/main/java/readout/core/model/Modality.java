package readout.core.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an event happened, per the text (PLOVER's modality values). */
public enum Modality {
    ASSERTED, NEGATED, INTENDED, HYPOTHETICAL, REPORTED;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True when the text presents the event as having happened (asserted or reported by a party). */
    public boolean happened() {
        return this == ASSERTED || this == REPORTED;
    }
}
