package org.pepiniere.mentoring.startups.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pepiniere.mentoring.startups.Startup;

/** A start-up as staff and mentors read it in mentoring. */
record StartupView(
        String applicationId,
        String startupName,
        String sector,
        String stage,
        @Nullable Long amountSoughtCents,
        @Nullable String currency,
        Instant submittedAt) {

    static StartupView of(Startup startup) {
        return new StartupView(startup.applicationId().value(), startup.name(), startup.sector(), startup.stage(),
                startup.amountSoughtCents(), startup.currency(), startup.submittedAt());
    }
}
