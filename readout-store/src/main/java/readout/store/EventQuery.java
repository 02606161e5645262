package readout.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters for {@link Queries#events}: any field left null does not filter. An actor matches a source or
 * target by actor code or by country; a dyad matches both directions. {@code counting} keeps only events
 * that happened, from stories counted once (not from near-copies).
 */
public record EventQuery(String actor, String dyadA, String dyadB, String root, String plover, LocalDate from,
                         LocalDate to, String modality, boolean counting, int limit) {

    public static EventQuery all(int limit) {
        return new EventQuery(null, null, null, null, null, null, null, null, false, limit);
    }

    /** The latest events that happened, each story once. */
    public static EventQuery happened(int limit) {
        return new EventQuery(null, null, null, null, null, null, null, null, true, limit);
    }

    /** The WHERE clause and its parameters. */
    String where(List<Object> params) {
        List<String> c = new ArrayList<>();
        if (actor != null) {
            c.add("(e.source_code = ? OR e.source_country = ? OR e.target_code = ? OR e.target_country = ?)");
            for (int i = 0; i < 4; i++) params.add(actor);
        }
        if (dyadA != null && dyadB != null) {
            c.add("((coalesce(e.source_country, e.source_code) = ? AND coalesce(e.target_country, e.target_code) = ?)"
                    + " OR (coalesce(e.source_country, e.source_code) = ? AND coalesce(e.target_country, e.target_code) = ?))");
            params.add(dyadA);
            params.add(dyadB);
            params.add(dyadB);
            params.add(dyadA);
        }
        if (root != null) {
            c.add("e.cameo_root = ?");
            params.add(root.length() == 1 ? "0" + root : root);
        }
        if (plover != null) {
            c.add("upper(e.plover) = upper(?)");
            params.add(plover);
        }
        if (from != null) {
            c.add("e.date >= ?");
            params.add(from.toString());
        }
        if (to != null) {
            c.add("e.date <= ?");
            params.add(to + "~"); // "2025-06-30~" sorts after every date string of that day
        }
        if (modality != null) {
            c.add("e.modality = ?");
            params.add(modality.toLowerCase(java.util.Locale.ROOT));
        }
        if (counting) c.add("e.counts");
        return c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c);
    }
}
