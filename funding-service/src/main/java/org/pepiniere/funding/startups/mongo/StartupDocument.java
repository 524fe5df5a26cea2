package org.pepiniere.funding.startups.mongo;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pepiniere.funding.startups.ApplicationId;
import org.pepiniere.funding.startups.Startup;
import org.springframework.data.annotation.Id;

record StartupDocument(
        @Id String applicationId,
        String incubatorId,
        String startupName,
        String sector,
        String stage,
        @Nullable Long amountSoughtCents,
        @Nullable String currency,
        Instant submittedAt) {

    static final String INCUBATOR_ID = "incubatorId";
    static final String SUBMITTED_AT = "submittedAt";

    Startup toDomain() {
        return new Startup(new ApplicationId(applicationId), incubatorId, startupName, sector, stage, amountSoughtCents,
                currency, submittedAt);
    }
}
