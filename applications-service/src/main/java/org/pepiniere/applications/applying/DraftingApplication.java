package org.pepiniere.applications.applying;

import java.time.Clock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;

import reactor.core.publisher.Mono;

/**
 * A founder starts an application: a draft only they and the incubator's staff can read. A draft names the
 * call it answers, which must be taking applications in the founder's incubator; without a call it belongs
 * to the incubator's rolling intake.
 */
public class DraftingApplication {

    private final Applications applications;
    private final Calls calls;
    private final Clock clock;
    private final Supplier<ApplicationId> ids;

    public DraftingApplication(Applications applications, Calls calls, Clock clock, Supplier<ApplicationId> ids) {
        this.applications = applications;
        this.calls = calls;
        this.clock = clock;
        this.ids = ids;
    }

    public Mono<Result> draft(String incubatorId, String founderId, @Nullable String callId, ApplicationContent content) {
        if (callId == null) {
            return store(incubatorId, founderId, null, content);
        }
        CallId id;
        try {
            id = new CallId(callId);
        } catch (IllegalArgumentException notACallId) {
            return Mono.just(new Result.Refused(Refusal.CALL_NOT_OPEN));
        }
        return calls.find(incubatorId, id)
                .filter(call -> call.acceptsApplicationsAt(clock.instant()))
                .flatMap(call -> store(incubatorId, founderId, callId, content))
                .defaultIfEmpty(new Result.Refused(Refusal.CALL_NOT_OPEN));
    }

    private Mono<Result> store(String incubatorId, String founderId, @Nullable String callId, ApplicationContent content) {
        return applications.add(Application.draft(ids.get(), incubatorId, founderId, callId, content, clock.instant()))
                .map(Result.Drafted::new);
    }

    /** Drafted, or refused with the reason. */
    public sealed interface Result {

        record Drafted(Application application) implements Result {
        }

        record Refused(Refusal refusal) implements Result {
        }
    }
}
