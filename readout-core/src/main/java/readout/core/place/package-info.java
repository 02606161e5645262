/** Places: a GeoNames-derived gazetteer of cities and capitals with coordinates. */
package readout.core.place;
