package readout.core.model;

/**
 * What coded an output: Readout's version and the checksums of the data the coder read. Two outputs with
 * equal provenance were coded from the same knowledge base, lexicon and ontology tables by the same version.
 * Checksums are the first 12 hex digits of a SHA-256 over the files' bytes in load order.
 *
 * @param readout         Readout's version
 * @param kb              checksum of the knowledge base (built-in files and any {@code --kb} files)
 * @param lexicon         checksum of the event lexicon / pattern files the coder loaded
 * @param ontologyVersion the pinned CAMEO/Goldstein/PLOVER tables' version
 * @param ontology        checksum of those tables
 * @param model           checksum of the event-type classifier's model file, or {@value #NO_MODEL}
 */
public record Provenance(String readout, String kb, String lexicon, String ontologyVersion, String ontology,
                         String model) {
    /** The {@code model} of a coder that runs patterns only. */
    public static final String NO_MODEL = "none";

    /** One line for logs: {@code readout 0.1.0; kb …; lexicon …; ontology VERSION CHECKSUM; model …}. */
    public String line() {
        return "readout " + readout + "; kb " + kb + "; lexicon " + lexicon + "; ontology " + ontologyVersion + " " + ontology
                + "; model " + model;
    }
}
