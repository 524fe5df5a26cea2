package org.pepiniere.applications.jury;

/** A juror kept away from an application, and why. */
public record ExcludedJuror(String jurorId, Exclusion why) {
}
