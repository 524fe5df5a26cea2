package org.pepiniere.notifications.webhooks;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A bank reads its own endpoints and their delivery log, and nothing of another organisation's. */
public final class ReadingDeliveries {

    public static final int MAX_PAGE = 100;

    private final Endpoints endpoints;
    private final Deliveries deliveries;

    public ReadingDeliveries(Endpoints endpoints, Deliveries deliveries) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    public Flux<Endpoint> endpoints(EndpointOwner owner) {
        return endpoints.owned(owner);
    }

    /** The endpoint's newest deliveries, or empty when the owner has no endpoint of that id. */
    public Mono<List<Delivery>> deliveries(EndpointOwner owner, String endpointId, int limit) {
        int page = Math.max(1, Math.min(limit, MAX_PAGE));
        return endpoints.findOwned(owner, endpointId)
                .flatMap(endpoint -> deliveries.ofEndpoint(owner, endpoint.id(), page).collectList());
    }
}
