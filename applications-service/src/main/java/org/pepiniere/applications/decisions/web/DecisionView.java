package org.pepiniere.applications.decisions.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.decisions.Decided;

record DecisionView(String applicationId, String callId, String decision, @Nullable String cohortId, String reasonsFr,
        String reasonsEn, int sequence, @Nullable Long waitlistPosition, String startupReference, Instant decidedAt) {

    static DecisionView of(Decided decided) {
        return new DecisionView(decided.applicationId(), decided.callId(), decided.decision().name(), decided.cohortId(),
                decided.reasonsFr(), decided.reasonsEn(), decided.sequence(), decided.waitlistPosition(),
                decided.startupReference(), decided.decidedAt());
    }
}
