package org.pepiniere.applications.applying;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.Call;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.calls.Programme;
import org.pepiniere.applications.calls.Violation;

import reactor.core.publisher.Mono;

/**
 * A founder submits their draft: it becomes final and the pipeline hears of it. An application to a call is
 * submitted only while the call takes applications, and only complete: the call's required questions
 * answered with the right types, and a team of at least one person, whose affiliations keep conflicted
 * jurors away.
 */
public class SubmittingApplication {

    private final Applications applications;
    private final Calls calls;
    private final Clock clock;
    private final Supplier<UUID> eventIds;

    public SubmittingApplication(Applications applications, Calls calls, Clock clock, Supplier<UUID> eventIds) {
        this.applications = applications;
        this.calls = calls;
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
        if (application.status() != ApplicationStatus.DRAFT || application.callId() == null) {
            return store(application, null);
        }
        return calls.find(application.incubatorId(), new CallId(application.callId()))
                .filter(call -> call.acceptsApplicationsAt(clock.instant()))
                .flatMap(call -> {
                    var missing = missing(application, call);
                    return missing.isEmpty() ? store(application, call.details().programme()) : Mono.<Result>just(new Result.Incomplete(missing));
                })
                .defaultIfEmpty(new Result.Refused(Refusal.CALL_NOT_OPEN));
    }

    private static List<Violation> missing(Application application, Call call) {
        var missing = new ArrayList<>(call.problemsWith(application.content().answers()));
        if (application.content().team().isEmpty()) {
            missing.add(new Violation("team", "applications.team-required", List.of()));
        }
        return missing;
    }

    private Mono<Result> store(Application application, @Nullable Programme programme) {
        var submission = application.submit(eventIds.get().toString(), clock.instant(), programme);
        if (submission instanceof Submission.Refused refused) {
            return Mono.just(new Result.Refused(refused.refusal()));
        }
        var accepted = (Submission.Accepted) submission;
        return applications.saveSubmitted(accepted.application(), application.version(), accepted.event())
                .<Result>map(Result.Submitted::new)
                .defaultIfEmpty(new Result.Refused(Refusal.CHANGED_MEANWHILE));
    }

    /** Submitted, incomplete with every missing or mistyped field, or refused with the reason. */
    public sealed interface Result {

        record Submitted(Application application) implements Result {
        }

        record Incomplete(List<Violation> missing) implements Result {
        }

        record Refused(Refusal refusal) implements Result {
        }
    }
}
