package readout.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes the store's events out: {@code csv} and {@code parquet} (the events table's own columns, which
 * the Spark job writes too), {@code gdelt} (GDELT 2.0's 61 tab-separated event columns, mapping in
 * docs/export-gdelt.md) and {@code plover} (one PLOVER-style JSON object per line).
 */
public final class Export {
    public enum Format { csv, parquet, gdelt, plover }

    private final Connection c;

    public Export(EventStore store) {
        this.c = store.connection();
    }

    /** Writes every event; returns how many. */
    public long write(Format format, Path out) throws SQLException, IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        return switch (format) {
            case csv -> copy(out, "(HEADER, DELIMITER ',')");
            case parquet -> copy(out, "(FORMAT parquet)");
            case gdelt -> gdelt(out);
            case plover -> plover(out);
        };
    }

    private long copy(Path out, String options) throws SQLException {
        String file = out.toAbsolutePath().toString().replace("'", "''");
        try (Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM events ORDER BY article_id, sentence, id) TO '" + file + "' " + options);
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    /**
     * Events presented as happened, with how often their real-world event was reported: mentions, sources
     * (outlets) and articles sharing the event's dyad, CAMEO code and day; near-copies of a story count as
     * mentions, not as articles.
     */
    private static final String GDELT_ROWS = """
            WITH ev AS (
              SELECT e.*, a.url, a.outlet, a.published, a.ingested_at, coalesce(a.duplicate_of, a.id) AS story,
                     coalesce(e.source_country, e.source_code) AS sp, coalesce(e.target_country, e.target_code) AS tp,
                     coalesce(e.day, a.published) AS d
              FROM events e JOIN articles a ON a.id = e.article_id
              WHERE e.modality IN ('asserted', 'reported')),
            counts AS (
              SELECT sp, tp, cameo, d, count(*) AS mentions, count(DISTINCT coalesce(outlet, article_id)) AS sources,
                     count(DISTINCT story) AS articles
              FROM ev GROUP BY ALL)
            SELECT ev.*, counts.mentions, counts.sources, counts.articles
            FROM ev JOIN counts ON ev.sp IS NOT DISTINCT FROM counts.sp AND ev.tp IS NOT DISTINCT FROM counts.tp
              AND ev.cameo = counts.cameo AND ev.d IS NOT DISTINCT FROM counts.d
            ORDER BY ev.d, ev.id""";

    private long gdelt(Path out) throws SQLException, IOException {
        long n = 0;
        DateTimeFormatter added = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(GDELT_ROWS);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            while (r.next()) {
                LocalDate day = r.getObject("day", LocalDate.class);
                if (day == null) day = r.getObject("published", LocalDate.class);
                String[] col = new String[61];
                java.util.Arrays.fill(col, "");
                col[0] = Long.toString(globalEventId(r.getString("id")));
                if (day != null) {
                    col[1] = day.format(DateTimeFormatter.BASIC_ISO_DATE);
                    col[2] = col[1].substring(0, 6);
                    col[3] = col[1].substring(0, 4);
                    col[4] = String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0);
                }
                actor(r, "source", col, 5);
                actor(r, "target", col, 15);
                col[25] = r.getInt("sentence") == 0 ? "1" : "0";
                String cameo = r.getString("cameo");
                col[26] = cameo;
                col[27] = cameo.length() > 3 ? cameo.substring(0, 3) : cameo;
                col[28] = r.getString("cameo_root");
                col[29] = Integer.toString(r.getInt("quad_class"));
                col[30] = String.format(Locale.ROOT, "%.1f", r.getDouble("goldstein"));
                col[31] = Long.toString(r.getLong("mentions"));
                col[32] = Long.toString(r.getLong("sources"));
                col[33] = Long.toString(r.getLong("articles"));
                if (r.getString("location_name") != null) {
                    col[51] = "4";
                    col[52] = r.getString("location_name");
                    col[53] = fips(r.getString("location_country"));
                    col[54] = col[53]; // ADM1Code: the country's FIPS code alone when no division is known, as GDELT does
                    col[56] = String.format(Locale.ROOT, "%.4f", r.getDouble("lat"));
                    col[57] = String.format(Locale.ROOT, "%.4f", r.getDouble("lon"));
                }
                LocalDateTime at = r.getObject("ingested_at", LocalDateTime.class);
                col[59] = at == null ? "" : at.format(added);
                col[60] = nz(r.getString("url"));
                for (int i = 0; i < col.length; i++) col[i] = col[i].replace('\t', ' ').replace('\n', ' ');
                w.write(String.join("\t", col));
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    /**
     * GDELT's GLOBALEVENTID for an event: a 63-bit number from its id (the first eight bytes of its SHA-256), so the
     * same event has the same number in every export and daily files join as GDELT's do.
     */
    public static long globalEventId(String eventId) {
        byte[] h = readout.core.Resources.sha256().digest(eventId.getBytes(StandardCharsets.UTF_8));
        return java.nio.ByteBuffer.wrap(h).getLong() & Long.MAX_VALUE;
    }

    private static final java.util.Map<String, String> FIPS = new java.util.HashMap<>();

    static {
        for (String line : readout.core.Resources.lines("export/fips-10-4.tsv")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            FIPS.put(f[0], f[1]);
        }
    }

    /** The FIPS 10-4 code of an ISO alpha-3 country (GDELT's country codes); empty when it has none. */
    public static String fips(String iso3) {
        return iso3 == null ? "" : FIPS.getOrDefault(iso3, "");
    }

    /** GDELT's ten actor columns from a source_/target_ prefix, starting at column index {@code at}. */
    private static void actor(ResultSet r, String prefix, String[] col, int at) throws SQLException {
        String code = r.getString(prefix + "_code");
        if (code == null) return;
        String country = r.getString(prefix + "_country");
        String role = r.getString(prefix + "_role");
        col[at] = code;
        col[at + 1] = nz(r.getString(prefix + "_name")).toUpperCase(Locale.ROOT);
        col[at + 2] = nz(country);
        col[at + 3] = country == null ? code : "";       // KnownGroupCode: international organisations
        col[at + 7] = role == null || "IGO".equals(role) ? "" : role; // Type1Code
    }

    private long plover(Path out) throws SQLException, IOException {
        ObjectMapper json = new ObjectMapper();
        long n = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT e.*, a.url, a.outlet, a.title FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.date, e.id");
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            while (r.next()) {
                ObjectNode o = json.createObjectNode();
                o.put("id", r.getString("id"));
                o.put("date", r.getString("date"));
                o.put("event", r.getString("plover"));
                o.put("mode", r.getString("plover_mode"));
                o.put("modality", r.getString("modality"));
                actor(o, "source", r);
                actor(o, "target", r);
                o.put("cameo", r.getString("cameo"));
                o.put("goldstein", r.getDouble("goldstein"));
                if (r.getString("location_name") != null) {
                    ObjectNode loc = o.putObject("location");
                    loc.put("name", r.getString("location_name"));
                    loc.put("country", r.getString("location_country"));
                    loc.put("lat", r.getDouble("lat"));
                    loc.put("lon", r.getDouble("lon"));
                }
                o.put("attribution", r.getString("speaker_text"));
                o.put("text", r.getString("evidence_text"));
                o.put("url", r.getString("url"));
                o.put("outlet", r.getString("outlet"));
                o.put("title", r.getString("title"));
                w.write(json.writeValueAsString(o));
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    /** A PLOVER actor object from a source_/target_ prefix; null when the event has no such actor. */
    private static void actor(ObjectNode event, String prefix, ResultSet r) throws SQLException {
        if (r.getString(prefix + "_code") == null) {
            event.putNull(prefix);
            return;
        }
        ObjectNode a = event.putObject(prefix);
        a.put("actor", r.getString(prefix + "_code"));
        a.put("country", r.getString(prefix + "_country"));
        a.put("agent", r.getString(prefix + "_role"));
        a.put("text", r.getString(prefix + "_text"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
