package org.pepiniere.applications.decisions;

import java.time.Instant;

/** A seat of a cohort held for one application, since {@code takenAt}: one application holds at most one per cohort. */
public record Seat(String applicationId, Instant takenAt) {
}
