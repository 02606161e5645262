/** Relations between countries: which way a country leans between two others, with its uncertainty. */
package readout.analysis.relations;
