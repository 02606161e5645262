package readout.core.ontology;

import readout.core.Resources;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * CAMEO codes, Goldstein values, QuadClass and PLOVER types from the pinned tables in
 * {@code ontology/} on the class path. Immutable and shared by all coders.
 *
 * <p>Pinned choices (see docs/adr/0002-ontology-tables.md):
 * Goldstein values are GDELT's CAMEO table as copied in {@code cameo-goldstein.tsv};
 * QuadClass follows GDELT's root grouping (01–04 verbal cooperation, 05–08 material cooperation,
 * 09–13 verbal conflict, 14–20 material conflict); PLOVER from CAMEO2PLOVER-2021 (draft 0.8) plus
 * {@code plover-supplement.txt} (appeals, and root 16 mapped by meaning because the two tables number it
 * differently).
 */
public final class Ontology {
    public static final String VERSION = "cameo-1.1b3+gdelt-goldstein/plover-0.8";

    private static final Ontology DEFAULT = load();

    private final Map<String, EventType> types;
    private final String checksum;

    private Ontology(Map<String, EventType> types, String checksum) {
        this.types = Map.copyOf(types);
        this.checksum = checksum;
    }

    public static Ontology standard() {
        return DEFAULT;
    }

    /** The event type for a CAMEO code; throws IllegalArgumentException naming the code when unknown. */
    public EventType type(String cameo) {
        EventType t = types.get(cameo);
        if (t == null) {
            throw new IllegalArgumentException("unknown CAMEO code '" + cameo + "'");
        }
        return t;
    }

    public boolean isCode(String cameo) {
        return types.containsKey(cameo);
    }

    /** SHA-256 (first 12 hex digits) over the pinned tables, for provenance. */
    public String checksum() {
        return checksum;
    }

    /** QuadClass of a CAMEO root, GDELT's grouping. */
    public static int quadClass(String root) {
        int r = Integer.parseInt(root);
        if (r <= 4) return 1;
        if (r <= 8) return 2;
        if (r <= 13) return 3;
        return 4;
    }

    private static Ontology load() {
        MessageDigest digest = Resources.sha256();
        Map<String, String[]> names = new HashMap<>();
        for (String line : lines("ontology/cameo-goldstein.tsv", digest)) {
            String[] f = line.split("\t");
            if (f.length < 4 || !f[3].trim().matches("\\d{2,4}")) continue;
            names.put(f[3].trim(), new String[]{f[1].trim(), f[2].trim()});
        }
        Map<String, String[]> plover = new HashMap<>();
        readPlover("ontology/plover-supplement.txt", plover, digest); // first: its rows take precedence
        readPlover("ontology/cameo2plover-2021.txt", plover, digest);
        Map<String, EventType> types = new HashMap<>();
        for (var e : names.entrySet()) {
            String code = e.getKey();
            String root = code.substring(0, 2);
            String[] p = ploverFor(code, plover);
            types.put(code, new EventType(code, root, e.getValue()[0], Double.parseDouble(e.getValue()[1]),
                    quadClass(root), p == null ? null : p[0], p == null ? null : p[1]));
        }
        return new Ontology(types, HexFormat.of().formatHex(digest.digest()).substring(0, 12));
    }

    /** Most specific PLOVER row for a code: the code itself, then its 3-digit parent, then its root. */
    private static String[] ploverFor(String code, Map<String, String[]> plover) {
        for (int len = code.length(); len >= 2; len--) {
            String[] p = plover.get(code.substring(0, len));
            if (p != null) return p;
        }
        return null;
    }

    private static void readPlover(String resource, Map<String, String[]> into, MessageDigest digest) {
        for (String line : lines(resource, digest)) {
            int colon = line.indexOf(':');
            if (line.startsWith("#") || colon < 2) continue;
            String code = line.substring(0, colon).trim();
            if (!code.matches("\\d{2,4}") || into.containsKey(code)) continue; // first row wins
            String rest = line.substring(colon + 1);
            int hash = rest.indexOf('#');
            if (hash >= 0) rest = rest.substring(0, hash);
            String[] f = rest.split(",", -1);
            String type = f[0].trim();
            String mode = f.length > 1 ? f[1].trim() : "";
            into.put(code, new String[]{type.isEmpty() ? null : type, mode.isEmpty() ? null : mode});
        }
    }

    private static java.util.List<String> lines(String resource, MessageDigest digest) {
        byte[] bytes = Resources.bytes(resource);
        digest.update(bytes);
        return Resources.lines(bytes);
    }
}
