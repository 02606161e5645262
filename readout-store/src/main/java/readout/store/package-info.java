/**
 * The embedded event store: one DuckDB file holding articles, events, actors, evidence mentions and the
 * ingest log, with versioned migrations, one transaction per article, idempotent re-ingest and
 * near-duplicate linking; queries and exports over it.
 */
package readout.store;
