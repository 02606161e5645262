package readout.store;

import readout.core.model.Actor;
import readout.core.model.Article;
import readout.core.model.CodedArticle;
import readout.core.model.Event;
import readout.core.model.Provenance;
import readout.core.model.Statement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The one mapping from coded articles to the store's rows: each table's columns in table order, and the values of
 * one row as an {@code Object[]} in that order. {@link EventStore} appends these rows to DuckDB; the Spark job
 * (readout-spark) writes the same rows to Parquet, so that an imported archive and an ingested one are alike
 * column for column. Value types: String, Integer, Long, Double, Boolean, LocalDate, LocalDateTime, float[].
 */
public final class StoreRows {

    /** A column of a store table and the Java type of its values. */
    public record Column(String name, Class<?> type) {
    }

    /** A store table with its columns in table order (the order appenders and Parquet files use). */
    public record Table(String name, List<Column> columns) {
        public List<String> names() {
            return columns.stream().map(Column::name).toList();
        }
    }

    private static List<Column> cols(Object... nameType) {
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < nameType.length; i += 2) out.add(new Column((String) nameType[i], (Class<?>) nameType[i + 1]));
        return List.copyOf(out);
    }

    private static final Class<?> S = String.class;
    private static final Class<?> I = Integer.class;

    public static final Table ARTICLES = new Table("articles", cols(
            "id", S, "key", S, "url", S, "outlet", S, "title", S, "published", LocalDate.class,
            "content_hash", S, "simhash", Long.class, "duplicate_of", S, "source", S, "sentences", I, "parsed", I,
            "events", I, "ingested_at", LocalDateTime.class, "text", S, "coder", S, "lead", float[].class,
            "lead_sentences", float[].class, "duplicate_basis", S));

    public static final Table EVENTS = new Table("events", cols(
            "id", S, "article_id", S, "sentence", I, "date", S, "day", LocalDate.class, "date_basis", S,
            "source_code", S, "source_country", S, "source_name", S, "source_role", S, "source_text", S,
            "target_code", S, "target_country", S, "target_name", S, "target_role", S, "target_text", S,
            "cameo", S, "cameo_root", S, "plover", S, "plover_mode", S, "goldstein", Double.class, "quad_class", I,
            "modality", S, "speaker_code", S, "speaker_text", S,
            "location_name", S, "location_country", S, "lat", Double.class, "lon", Double.class,
            "topics", S, "evidence_text", S, "evidence_start", I, "evidence_end", I, "trigger", S,
            "dyad", S, "counts", Boolean.class, "pattern", S, "probability", Double.class));

    public static final Table MENTIONS = new Table("mentions", cols(
            "event_id", S, "article_id", S, "start", I, "end", I, "kind", S));

    public static final Table STATEMENTS = new Table("statements", cols(
            "article_id", S, "sentence", I, "side", S, "speaker_text", S, "via", S, "topics", S, "negated", Boolean.class,
            "evidence_text", S, "evidence_start", I, "evidence_end", I));

    public static final Table ACTORS = new Table("actors", cols("code", S, "name", S, "country", S, "role", S));

    public static final Table CODERS = new Table("coders", cols(
            "id", S, "readout", S, "kb", S, "lexicon", S, "ontology_version", S, "ontology", S, "model", S));

    public static final Table INGEST_LOG = new Table("ingest_log", cols(
            "logged_at", LocalDateTime.class, "item", S, "article_id", S, "status", S, "reason", S));

    /** Every table a coded archive fills, in the order an import loads them. */
    public static final List<Table> TABLES = List.of(CODERS, ARTICLES, EVENTS, MENTIONS, ACTORS, STATEMENTS, INGEST_LOG);

    private StoreRows() {
    }

    /**
     * An event's id in the store: the coder names events after the article's own id; when the store had to give the
     * article another id (the same id came with different text), its events are renamed with it.
     */
    public static String eventId(Event e, String storedArticleId) {
        return storedArticleId.equals(e.articleId()) ? e.id() : storedArticleId + e.id().substring(e.articleId().length());
    }

    /**
     * One {@code articles} row.
     *
     * @param original the stored story this one is a near-copy of, or null
     * @param basis    how the near-copy was found ("copy", "rewrite"), or null
     */
    public static Object[] article(Article a, CodedArticle coded, String id, String key, String hash, long simhash,
                                   String original, String source, String coderId, float[] lead, float[] leadSentences,
                                   String basis, LocalDateTime ingestedAt) {
        return new Object[]{id, key, a.url(), a.outlet(), a.title(), a.date(), hash, simhash, original, source,
                coded.sentences(), coded.parsedSentences(), coded.events().size(), ingestedAt, a.text(), coderId, lead,
                leadSentences, basis};
    }

    /**
     * One {@code events} row.
     *
     * @param original whether the article is an original story (a near-copy's events do not count)
     */
    public static Object[] event(Event e, String id, String articleId, boolean original) {
        LocalDate day = e.date() != null && e.date().length() == 10 ? LocalDate.parse(e.date()) : null;
        Object[] row = new Object[EVENTS.columns().size()];
        int i = 0;
        row[i++] = id;
        row[i++] = articleId;
        row[i++] = e.sentence();
        row[i++] = e.date();
        row[i++] = day;
        row[i++] = e.dateBasis();
        i = actor(row, i, e.source());
        i = actor(row, i, e.target());
        row[i++] = e.cameo();
        row[i++] = e.cameoRoot();
        row[i++] = e.plover();
        row[i++] = e.ploverMode();
        row[i++] = e.goldstein();
        row[i++] = e.quadClass();
        row[i++] = e.modality().json();
        row[i++] = e.attribution() == null || e.attribution().speaker() == null ? null : e.attribution().speaker().code();
        row[i++] = e.attribution() == null ? null : e.attribution().text();
        row[i++] = e.location() == null ? null : e.location().name();
        row[i++] = e.location() == null ? null : e.location().country();
        row[i++] = e.location() == null ? null : e.location().lat();
        row[i++] = e.location() == null ? null : e.location().lon();
        row[i++] = String.join(";", e.topics());
        row[i++] = e.evidence().text();
        row[i++] = e.evidence().start();
        row[i++] = e.evidence().end();
        row[i++] = e.evidence().trigger();
        row[i++] = dyad(e);
        row[i++] = original && e.modality().happened();
        row[i++] = e.pattern();
        row[i] = e.probability();
        return row;
    }

    private static int actor(Object[] row, int i, Actor a) {
        row[i] = a == null ? null : a.code();
        row[i + 1] = a == null ? null : a.country();
        row[i + 2] = a == null ? null : a.name();
        row[i + 3] = a == null ? null : a.role();
        row[i + 4] = a == null ? null : a.text();
        return i + 5;
    }

    /** The {@code mentions} rows of one event: its evidence sentence, then its source and target spans. */
    public static List<Object[]> mentions(Event e, String eventId, String articleId) {
        List<Object[]> out = new ArrayList<>(3);
        out.add(new Object[]{eventId, articleId, e.evidence().start(), e.evidence().end(), "evidence"});
        if (e.source() != null) out.add(new Object[]{eventId, articleId, e.source().start(), e.source().end(), "source"});
        if (e.target() != null) out.add(new Object[]{eventId, articleId, e.target().start(), e.target().end(), "target"});
        return out;
    }

    /** One {@code statements} row. */
    public static Object[] statement(Statement st, String articleId) {
        return new Object[]{articleId, st.sentence(), st.side(), st.speaker(), st.via(), String.join(";", st.topics()),
                st.negated(), st.evidence().text(), st.evidence().start(), st.evidence().end()};
    }

    /** The actors of an event, source first (null sides left out). */
    public static List<Object[]> actors(Event e) {
        List<Object[]> out = new ArrayList<>(2);
        for (Actor a : new Actor[]{e.source(), e.target()}) {
            if (a != null) out.add(new Object[]{a.code(), a.name(), a.country(), a.role()});
        }
        return out;
    }

    /** One {@code coders} row. */
    public static Object[] coder(Provenance p) {
        return new Object[]{EventStore.coderId(p), p.readout(), p.kb(), p.lexicon(), p.ontologyVersion(), p.ontology(),
                p.model()};
    }

    /** One {@code ingest_log} row. */
    public static Object[] log(LocalDateTime at, String item, String articleId, String status, String reason) {
        return new Object[]{at, item, articleId, status, reason};
    }

    /** The two polities of an event in order, "CHN|KOR"; null without a target or within one polity. */
    public static String dyad(Event e) {
        if (e.target() == null) return null;
        String a = e.source().polity();
        String b = e.target().polity();
        return a.equals(b) ? null : dyad(a, b);
    }

    /** The dyad key of two polities, in either order: "CHN|KOR" (the {@code events.dyad} column). */
    public static String dyad(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** What the ingest log says of an article whose key is stored already. */
    public static String duplicateReason(String key) {
        return "already stored (same " + (key.startsWith("sha256:") ? "text" : "URL") + ")";
    }
}
