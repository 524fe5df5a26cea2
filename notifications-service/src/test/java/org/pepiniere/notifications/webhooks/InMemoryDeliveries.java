package org.pepiniere.notifications.webhooks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

final class InMemoryDeliveries implements Deliveries {

    final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();
    private final Map<String, String> leases = new ConcurrentHashMap<>();
    /** How many times the queue was read for due deliveries. */
    final java.util.concurrent.atomic.AtomicInteger dueReads = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public synchronized Mono<Boolean> add(Delivery delivery, @Nullable String lease) {
        boolean added = deliveries.putIfAbsent(delivery.id(), delivery) == null;
        if (added && lease != null) {
            leases.put(delivery.id(), lease);
        }
        return Mono.just(added);
    }

    @Override
    public synchronized Mono<Delivery> claimDue(String id, Instant now, Instant leaseUntil, String lease) {
        var delivery = deliveries.get(id);
        if (delivery == null || delivery.status() != DeliveryStatus.PENDING || delivery.nextAttemptAt().isAfter(now)) {
            return Mono.empty();
        }
        var claimed = delivery.heldUntil(leaseUntil);
        deliveries.put(id, claimed);
        leases.put(id, lease);
        return Mono.just(claimed);
    }

    @Override
    public Flux<DueDelivery> due(Instant now, int limit) {
        dueReads.incrementAndGet();
        return Flux.fromStream(deliveries.values().stream()
                .filter(delivery -> delivery.status() == DeliveryStatus.PENDING && !delivery.nextAttemptAt().isAfter(now))
                .map(delivery -> new DueDelivery(delivery.id(), delivery.endpointId())).limit(limit));
    }

    @Override
    public Mono<Void> postpone(String id, Instant until) {
        return Mono.empty();
    }

    @Override
    public synchronized Mono<Boolean> recordAttempt(Delivery after, Attempt attempt, String lease) {
        var stored = deliveries.get(after.id());
        if (stored.status() != DeliveryStatus.PENDING || !Objects.equals(leases.get(after.id()), lease)) {
            return Mono.just(false);
        }
        var attempts = new ArrayList<>(stored.attempts());
        attempts.add(attempt);
        deliveries.put(after.id(), new Delivery(after.id(), after.owner(), after.endpointId(), after.eventId(), after.eventType(),
                after.payload(), after.status(), attempts, after.nextAttemptAt(), after.createdAt()));
        leases.remove(after.id());
        return Mono.just(true);
    }

    @Override
    public synchronized Mono<Boolean> cancel(String id) {
        var stored = deliveries.get(id);
        if (stored == null || stored.status() != DeliveryStatus.PENDING) {
            return Mono.just(false);
        }
        deliveries.put(id, stored.cancelled());
        leases.remove(id);
        return Mono.just(true);
    }

    @Override
    public Mono<Long> cancelPending(String endpointId) {
        return Flux.fromIterable(deliveries.values()).filter(delivery -> delivery.endpointId().equals(endpointId))
                .flatMap(delivery -> cancel(delivery.id())).filter(cancelled -> cancelled).count();
    }

    @Override
    public Flux<Delivery> ofEndpoint(EndpointOwner owner, String endpointId, int limit) {
        return Flux.fromStream(deliveries.values().stream()
                .filter(delivery -> delivery.endpointId().equals(endpointId) && delivery.owner().equals(owner))
                .sorted(Comparator.comparing(Delivery::createdAt).reversed()).limit(limit));
    }
}
