/** The {@code readout} command line (picocli): one class per command. */
package readout.app.cli;
