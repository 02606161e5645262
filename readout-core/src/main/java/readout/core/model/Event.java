package readout.core.model;

import java.util.List;

/**
 * One coded event: who did what to whom, when and where, how sure the text is, who said so, and the
 * sentence that shows it, and the pattern that coded it ({@code file:line}). Field names are the JSON Lines
 * contract of DESIGN.md.
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
        String pattern) {
}
