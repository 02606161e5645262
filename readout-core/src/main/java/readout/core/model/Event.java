package readout.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One coded event: who did what to whom, when and where, how sure the text is, who said so, and the
 * sentence that shows it, and what coded it: the pattern ({@code file:line}), or, for an event the
 * event-type classifier proposed where no pattern matched, the model ({@code model:FILE@CHECKSUM}) and its
 * {@code probability} (absent for pattern events). Field names are the JSON Lines contract of DESIGN.md.
 */
public record Event(
        String id,
        String articleId,
        int sentence,
        String date,
        String dateBasis,
        Actor source,
        Actor target,
        String cameo,
        String cameoRoot,
        String plover,
        String ploverMode,
        double goldstein,
        int quadClass,
        Modality modality,
        Attribution attribution,
        Location location,
        List<String> topics,
        Evidence evidence,
        String pattern,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double probability) {

    /** How the event was coded: {@code pattern} or {@code classifier}. */
    public String codedBy() {
        return probability == null ? "pattern" : "classifier";
    }
}
