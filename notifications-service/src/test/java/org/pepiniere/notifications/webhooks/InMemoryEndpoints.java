package org.pepiniere.notifications.webhooks;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

final class InMemoryEndpoints implements Endpoints {

    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final Set<String> removed = ConcurrentHashMap.newKeySet();

    @Override
    public Mono<Endpoint> add(Endpoint endpoint) {
        return Mono.fromSupplier(() -> {
            endpoints.put(endpoint.id(), endpoint);
            return endpoint;
        });
    }

    @Override
    public Mono<Boolean> remove(EndpointOwner owner, String id, Instant at) {
        return Mono.fromSupplier(() -> endpoints.containsKey(id) && endpoints.get(id).owner().equals(owner) && removed.add(id));
    }

    @Override
    public Mono<Endpoint> find(String id) {
        return Mono.justOrEmpty(endpoints.get(id)).filter(endpoint -> !removed.contains(id));
    }

    @Override
    public Mono<Endpoint> findOwned(EndpointOwner owner, String id) {
        return Mono.justOrEmpty(endpoints.get(id)).filter(endpoint -> endpoint.owner().equals(owner));
    }

    @Override
    public Flux<Endpoint> owned(EndpointOwner owner) {
        return Flux.fromStream(endpoints.values().stream().filter(endpoint -> endpoint.owner().equals(owner) && !removed.contains(endpoint.id())));
    }

    @Override
    public Mono<Long> countOwned(EndpointOwner owner) {
        return owned(owner).count();
    }

    @Override
    public Flux<Endpoint> ofIncubator(String incubatorId) {
        return Flux.fromStream(endpoints.values().stream()
                .filter(endpoint -> endpoint.owner().incubatorId().equals(incubatorId) && !removed.contains(endpoint.id())));
    }
}
