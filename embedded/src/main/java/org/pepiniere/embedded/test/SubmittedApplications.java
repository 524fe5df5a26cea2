package org.pepiniere.embedded.test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pepiniere.contracts.applications.ApplicationSubmitted;

/** Applications as the applications service announces them when founders submit. */
public final class SubmittedApplications {

    public static final String DEMO_INCUBATOR = "imt-mines-ales-enscm";
    public static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T08:30:00Z");

    /** A chemistry start-up at the prototype stage seeking 150 000 €, in need of chemistry and fundraising expertise. */
    public static ApplicationSubmitted chlorofil(String incubatorId, String applicationId, Instant submittedAt) {
        return new ApplicationSubmitted(UUID.randomUUID().toString(), applicationId, submittedAt, incubatorId, "call-2026",
                "founder-1", "Chlorofil", "CHEMISTRY", "PROTOTYPE", 15_000_000L, "EUR", List.of("chimie", "levée de fonds"),
                List.of("ENSCM"), "INCUBATION", null);
    }

    public static ApplicationSubmitted chlorofil(String incubatorId) {
        return chlorofil(incubatorId, "app-1", MONDAY_MORNING);
    }

    /** A start-up that seeks no money yet. */
    public static ApplicationSubmitted withoutMoneySought(String incubatorId) {
        return new ApplicationSubmitted(UUID.randomUUID().toString(), "app-2", MONDAY_MORNING, incubatorId, null, "founder-2",
                "Garrigue Data", "DIGITAL", "IDEA", null, null);
    }

    /** The same submission announced again under a new event id: only the projection's own idempotence can absorb it. */
    public static ApplicationSubmitted republished(ApplicationSubmitted submitted) {
        return new ApplicationSubmitted(UUID.randomUUID().toString(), submitted.applicationId(), submitted.occurredAt(),
                submitted.incubatorId(), submitted.callId(), submitted.founderId(), submitted.startupName(), submitted.sector(),
                submitted.stage(), submitted.amountSoughtCents(), submitted.currency(), submitted.needs(),
                submitted.teamAffiliations(), submitted.programme(), submitted.track());
    }

    public static ApplicationSubmitted renamed(ApplicationSubmitted submitted, String startupName) {
        return new ApplicationSubmitted(submitted.eventId(), submitted.applicationId(), submitted.occurredAt(),
                submitted.incubatorId(), submitted.callId(), submitted.founderId(), startupName, submitted.sector(),
                submitted.stage(), submitted.amountSoughtCents(), submitted.currency(), submitted.needs(),
                submitted.teamAffiliations(), submitted.programme(), submitted.track());
    }

    public static ApplicationSubmitted seeking(ApplicationSubmitted submitted, long amountSoughtCents) {
        return new ApplicationSubmitted(submitted.eventId(), submitted.applicationId(), submitted.occurredAt(),
                submitted.incubatorId(), submitted.callId(), submitted.founderId(), submitted.startupName(), submitted.sector(),
                submitted.stage(), amountSoughtCents, submitted.currency(), submitted.needs(), submitted.teamAffiliations(),
                submitted.programme(), submitted.track());
    }

    private SubmittedApplications() {
    }
}
