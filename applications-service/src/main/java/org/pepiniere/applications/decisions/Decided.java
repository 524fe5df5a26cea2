package org.pepiniere.applications.decisions;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.decisions.ApplicationDecided.Decision;

/**
 * The decision held for one application: the latest, with its {@code sequence} (1 for the first, higher for a
 * promotion from the wait list) and the start-up's reference, generated with the first decision and never changed.
 *
 * @param waitlistPosition the place on the call's wait list while {@code WAITLISTED}; lower is promoted first
 */
public record Decided(String applicationId, String incubatorId, String callId, String founderId, String startupReference,
        int sequence, Decision decision, @Nullable String cohortId, String reasonsFr, String reasonsEn,
        @Nullable Long waitlistPosition, String decidedBy, Instant decidedAt) {

    /** The same application admitted into the cohort, one sequence later; its reference stays. */
    public Decided promoted(String cohort, String reasonFr, String reasonEn, String staffId, Instant now) {
        return new Decided(applicationId, incubatorId, callId, founderId, startupReference, sequence + 1, Decision.ADMITTED,
                cohort, reasonFr, reasonEn, null, staffId, now);
    }
}
