package org.pepiniere.applications.applying;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

/** A founder submits their draft: it becomes final and the pipeline hears of it. */
public class SubmittingApplication {

    private final Applications applications;
    private final Clock clock;
    private final Supplier<UUID> eventIds;

    public SubmittingApplication(Applications applications, Clock clock, Supplier<UUID> eventIds) {
        this.applications = applications;
        this.clock = clock;
        this.eventIds = eventIds;
    }

    /**
     * @param expectedVersion the version the founder last read (HTTP If-Match), or null for any
     */
    public Mono<Result> submit(String incubatorId, String founderId, ApplicationId id, @Nullable Long expectedVersion) {
        return applications.find(incubatorId, id)
                .filter(application -> application.isOwnedBy(founderId))
                .flatMap(application -> submit(application, expectedVersion))
                .defaultIfEmpty(new Result.Refused(Refusal.NOT_FOUND));
    }

    private Mono<Result> submit(Application application, @Nullable Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != application.version()) {
            return Mono.just(new Result.Refused(Refusal.CHANGED_MEANWHILE));
        }
        var submission = application.submit(eventIds.get().toString(), clock.instant());
        if (submission instanceof Submission.Refused refused) {
            return Mono.just(new Result.Refused(refused.refusal()));
        }
        var accepted = (Submission.Accepted) submission;
        return applications.saveSubmitted(accepted.application(), application.version(), accepted.event())
                .<Result>map(Result.Submitted::new)
                .defaultIfEmpty(new Result.Refused(Refusal.CHANGED_MEANWHILE));
    }

    /** Submitted, or refused with the reason. */
    public sealed interface Result {

        record Submitted(Application application) implements Result {
        }

        record Refused(Refusal refusal) implements Result {
        }
    }
}
