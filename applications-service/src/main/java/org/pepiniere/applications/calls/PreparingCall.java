package org.pepiniere.applications.calls;

import java.time.Clock;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/** Staff start a call as a draft, which only the incubator's staff read until it opens. */
public class PreparingCall {

    private final Calls calls;
    private final Clock clock;
    private final Supplier<CallId> ids;

    public PreparingCall(Calls calls, Clock clock, Supplier<CallId> ids) {
        this.calls = calls;
        this.clock = clock;
        this.ids = ids;
    }

    public Mono<Call> prepare(String incubatorId, String staffId, CallDetails details) {
        return calls.add(Call.draft(ids.get(), incubatorId, staffId, details, clock.instant()));
    }
}
