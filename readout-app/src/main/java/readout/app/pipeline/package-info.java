/** Running coders over many articles: bounded parallelism, ordered output, progress and a summary. */
package readout.app.pipeline;
