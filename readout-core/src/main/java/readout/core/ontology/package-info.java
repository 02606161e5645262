/**
 * The event ontology, pinned in one place: CAMEO codes with their Goldstein values, the CAMEO to PLOVER
 * mapping, and QuadClass. Every numeric judgement Readout makes about an event type comes from here.
 */
package readout.core.ontology;
