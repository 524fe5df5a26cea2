package org.pepiniere.funding.startups.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pepiniere.funding.startups.Startup;

/** An applicant start-up as the incubator's staff read it in funding. */
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
