/** End-to-end throughput of the coder, measured beside a CoreNLP-with-NER baseline in the same run. */
package readout.bench;
