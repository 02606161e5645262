package readout.store;

import readout.core.model.Provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only questions over a store: counts, events by filter, the most active dyads. */
public final class Queries {
    private final Connection c;

    public Queries(EventStore store) {
        this.c = store.connection();
    }

    /** Over any connection to a store, such as a read-only one from {@link EventStore#readOnly}. */
    public Queries(Connection connection) {
        this.c = connection;
    }

    /** Totals: articles, distinct stories (near-copies counted once), events, and outcomes in the ingest log. */
    public record Counts(long articles, long stories, long events, Map<String, Long> eventsByModality,
                         Map<String, Long> log) {
    }

    public Counts counts() throws SQLException {
        long articles = scalar("SELECT count(*) FROM articles");
        long stories = scalar("SELECT count(*) FROM articles WHERE duplicate_of IS NULL");
        long events = scalar("SELECT count(*) FROM events");
        return new Counts(articles, stories, events,
                grouped("SELECT modality, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"),
                grouped("SELECT status, count(*) FROM ingest_log GROUP BY 1 ORDER BY 2 DESC"));
    }

    /**
     * One row of the events table, as much as a reader needs; {@code pattern} is the lexicon row that coded it,
     * or the classifier's model, whose {@code probability} is then set (null for pattern events).
     */
    public record EventRow(String id, String articleId, String date, String source, String sourceText, String cameo,
                           String target, String targetText, String plover, String modality, double goldstein,
                           String speaker, String outlet, String title, String url, String evidence, String pattern,
                           Double probability) {
    }

    public List<EventRow> events(EventQuery q) throws SQLException {
        return events(q, 0);
    }

