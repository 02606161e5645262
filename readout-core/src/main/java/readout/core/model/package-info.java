/** The records Readout passes between stages and writes out: articles, actors, events and their evidence. */
package readout.core.model;
