package readout.core.ontology;

/**
 * Everything the ontology knows about one CAMEO code.
 *
 * @param cameo      full CAMEO code ("041")
 * @param root       two-digit root ("04")
 * @param name       CAMEO description
 * @param goldstein  Goldstein intensity, from the pinned table
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover     PLOVER event type, null where PLOVER has none (public statements)
 * @param ploverMode PLOVER mode ("phone", "visit"), null when unspecified
 */
public record EventType(String cameo, String root, String name, double goldstein, int quadClass,
                        String plover, String ploverMode) {
}
