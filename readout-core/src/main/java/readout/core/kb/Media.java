package readout.core.kb;

/**
 * A news organisation of {@code organizations.tsv} (kind MED), and whether it speaks for its state.
 *
 * @param name    canonical name ("Xinhua")
 * @param country ISO alpha-3 of its home country
 * @param state   true for state media (the state's own voice: what they say is that side's account); false for an
 *                agency or broadcaster that is no party's voice (Yonhap, KBS, NHK, BBC)
 * @param basis   why the row says so (the provenance column of the file; empty when the file gives none)
 */
public record Media(String name, String country, boolean state, String basis) {
}
