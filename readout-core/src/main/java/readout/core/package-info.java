/** Readout's core: the {@link readout.core.Coder} facade over the coding stages in the sub-packages. */
package readout.core;
