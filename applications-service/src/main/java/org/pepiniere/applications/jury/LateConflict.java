package org.pepiniere.applications.jury;

import java.time.Instant;

/** A juror found a conflict with an application after the run: the pair left the assignment, and a re-run fills its seat. */
public record LateConflict(String applicationId, String jurorId, Instant declaredAt) {
}
