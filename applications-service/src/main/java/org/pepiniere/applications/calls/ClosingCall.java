package org.pepiniere.applications.calls;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.calls.CallClosed;

import reactor.core.publisher.Mono;

/** Staff close an open call: it takes no more applications, and its review begins. */
public class ClosingCall {

    private final Calls calls;
    private final Clock clock;
    private final Supplier<UUID> eventIds;

    public ClosingCall(Calls calls, Clock clock, Supplier<UUID> eventIds) {
        this.calls = calls;
        this.clock = clock;
        this.eventIds = eventIds;
    }

    /** @param expectedVersion the version staff last read (HTTP If-Match), or null for the current one */
    public Mono<CallOutcome> close(String incubatorId, CallId id, @Nullable Long expectedVersion) {
        return calls.find(incubatorId, id)
                .flatMap(call -> close(call, expectedVersion))
                .defaultIfEmpty(new CallOutcome.Refused(CallRefusal.NOT_FOUND));
    }

    private Mono<CallOutcome> close(Call call, @Nullable Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != call.version()) {
            return Mono.just(new CallOutcome.Refused(CallRefusal.CHANGED_MEANWHILE));
        }
        var transition = call.close(eventIds.get().toString(), clock.instant());
        if (transition instanceof Transition.Refused refused) {
            return Mono.just(new CallOutcome.Refused(refused.refusal()));
        }
        var accepted = (Transition.Accepted) transition;
        return calls.saveClosed(accepted.call(), call.version(), (CallClosed) accepted.event())
                .<CallOutcome>map(CallOutcome.Changed::new)
                .defaultIfEmpty(new CallOutcome.Refused(CallRefusal.CHANGED_MEANWHILE));
    }
}
