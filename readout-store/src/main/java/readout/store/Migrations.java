package readout.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema as an ordered list of migrations; {@link #apply} brings any older file up to date
 * and records each step in {@code schema_version}. Never edit a released step: add one.
 */
final class Migrations {
    /** Step n (from 1) is {@code STEPS.get(n - 1)}. */
    static final List<String> STEPS = List.of(
            """
            CREATE TABLE articles (
              id VARCHAR PRIMARY KEY,
              key VARCHAR NOT NULL UNIQUE,
              url VARCHAR, outlet VARCHAR, title VARCHAR, published DATE,
              content_hash VARCHAR NOT NULL, simhash BIGINT NOT NULL, duplicate_of VARCHAR,
              source VARCHAR, sentences INTEGER, parsed INTEGER, events INTEGER,
              ingested_at TIMESTAMP NOT NULL, text VARCHAR NOT NULL);
            CREATE TABLE events (
              id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, sentence INTEGER,
              date VARCHAR, day DATE, date_basis VARCHAR,
              source_code VARCHAR, source_country VARCHAR, source_name VARCHAR, source_role VARCHAR, source_text VARCHAR,
              target_code VARCHAR, target_country VARCHAR, target_name VARCHAR, target_role VARCHAR, target_text VARCHAR,
              cameo VARCHAR, cameo_root VARCHAR, plover VARCHAR, plover_mode VARCHAR, goldstein DOUBLE, quad_class INTEGER,
              modality VARCHAR, speaker_code VARCHAR, speaker_text VARCHAR,
              location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
              topics VARCHAR, evidence_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER, trigger VARCHAR);
            CREATE TABLE actors (code VARCHAR PRIMARY KEY, name VARCHAR, country VARCHAR, role VARCHAR);
            CREATE TABLE mentions (event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, "start" INTEGER, "end" INTEGER,
              kind VARCHAR);
            CREATE TABLE ingest_log (logged_at TIMESTAMP NOT NULL, item VARCHAR, article_id VARCHAR, status VARCHAR NOT NULL,
              reason VARCHAR);
            """,
            // 2: the two standing questions (most active dyads, a dyad's series) read one table, no join:
            // each event carries its dyad (the two polities in order) and whether it counts (it happened,
            // and its article is not a near-copy of a stored story)
            """
            ALTER TABLE events ADD COLUMN dyad VARCHAR;
            ALTER TABLE events ADD COLUMN counts BOOLEAN;
            UPDATE events SET dyad = CASE WHEN coalesce(target_country, target_code) IS NULL
                  OR coalesce(source_country, source_code) = coalesce(target_country, target_code) THEN NULL
                ELSE least(coalesce(source_country, source_code), coalesce(target_country, target_code)) || '|'
                  || greatest(coalesce(source_country, source_code), coalesce(target_country, target_code)) END,
              counts = modality IN ('asserted', 'reported')
                AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = events.article_id AND a.duplicate_of IS NOT NULL);
            """,
            // 3: feed items already fetched, so `readout watch` remembers across restarts
            """
            CREATE TABLE feed_seen (feed VARCHAR NOT NULL, item VARCHAR NOT NULL, seen_at TIMESTAMP NOT NULL,
              PRIMARY KEY (feed, item));
            """,
            // 4: provenance (docs/adr/0007-provenance.md): each article names the coder that coded it, one row
            // per distinct coder in `coders` (id derived from the row, so equal in every store); each event names
            // the lexicon row (file:line) that coded it. Rows stored before this step keep NULL: not recorded.
            """
            CREATE TABLE coders (id VARCHAR PRIMARY KEY, readout VARCHAR NOT NULL, kb VARCHAR NOT NULL,
              lexicon VARCHAR NOT NULL, ontology_version VARCHAR NOT NULL, ontology VARCHAR NOT NULL);
            ALTER TABLE articles ADD COLUMN coder VARCHAR;
            ALTER TABLE events ADD COLUMN pattern VARCHAR;
            """,
            // 5: the learned layer (docs/adr/0008-event-classifier.md): a coder names its event-type model ('none'
            // for patterns only; NULL for rows stored before this step), and an event the model proposed keeps its
            // probability (NULL for pattern events)
            """
            ALTER TABLE coders ADD COLUMN model VARCHAR;
            ALTER TABLE events ADD COLUMN probability DOUBLE;
            """,
            // 6: rewrites (docs/adr/0009-encoder-for-topics-and-rewrites.md): each article may keep its lead's encoder
            // vector and its lead sentences' vectors end to end (NULL when stored without the semantic check), so a
            // later story is compared without re-encoding; a near-duplicate says how it was found: 'copy' (SimHash +
            // shingles; every older one) or 'rewrite'
            """
            ALTER TABLE articles ADD COLUMN lead FLOAT[];
            ALTER TABLE articles ADD COLUMN lead_sentences FLOAT[];
            ALTER TABLE articles ADD COLUMN duplicate_basis VARCHAR;
            UPDATE articles SET duplicate_basis = 'copy' WHERE duplicate_of IS NOT NULL;
            """,
            // 7: accounts (docs/adr/0011-accounts.md): each sentence a report attributes to one side (its leader,
            // spokesperson, ministry, office, embassy or state media), event or not, with the side, the words naming
            // the speaker, how the attribution was read, its topics and its evidence; articles stored before this step
            // have none (re-ingest them to compare accounts)
            """
            CREATE TABLE statements (article_id VARCHAR NOT NULL, sentence INTEGER NOT NULL, side VARCHAR NOT NULL,
              speaker_text VARCHAR, via VARCHAR, topics VARCHAR, negated BOOLEAN NOT NULL,
              evidence_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER);
            """);

    private Migrations() {
    }

    /** Applies the missing steps; returns the schema version now in force. */
    static int apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
            int current = 0;
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                if (r.next()) current = r.getInt(1);
            }
            if (current > STEPS.size()) {
                throw new SQLException("store schema version " + current + " is newer than this Readout knows ("
                        + STEPS.size() + "): upgrade Readout");
            }
            for (int v = current + 1; v <= STEPS.size(); v++) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    for (String sql : STEPS.get(v - 1).split(";")) if (!sql.isBlank()) s.execute(sql);
                    s.execute("INSERT INTO schema_version VALUES (" + v + ", now())");
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(auto);
                }
            }
            return STEPS.size();
        }
    }
}
