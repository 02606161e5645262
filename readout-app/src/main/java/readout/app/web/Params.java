package readout.app.web;

import io.javalin.http.Context;
import readout.store.EventQuery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Query parameters read into checked values: a parameter that is present but bad is a 400 with the reason. Nothing
 * read here reaches SQL except as a bound parameter.
 */
final class Params {
    /** Paging: at most this many rows per page, and offsets up to this far. */
    static final int MAX_LIMIT = 1000;
    static final int MAX_OFFSET = 1_000_000;
    static final int DEFAULT_LIMIT = 50;
    /** An actor code: a country (ISO alpha-3) or organisation code, optionally followed by a CAMEO role. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}[A-Z0-9]{0,9}");
    private static final Pattern ROOT = Pattern.compile("0?[1-9]|1[0-9]|20");
    private static final Pattern PLOVER = Pattern.compile("[A-Za-z_]{2,40}");
    static final Set<String> MODALITIES = Set.of("asserted", "reported", "intended", "negated", "hypothetical");

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameter's value; null when absent or empty. */
    String string(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    String required(String name, String example) {
        String v = string(name);
        if (v == null) throw ApiError.badRequest("missing parameter " + name + " (e.g. " + name + "=" + example + ")");
        return v;
    }

    LocalDate date(String name) {
        String v = string(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " is not a date (YYYY-MM-DD): " + clip(v));
        }
    }

    static String code(String name, String v) {
        String c = v.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw ApiError.badRequest(name + " is not an actor code (a country such as CHN, or with a role such as KORGOV): "
                    + clip(v));
        }
        return c;
    }

    String code(String name) {
        String v = string(name);
        return v == null ? null : code(name, v);
    }

    /** A list of codes, "KOR,CHN", of exactly {@code n} codes (or at least {@code n} when {@code atLeast}). */
    List<String> codes(String name, int n, boolean atLeast, String example) {
        String v = string(name);
        if (v == null) return null;
        List<String> out = List.of(v.split(",", -1)).stream().map(c -> code(name, c)).toList();
        if (atLeast ? out.size() < n : out.size() != n) {
            throw ApiError.badRequest(name + " takes " + (atLeast ? "at least " : "") + n + " comma-separated codes, e.g. "
                    + name + "=" + example + ": " + clip(v));
        }
        return out;
    }

    int integer(String name, int dflt, int min, int max) {
        String v = string(name);
        if (v == null) return dflt;
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) throw ApiError.badRequest(name + " must be from " + min + " to " + max + ": " + clip(v));
            return i;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " is not a whole number: " + clip(v));
        }
    }

    int limit() {
        return integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    int offset() {
        return integer("offset", 0, 0, MAX_OFFSET);
    }

    /** One of the allowed words (case-insensitive), else 400; {@code dflt} when absent. */
    String oneOf(String name, String dflt, String... allowed) {
        String v = string(name);
        if (v == null) return dflt;
        for (String a : allowed) if (a.equalsIgnoreCase(v)) return a;
        throw ApiError.badRequest(name + " must be one of " + String.join(", ", allowed) + ": " + clip(v));
    }

    /** The filters every listing takes, as the CLI's {@code events} options: from, to, actor, dyad, root, plover, modality. */
    EventQuery filters(int limit) {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) throw ApiError.badRequest("from " + from + " is after to " + to);
        List<String> dyad = codes("dyad", 2, false, "KOR,CHN");
        String root = string("root");
        if (root != null && !ROOT.matcher(root).matches()) {
            throw ApiError.badRequest("root is not a CAMEO root (01 to 20): " + clip(root));
        }
        String plover = string("plover");
        if (plover != null && !PLOVER.matcher(plover).matches()) {
            throw ApiError.badRequest("plover is not a PLOVER event type (e.g. CONSULT): " + clip(plover));
        }
        String modality = string("modality");
        if (modality != null) {
            modality = modality.toLowerCase(Locale.ROOT);
            if (!MODALITIES.contains(modality)) {
                throw ApiError.badRequest("modality must be one of asserted, reported, intended, negated, hypothetical: "
                        + clip(modality));
            }
        }
        return new EventQuery(code("actor"), dyad == null ? null : dyad.get(0), dyad == null ? null : dyad.get(1),
                root == null ? null : (root.length() == 1 ? "0" + root : root), plover, from, to, modality, false, limit);
    }

    /** A value quoted back in a reason, cut short. */
    static String clip(String v) {
        return v.length() <= 60 ? "\"" + v + "\"" : "\"" + v.substring(0, 57) + "…\"";
    }
}
