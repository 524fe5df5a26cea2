package org.pepiniere.applications.calls;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.calls.CallOpened;

import reactor.core.publisher.Mono;

/** Staff open a draft call: founders of the incubator see it and may apply, and the pipeline hears of it. */
public class OpeningCall {

    private final Calls calls;
    private final Clock clock;
    private final Supplier<UUID> eventIds;

    public OpeningCall(Calls calls, Clock clock, Supplier<UUID> eventIds) {
        this.calls = calls;
        this.clock = clock;
        this.eventIds = eventIds;
    }

    /** @param expectedVersion the version staff last read (HTTP If-Match), or null for the current one */
    public Mono<CallOutcome> open(String incubatorId, CallId id, @Nullable Long expectedVersion) {
        return calls.find(incubatorId, id)
                .flatMap(call -> open(call, expectedVersion))
                .defaultIfEmpty(new CallOutcome.Refused(CallRefusal.NOT_FOUND));
    }

    private Mono<CallOutcome> open(Call call, @Nullable Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != call.version()) {
            return Mono.just(new CallOutcome.Refused(CallRefusal.CHANGED_MEANWHILE));
        }
        var transition = call.open(eventIds.get().toString(), clock.instant());
        if (transition instanceof Transition.Refused refused) {
            return Mono.just(new CallOutcome.Refused(refused.refusal()));
        }
        var accepted = (Transition.Accepted) transition;
        return calls.saveOpened(accepted.call(), call.version(), (CallOpened) accepted.event())
                .<CallOutcome>map(CallOutcome.Changed::new)
                .defaultIfEmpty(new CallOutcome.Refused(CallRefusal.CHANGED_MEANWHILE));
    }
}
