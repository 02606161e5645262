/** Stage 6, time: event dates from explicit dates, weekdays, relative phrases and knowledge-base anchors. */
package readout.core.time;
