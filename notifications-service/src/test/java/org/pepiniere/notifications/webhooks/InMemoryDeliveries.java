package org.pepiniere.notifications.webhooks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

final class InMemoryDeliveries implements Deliveries {

    final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();

    @Override
    public Mono<Boolean> add(Delivery delivery) {
        return Mono.fromSupplier(() -> deliveries.putIfAbsent(delivery.id(), delivery) == null);
    }

    @Override
    public synchronized Mono<Delivery> claimDue(String id, Instant now, Instant leaseUntil) {
        var delivery = deliveries.get(id);
        if (delivery == null || delivery.status() != DeliveryStatus.PENDING || delivery.nextAttemptAt().isAfter(now)) {
            return Mono.empty();
        }
        var claimed = new Delivery(delivery.id(), delivery.owner(), delivery.endpointId(), delivery.eventId(), delivery.eventType(),
                delivery.payload(), delivery.status(), delivery.attempts(), leaseUntil, delivery.createdAt());
        deliveries.put(id, claimed);
        return Mono.just(claimed);
    }

    @Override
    public Flux<String> due(Instant now, int limit) {
        return Flux.fromStream(deliveries.values().stream()
                .filter(delivery -> delivery.status() == DeliveryStatus.PENDING && !delivery.nextAttemptAt().isAfter(now))
                .map(Delivery::id).limit(limit));
    }

    @Override
    public synchronized Mono<Void> recordAttempt(Delivery after, Attempt attempt) {
        return Mono.fromRunnable(() -> {
            var stored = deliveries.get(after.id());
            var attempts = new ArrayList<>(stored.attempts());
            attempts.add(attempt);
            deliveries.put(after.id(), new Delivery(after.id(), after.owner(), after.endpointId(), after.eventId(), after.eventType(),
                    after.payload(), after.status(), attempts, after.nextAttemptAt(), after.createdAt()));
        });
    }

    @Override
    public Flux<Delivery> ofEndpoint(EndpointOwner owner, String endpointId, int limit) {
        return Flux.fromStream(deliveries.values().stream()
                .filter(delivery -> delivery.endpointId().equals(endpointId) && delivery.owner().equals(owner))
                .sorted(Comparator.comparing(Delivery::createdAt).reversed()).limit(limit));
    }
}
