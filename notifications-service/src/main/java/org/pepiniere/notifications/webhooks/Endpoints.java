package org.pepiniere.notifications.webhooks;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Endpoints of banks. A removed endpoint receives nothing more, but its owner still reads its delivery log. */
public interface Endpoints {

    Mono<Endpoint> add(Endpoint endpoint);

    /** Marks the owner's endpoint removed; emits whether it was there (and not removed yet). */
    Mono<Boolean> remove(EndpointOwner owner, String id, Instant at);

    /** The endpoint unless it was removed. */
    Mono<Endpoint> find(String id);

    /**
     * The endpoint if that owner owns it, even removed (its delivery log stays readable); empty otherwise, so another
     * bank cannot even learn it exists.
     */
    Mono<Endpoint> findOwned(EndpointOwner owner, String id);

    Flux<Endpoint> owned(EndpointOwner owner);

    Mono<Long> countOwned(EndpointOwner owner);

    /** The incubator's endpoints that are not removed, whatever their types. */
    Flux<Endpoint> ofIncubator(String incubatorId);

    default Flux<Endpoint> subscribedTo(String incubatorId, String eventType) {
        return ofIncubator(incubatorId).filter(endpoint -> endpoint.subscribesTo(eventType));
    }
}
