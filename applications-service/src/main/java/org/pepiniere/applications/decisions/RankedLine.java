package org.pepiniere.applications.decisions;

/** One application of the calibrated order, as the tie-break reads it. */
public record RankedLine(String applicationId, double calibratedScore) {
}
