package org.pepiniere.applications.calls;

import org.pepiniere.contracts.calls.CallClosed;
import org.pepiniere.contracts.calls.CallOpened;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every call of every incubator; each read is scoped to one incubator. */
public interface Calls {

    Mono<Call> add(Call draft);

    Mono<Call> find(String incubatorId, CallId id);

    /** The incubator's calls, newest first. */
    Flux<Call> ofIncubator(String incubatorId, int limit);

    /** The incubator's opened calls that are not closed, those closing first first. */
    Flux<Call> openOf(String incubatorId, int limit);

    /** Stores the edited details if the stored call is still a draft at {@code expectedVersion}; empty otherwise. */
    Mono<Call> saveEdited(Call edited, long expectedVersion);

    /** Stores the opened call and its event in one write if it is still the draft at {@code expectedVersion}. */
    Mono<Call> saveOpened(Call opened, long expectedVersion, CallOpened event);

    /** Stores the closed call and its event in one write if it is still open at {@code expectedVersion}. */
    Mono<Call> saveClosed(Call closed, long expectedVersion, CallClosed event);
}
