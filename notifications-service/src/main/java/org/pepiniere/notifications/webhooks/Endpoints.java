package org.pepiniere.notifications.webhooks;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface Endpoints {

    Mono<Endpoint> add(Endpoint endpoint);

    Mono<Endpoint> find(String id);

    /** The endpoint if that owner owns it; empty otherwise, so another bank cannot even learn it exists. */
    Mono<Endpoint> findOwned(EndpointOwner owner, String id);

    Flux<Endpoint> owned(EndpointOwner owner);

    Mono<Long> countOwned(EndpointOwner owner);

    Flux<Endpoint> subscribedTo(String incubatorId, String eventType);
}
