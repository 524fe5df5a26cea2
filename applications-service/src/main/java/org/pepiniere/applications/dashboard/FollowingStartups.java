package org.pepiniere.applications.dashboard;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.pepiniere.contracts.applications.ApplicationWithdrawn;
import org.pepiniere.contracts.decisions.ApplicationDecided;
import org.pepiniere.contracts.funding.FundingDecided;
import org.pepiniere.contracts.funding.TrancheReleased;
import org.pepiniere.contracts.mentoring.MentoringSessionLogged;

import reactor.core.publisher.Mono;

/** Turns the events other features and services publish into the dashboard's projection. */
public class FollowingStartups {

    private final StartupProgress progress;
    private final StartupNames names;

    public FollowingStartups(StartupProgress progress, StartupNames names) {
        this.progress = progress;
        this.names = names;
    }

    /** Admitted: into its cohort. Wait-listed or rejected (a correction): out of any cohort. */
    public Mono<Void> on(ApplicationDecided decided) {
        String cohortId = decided.decision() == ApplicationDecided.Decision.ADMITTED ? decided.cohortId() : null;
        // the application is this service's; a consenting bank's disclosure names the start-up too, when there is one
        String fallback = decided.disclosures().isEmpty() ? decided.startupReference()
                : decided.disclosures().get(0).startupName();
        return names.of(decided.incubatorId(), decided.applicationId())
                .defaultIfEmpty(fallback)
                .flatMap(name -> progress.place(new Placement(decided.incubatorId(), decided.startupReference(),
                        decided.applicationId(), decided.founderId(), name, decided.decision().name(), cohortId,
                        decided.sequence())));
    }

    /** A draft was never decided nor shown: only a submitted application can have been placed in a cohort. */
    public Mono<Void> on(ApplicationWithdrawn withdrawn) {
        if (!withdrawn.wasSubmitted()) {
            return Mono.empty();
        }
        return progress.withdraw(withdrawn.incubatorId(), withdrawn.applicationId(), withdrawn.occurredAt());
    }

    public Mono<Void> on(MentoringSessionLogged logged) {
        return progress.addSession(logged.incubatorId(), logged.startupReference(), logged.sessionId(),
                new MentoringSession(month(logged.startedAt()), logged.minutes()));
    }

    public Mono<Void> on(FundingDecided decided) {
        return progress.addGrant(decided.incubatorId(), decided.startupReference(), decided.fundingId(),
                new Movement(month(decided.occurredAt()), decided.amountCents(), decided.currency()));
    }

    public Mono<Void> on(TrancheReleased released) {
        return progress.addRelease(released.incubatorId(), released.startupReference(), released.fundingId(),
                released.trancheNumber(), new Movement(month(released.occurredAt()), released.amountCents(), released.currency()));
    }

    private static YearMonth month(Instant instant) {
        return YearMonth.from(instant.atZone(ZoneOffset.UTC));
    }
}
