package org.pepiniere.notifications.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps each incubator's endpoint list for a short time, since every event of the incubator needs it.
 * A change made through this process takes effect at once; one made by another replica within
 * {@code freshFor}.
 */
public final class CachingEndpoints implements Endpoints {

    private record Cached(Instant loadedAt, Mono<List<Endpoint>> endpoints) {
    }

    private final Endpoints stored;
    private final Duration freshFor;
    private final Clock clock;
    private final Map<String, Cached> byIncubator = new ConcurrentHashMap<>();

    public CachingEndpoints(Endpoints stored, Duration freshFor, Clock clock) {
        this.stored = stored;
        this.freshFor = freshFor;
        this.clock = clock;
    }

    @Override
    public Flux<Endpoint> ofIncubator(String incubatorId) {
        var now = clock.instant();
        var cached = byIncubator.compute(incubatorId, (id, current) -> current != null && now.isBefore(current.loadedAt().plus(freshFor))
                ? current
                : new Cached(now, stored.ofIncubator(id).collectList().cache(list -> freshFor, error -> Duration.ZERO, () -> Duration.ZERO)));
        return cached.endpoints().flatMapIterable(list -> list);
    }

    @Override
    public Mono<Endpoint> add(Endpoint endpoint) {
        return stored.add(endpoint).doOnSuccess(added -> byIncubator.remove(endpoint.owner().incubatorId()));
    }

    @Override
    public Mono<Boolean> remove(EndpointOwner owner, String id, Instant at) {
        return stored.remove(owner, id, at).doFinally(signal -> byIncubator.remove(owner.incubatorId()));
    }

    @Override
    public Mono<Endpoint> find(String id) {
        return stored.find(id);
    }

    @Override
    public Mono<Endpoint> findOwned(EndpointOwner owner, String id) {
        return stored.findOwned(owner, id);
    }

    @Override
    public Flux<Endpoint> owned(EndpointOwner owner) {
        return stored.owned(owner);
    }

    @Override
    public Mono<Long> countOwned(EndpointOwner owner) {
        return stored.countOwned(owner);
    }
}
