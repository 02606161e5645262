/**
 * The answers Readout gives over a store, shared by the command line and the HTTP API: clusters of a slice of the
 * store, the two sides' accounts of a call or meeting compared, the lean, and the brief. Each reads through
 * {@link readout.store.Queries} and computes with {@code readout.analysis}; none prints.
 */
package readout.app.answers;
