/** Scoring the coder against a gold set: precision, recall and F1 of (source country, target country, CAMEO root). */
package readout.app.eval;
