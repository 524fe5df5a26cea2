package org.pepiniere.gateway.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

class InMemoryIncubators implements Incubators {

    final Map<IncubatorId, Incubator> byId = new LinkedHashMap<>();

    InMemoryIncubators with(Incubator incubator) {
        byId.put(incubator.id(), incubator);
        return this;
    }

    @Override
    public Mono<Incubator> find(IncubatorId id) {
        return Mono.justOrEmpty(byId.get(id));
    }

    @Override
    public Mono<Incubator> ensure(Incubator incubator) {
        return Mono.just(byId.computeIfAbsent(incubator.id(), id -> incubator));
    }
}
