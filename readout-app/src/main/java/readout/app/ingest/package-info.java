/** Reading input: plain-text files, directories and JSON Lines records become articles or per-record errors. */
package readout.app.ingest;
