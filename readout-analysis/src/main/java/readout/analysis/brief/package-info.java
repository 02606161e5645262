/** Briefs: short reports whose every point carries numbered citations to its sources. */
package readout.analysis.brief;
