package org.pepiniere.funding.startups;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Start-ups kept in memory, first record wins, as the MongoDB adapter does. */
class InMemoryStartups implements Startups {

    private final Map<String, Startup> byApplication = new ConcurrentHashMap<>();

    @Override
    public Mono<Void> record(Startup startup) {
        return Mono.fromRunnable(() -> byApplication.putIfAbsent(startup.incubatorId() + "/" + startup.applicationId().value(), startup));
    }

    @Override
    public Flux<Startup> newestOf(String incubatorId, int limit) {
        return Flux.fromStream(byApplication.values().stream()
                .filter(startup -> startup.incubatorId().equals(incubatorId))
                .sorted(Comparator.comparing(Startup::submittedAt).reversed())
                .limit(limit));
    }

    List<Startup> all() {
        return List.copyOf(byApplication.values());
    }
}
