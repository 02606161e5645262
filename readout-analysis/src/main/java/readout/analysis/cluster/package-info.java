/** One real-world event from many reports: clusters of event mentions across articles and outlets. */
package readout.analysis.cluster;