    /** As {@link #events(EventQuery)}, skipping the first {@code offset} rows (paging). */
    public List<EventRow> events(EventQuery q, int offset) throws SQLException {
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        List<Object> params = new ArrayList<>();
        // the page is chosen from the events alone, then joined to its articles: joining first made DuckDB
        // join every event of a large store before taking the newest few
        String sql = "SELECT e.id, e.article_id, e.date, e.source_code, e.source_text, e.cameo, e.target_code, e.target_text,"
                + " e.plover, e.modality, e.goldstein, e.speaker_text, a.outlet, a.title, a.url, e.evidence_text, e.pattern,"
                + " e.probability FROM (SELECT * FROM events e" + q.where(params)
                + " ORDER BY e.date DESC NULLS LAST, e.id LIMIT " + Math.max(1, q.limit()) + " OFFSET " + offset
                + ") e JOIN articles a ON a.id = e.article_id ORDER BY e.date DESC NULLS LAST, e.id";
        List<EventRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new EventRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getDouble(11),
                            r.getString(12), r.getString(13), r.getString(14), r.getString(15), r.getString(16),
                            r.getString(17), r.getObject(18) == null ? null : r.getDouble(18)));
                }
            }
        }
        return out;
    }

    /** A pair of polities with the events between them (either direction), their balance and intensity. */
    public record Dyad(String a, String b, long events, long cooperative, long conflictual, double goldsteinMean,
                       long stories) {
    }

    /**
     * The most active dyads among events presented as happened (asserted or reported), counting each
     * story once: events from near-copies of a stored story are left out.
     */
    public List<Dyad> topDyads(int n) throws SQLException {
        String sql = """
                SELECT split_part(dyad, '|', 1), split_part(dyad, '|', 2), count(*) AS n,
                       count(*) FILTER (WHERE quad_class <= 2), count(*) FILTER (WHERE quad_class >= 3),
                       avg(goldstein), approx_count_distinct(article_id)
                FROM events WHERE counts AND dyad IS NOT NULL
                GROUP BY dyad ORDER BY n DESC, dyad LIMIT ?""";
        List<Dyad> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setInt(1, n);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Dyad(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getDouble(6),
                            r.getLong(7)));
                }
            }
        }
        return out;
    }

    /**
     * As {@link #topDyads(int)} over the events the query selects (its limit is the number of dyads), skipping
     * the first {@code offset} dyads.
     */
    public List<Dyad> topDyads(EventQuery q, int offset) throws SQLException {
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        List<Object> params = new ArrayList<>();
        String where = q.where(params);
        String sql = "SELECT split_part(e.dyad, '|', 1), split_part(e.dyad, '|', 2), count(*) AS n,"
                + " count(*) FILTER (WHERE e.quad_class <= 2), count(*) FILTER (WHERE e.quad_class >= 3),"
                + " avg(e.goldstein), approx_count_distinct(e.article_id) FROM events e"
                + (where.isEmpty() ? " WHERE" : where + " AND") + " e.counts AND e.dyad IS NOT NULL"
                + " GROUP BY e.dyad ORDER BY n DESC, e.dyad LIMIT ? OFFSET ?";
        List<Dyad> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (Object o : params) p.setObject(i++, o);
            p.setInt(i++, Math.max(1, q.limit()));
            p.setInt(i, offset);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Dyad(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getDouble(6),
                            r.getLong(7)));
                }
            }
        }
        return out;
    }

    /** One period of a dyad's time series. */
    public record Period(String start, long events, double goldsteinSum, double goldsteinMean, long[] quadClass) {
    }

    /**
     * Events between two polities (either direction) that happened, each story once, by {@code day},
     * {@code week} or {@code month}: counts, Goldstein sum and mean, and counts per QuadClass.
     */
    public List<Period> dyadSeries(String a, String b, String unit) throws SQLException {
        return dyadSeries(a, b, unit, null, null);
    }

    /** As {@link #dyadSeries(String, String, String)}, for days within [from, to] (null: open). */
    public List<Period> dyadSeries(String a, String b, String unit, java.time.LocalDate from, java.time.LocalDate to)
            throws SQLException {
        if (!List.of("day", "week", "month").contains(unit)) throw new IllegalArgumentException("unit must be day, week or month: " + unit);
        String sql = "SELECT strftime(date_trunc('" + unit + "', e.day), '%Y-%m-%d') AS p, count(*), sum(goldstein), avg(goldstein),"
                + " count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),"
                + " count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4)"
                + " FROM events e WHERE e.counts AND e.day IS NOT NULL AND e.dyad = ?"
                + (from == null ? "" : " AND e.day >= ?") + (to == null ? "" : " AND e.day <= ?")
                + " GROUP BY 1 ORDER BY 1";
        List<Period> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            p.setString(i++, StoreRows.dyad(a, b));
            if (from != null) p.setObject(i++, from);
            if (to != null) p.setObject(i, to);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Period(r.getString(1), r.getLong(2), r.getDouble(3), r.getDouble(4),
                            new long[]{r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8)}));
                }
            }
        }
        return out;
    }

    /** An event that happened, with its article's story, outlet and day, for clustering. */
    public record MentionRow(String eventId, String story, String articleId, String outlet, java.time.LocalDate day,
                             String source, String target, String cameo, boolean asserted, List<String> topics,
                             String evidence) {
    }

    /** Every stored event that happened and has two sides, with its article's story and outlet. */
    public List<MentionRow> mentions() throws SQLException {
        return mentions(EventQuery.all(1));
    }

    /**
     * The mentions among the events the query selects (its limit is ignored): a dyad, an actor, a window. The
     * slice is selected in SQL, so clustering a dyad's month reads only that month's events of the dyad.
     */
    public List<MentionRow> mentions(EventQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = q.where(params);
        String sql = "SELECT e.id, coalesce(a.duplicate_of, a.id), a.id, a.outlet, coalesce(e.day, a.published),"
                + " coalesce(e.source_country, e.source_code), coalesce(e.target_country, e.target_code), e.cameo,"
                + " e.modality = 'asserted', e.topics, e.evidence_text"
                + " FROM events e JOIN articles a ON a.id = e.article_id"
                + (where.isEmpty() ? " WHERE" : where + " AND")
                + " e.modality IN ('asserted', 'reported') AND e.dyad IS NOT NULL ORDER BY e.id";
        List<MentionRow> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) st.setObject(i + 1, params.get(i));
            try (ResultSet r = st.executeQuery()) {
            while (r.next()) {
                String topics = r.getString(10);
                out.add(new MentionRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getObject(5, java.time.LocalDate.class), r.getString(6), r.getString(7), r.getString(8),
                        r.getBoolean(9), topics == null || topics.isEmpty() ? List.of() : List.of(topics.split(";")),
                        r.getString(11)));
            }
            }
        }
        return out;
    }

    /** A stored article with its text. */
    public record ArticleText(String id, String url, String outlet, String title, String published, String duplicateOf,
                              String text) {
    }

    /** An event's evidence span in its article's text, with its actors, code, modality and who said it. */
    public record Span(String eventId, int sentence, int start, int end, String trigger, String evidence, String date,
                       String source, String sourceText, String target, String targetText, String cameo, String plover,
                       String modality, double goldstein, String speaker, String pattern) {
    }

    /** The article with this id, or null. */
    public ArticleText articleText(String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id, url, outlet, title, CAST(published AS VARCHAR), duplicate_of,"
                + " text FROM articles WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new ArticleText(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7)) : null;
            }
        }
    }

    /** Every event of an article with its evidence span, in text order. */
    public List<Span> spans(String articleId) throws SQLException {
        List<Span> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, sentence, evidence_start, evidence_end, trigger, evidence_text,"
                + " date, source_code, source_text, target_code, target_text, cameo, plover, modality, goldstein, speaker_text,"
                + " pattern FROM events WHERE article_id = ? ORDER BY evidence_start, id")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Span(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getString(5), r.getString(6),
                            r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12),
                            r.getString(13), r.getString(14), r.getDouble(15), r.getString(16), r.getString(17)));
                }
            }
        }
        return out;
    }

    /** An event as a statement in an article: who acts, who is said to speak, its modality and topics. */
    public record StatementRow(String articleId, String outlet, String source, String speakerCode, String modality,
                               List<String> topics, String evidence) {
    }

    /** Every event of the given articles, as statements. */
    public List<StatementRow> statements(java.util.Collection<String> articleIds) throws SQLException {
        if (articleIds.isEmpty()) return List.of();
        String marks = String.join(",", java.util.Collections.nCopies(articleIds.size(), "?"));
        String sql = "SELECT e.article_id, a.outlet, coalesce(e.source_country, e.source_code), e.speaker_code, e.modality,"
                + " e.topics, e.evidence_text FROM events e JOIN articles a ON a.id = e.article_id"
                + " WHERE e.article_id IN (" + marks + ") ORDER BY e.article_id, e.evidence_start";
        List<StatementRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (String id : articleIds) p.setString(i++, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String topics = r.getString(6);
                    out.add(new StatementRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            topics == null || topics.isEmpty() ? List.of() : List.of(topics.split(";")), r.getString(7)));
                }
            }
        }
        return out;
    }

    /** The names an event gives its two sides (canonical names from the knowledge base, or the text as written). */
    public record EventActors(String eventId, String source, String sourceName, String target, String targetName) {
    }

    /** The actors of the given events, for naming the sides of a brief's events. */
    public List<EventActors> eventActors(java.util.Collection<String> eventIds) throws SQLException {
        if (eventIds.isEmpty()) return List.of();
        String marks = String.join(",", java.util.Collections.nCopies(eventIds.size(), "?"));
        String sql = "SELECT id, coalesce(source_country, source_code), source_name, coalesce(target_country, target_code),"
                + " target_name FROM events WHERE id IN (" + marks + ") ORDER BY id";
        List<EventActors> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (String id : eventIds) p.setString(i++, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new EventActors(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
                }
            }
        }
        return out;
    }

    /**
     * A sentence a report attributes to one side ({@code statements}, store step 7): the side, the words naming the
     * speaker, how the attribution was read, its topics, whether it says something was left out, and the sentence.
     */
    public record AccountRow(String articleId, String outlet, int sentence, String side, String speaker, String via,
                             List<String> topics, boolean negated, String evidence) {
    }

    /** The attributed statements of the given articles, in text order. */
    public List<AccountRow> accounts(java.util.Collection<String> articleIds) throws SQLException {
        if (articleIds.isEmpty()) return List.of();
        String marks = String.join(",", java.util.Collections.nCopies(articleIds.size(), "?"));
        List<AccountRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT s.article_id, a.outlet, s.sentence, s.side, s.speaker_text,"
                + " s.via, s.topics, s.negated, s.evidence_text FROM statements s JOIN articles a ON a.id = s.article_id"
                + " WHERE s.article_id IN (" + marks + ") ORDER BY s.article_id, s.sentence")) {
            int i = 1;
            for (String id : articleIds) p.setString(i++, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String topics = r.getString(7);
                    out.add(new AccountRow(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5),
                            r.getString(6), topics == null || topics.isEmpty() ? List.of() : List.of(topics.split(";")),
                            r.getBoolean(8), r.getString(9)));
                }
            }
        }
        return out;
    }

    /** Articles published within [from, to] that hold an event between {@code a} and {@code b} (either direction). */
    public List<String> dyadArticles(String a, String b, java.time.LocalDate from, java.time.LocalDate to) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT e.article_id FROM events e JOIN articles a"
                + " ON a.id = e.article_id WHERE e.dyad = ? AND coalesce(a.published, e.day) BETWEEN ? AND ? ORDER BY 1")) {
            p.setString(1, StoreRows.dyad(a, b));
            p.setObject(2, from);
            p.setObject(3, to);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        }
        return out;
    }

    /**
     * The topics {@code side}'s statements raise anywhere in the store within [from, to] (by publication date), so
     * an analysis never says a side left out a topic its own statements raise.
     */
    public java.util.Set<String> topicsRaised(String side, java.time.LocalDate from, java.time.LocalDate to)
            throws SQLException {
        java.util.Set<String> out = new java.util.TreeSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT s.topics FROM statements s JOIN articles a ON a.id = s.article_id"
                + " WHERE s.side = ? AND NOT s.negated AND a.published BETWEEN ? AND ? AND s.topics <> ''")) {
            p.setString(1, side);
            p.setObject(2, from);
            p.setObject(3, to);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.addAll(List.of(r.getString(1).split(";")));
            }
        }
        return out;
    }

    /** Where an article came from, for citations. */
    public record ArticleSource(String id, String outlet, String title, String url, java.time.LocalDate published) {
    }

    /** The article's outlet, title, URL and date; null when no such article is stored. */
    public ArticleSource article(String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id, outlet, title, url, published FROM articles WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new ArticleSource(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getObject(5, java.time.LocalDate.class)) : null;
            }
        }
    }

    /** The coder that coded a stored article; null when the article is not stored or was stored before provenance was. */
    public Provenance coder(String articleId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT k.readout, k.kb, k.lexicon, k.ontology_version, k.ontology,"
                + " coalesce(k.model, 'none') FROM articles a JOIN coders k ON k.id = a.coder WHERE a.id = ?")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new Provenance(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6)) : null;
            }
        }
    }

    /** One event between X and A or B, for the lean: its article, which side, its Goldstein score, its month. */
    public record SideEvent(String articleId, boolean sideA, double goldstein, String month) {
    }

    /** Events that count between {@code x} and {@code a} or {@code b}, dated within [from, to] (null: open). */
    public List<SideEvent> sideEvents(String x, String a, String b, java.time.LocalDate from, java.time.LocalDate to)
            throws SQLException {
        String sql = "SELECT article_id, dyad, goldstein, strftime(day, '%Y-%m') FROM events"
                + " WHERE counts AND day IS NOT NULL AND dyad IN (?, ?)"
                + (from == null ? "" : " AND day >= ?") + (to == null ? "" : " AND day <= ?") + " ORDER BY day, id";
        String da = StoreRows.dyad(x, a);
        List<SideEvent> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            p.setString(i++, da);
            p.setString(i++, StoreRows.dyad(x, b));
            if (from != null) p.setObject(i++, from);
            if (to != null) p.setObject(i, to);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(new SideEvent(r.getString(1), da.equals(r.getString(2)), r.getDouble(3), r.getString(4)));
            }
        }
        return out;
    }

    private long scalar(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private Map<String, Long> grouped(String sql) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) m.put(r.getString(1), r.getLong(2));
        }
        return m;
    }
}
