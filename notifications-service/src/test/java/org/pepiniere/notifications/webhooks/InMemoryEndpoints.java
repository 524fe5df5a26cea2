package org.pepiniere.notifications.webhooks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

final class InMemoryEndpoints implements Endpoints {

    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    @Override
    public Mono<Endpoint> add(Endpoint endpoint) {
        return Mono.fromSupplier(() -> {
            endpoints.put(endpoint.id(), endpoint);
            return endpoint;
        });
    }

    @Override
    public Mono<Endpoint> find(String id) {
        return Mono.justOrEmpty(endpoints.get(id));
    }

    @Override
    public Mono<Endpoint> findOwned(EndpointOwner owner, String id) {
        return find(id).filter(endpoint -> endpoint.owner().equals(owner));
    }

    @Override
    public Flux<Endpoint> owned(EndpointOwner owner) {
        return Flux.fromStream(endpoints.values().stream().filter(endpoint -> endpoint.owner().equals(owner)));
    }

    @Override
    public Mono<Long> countOwned(EndpointOwner owner) {
        return owned(owner).count();
    }

    @Override
    public Flux<Endpoint> subscribedTo(String incubatorId, String eventType) {
        return Flux.fromStream(endpoints.values().stream()
                .filter(endpoint -> endpoint.owner().incubatorId().equals(incubatorId) && endpoint.subscribesTo(eventType)));
    }
}
