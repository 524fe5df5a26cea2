package org.pepiniere.applications.ranking;

/** One review in the model's terms: application and juror by index, the juror's weighted score on 0..100. */
record Observation(int application, int juror, double score) {
}
