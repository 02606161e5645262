/** Readouts compared: what each side's account of an interaction raised, and what one side's left out. */
package readout.analysis.readouts;
