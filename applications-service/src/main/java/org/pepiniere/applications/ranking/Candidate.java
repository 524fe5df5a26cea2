package org.pepiniere.applications.ranking;

/** A submitted application of the call, as the ranking names it. */
public record Candidate(String applicationId, String startupName) {
}
