package org.pepiniere.mentoring.startups;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.applications.ApplicationSubmitted;

import reactor.core.publisher.Mono;

/** A founder submitted an application: mentoring now knows the start-up behind it. */
public class RecordingSubmittedStartup {

    private final Startups startups;

    public RecordingSubmittedStartup(Startups startups) {
        this.startups = startups;
    }

    /**
     * @param incubatorId the tenant the event was published for (its envelope); the event's own
     *                    data must name the same one, or the event is refused as malformed
     */
    public Mono<Void> record(@Nullable String incubatorId, ApplicationSubmitted submitted) {
        return Mono.fromCallable(() -> startupOf(incubatorId, submitted)).flatMap(startups::record);
    }

    private static Startup startupOf(@Nullable String incubatorId, ApplicationSubmitted submitted) {
        if (incubatorId == null || !incubatorId.equals(submitted.incubatorId())) {
            throw new IllegalArgumentException("Event " + submitted.eventId() + " names incubator " + submitted.incubatorId()
                    + " but was published for " + incubatorId);
        }
        return new Startup(new ApplicationId(submitted.applicationId()), incubatorId, submitted.startupName(),
                submitted.sector(), submitted.stage(), submitted.amountSoughtCents(), submitted.currency(),
                submitted.occurredAt());
    }
}
