package org.pepiniere.notifications.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.pepiniere.notifications.retry.Background;
import org.pepiniere.notifications.retry.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * Fans an event out to every subscribed endpoint of its incubator, one delivery each, and delivers:
 * at once in the background, then by the sweep after each back-off until success or the end of
 * the schedule. Deliveries live in MongoDB, so a restart resumes them. Each attempt is bounded in
 * time and passes its endpoint's gate, so a dead endpoint never holds up the others.
 */
public final class DeliveringWebhooks {

    private static final Logger log = LoggerFactory.getLogger(DeliveringWebhooks.class);

    private static final int SWEEP_BATCH = 200;
    private static final int SWEEP_CONCURRENCY = 32;
    /** Deliveries kept in memory to start as soon as their endpoint takes work; the sweep finds any beyond. */
    private static final int WAITING_CAPACITY = 10_000;

    private final Endpoints endpoints;
    private final Deliveries deliveries;
    private final WebhookTransport transport;
    private final EndpointGates gates;
    private final JsonWriter json;
    private final DeliverySettings settings;
    private final Supplier<String> leases;
    private final Clock clock;
    // Deliveries an endpoint's gate turned away while its attempts were all in flight wait in the
    // queue; without these, only the periodic sweep would start them, a few per sweep, and a burst to
    // one bank would drain at the pace of the sweep instead of the pace of the bank. Kept by endpoint,
    // each freed slot starts the next one, where a sweep read the queue's first due entries for it.
    private final WaitingDeliveries waiting = new WaitingDeliveries(WAITING_CAPACITY);

    public DeliveringWebhooks(Endpoints endpoints, Deliveries deliveries, WebhookTransport transport, EndpointGates gates, JsonWriter json,
            DeliverySettings settings, Supplier<String> leases, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.transport = transport;
        this.gates = gates;
        this.json = json;
        this.settings = settings;
        this.leases = leases;
        this.clock = clock;
    }

    public Mono<Void> publish(WebhookEvent event) {
        // Written per endpoint: an event may carry what only one bank may read (WebhookEvent.perBank).
        return endpoints.subscribedTo(event.incubatorId(), event.type())
                .flatMap(endpoint -> Mono.fromCallable(() -> json.write(payload(event, endpoint.owner())))
                        .flatMap(payload -> deliverNew(Delivery.of(event, endpoint, payload, clock.instant()), endpoint)))
                .then();
    }

    /** A new delivery is stored already held by its first attempt, which then starts without reading it back. */
    private Mono<Void> deliverNew(Delivery delivery, Endpoint endpoint) {
        var entry = gates.enter(endpoint.id());
        if (!(entry instanceof EndpointGates.Pass pass)) {
            return deliveries.add(delivery).doOnSuccess(added -> {
                if (Boolean.TRUE.equals(added)) {
                    waitFor(entry, endpoint.id(), delivery.id());
                }
            }).then();
        }
        String lease = leases.get();
        var held = delivery.heldUntil(clock.instant().plus(settings.lease()));
        return deliveries.add(held, lease)
                .doOnError(e -> pass.abandoned())
                .flatMap(added -> {
                    if (!added) {
                        pass.abandoned();
                        return Mono.<Void>empty();
                    }
                    return Background.start("Delivery " + held.id(), attempt(held, endpoint, lease, pass));
                });
    }

    /**
     * Starts an attempt of every delivery that is due and whose endpoint takes work; emits how many were started.
     * It does not wait for the receivers, so a slow one never holds up the next sweep.
     */
    public Mono<Long> sweep() {
        var now = clock.instant();
        return deliveries.due(now, SWEEP_BATCH)
                .flatMap(due -> {
                    var entry = gates.enter(due.endpointId());
                    if (entry instanceof EndpointGates.Pass pass) {
                        return attemptIfDue(due.id(), pass);
                    }
                    Duration retryIn = ((EndpointGates.Closed) entry).retryIn();
                    if (retryIn.isZero()) {
                        waitFor(entry, due.endpointId(), due.id());
                        return Mono.just(false);
                    }
                    return deliveries.postpone(due.id(), now.plus(retryIn)).thenReturn(false);
                }, SWEEP_CONCURRENCY)
                .filter(attempted -> attempted)
                .count();
    }

    private Mono<Boolean> attemptIfDue(String id, EndpointGates.Pass pass) {
        var now = clock.instant();
        String lease = leases.get();
        return deliveries.claimDue(id, now, now.plus(settings.lease()), lease)
                .flatMap(delivery -> endpoints.find(delivery.endpointId())
                        .flatMap(endpoint -> Background.start("Delivery " + id, attempt(delivery, endpoint, lease, pass)).thenReturn(true))
                        .switchIfEmpty(Mono.defer(() -> {
                            pass.abandoned();
                            log.info("Delivery {} cancelled: endpoint {} was removed", id, delivery.endpointId());
                            return deliveries.cancel(id).thenReturn(false);
                        })))
                .switchIfEmpty(Mono.fromCallable(() -> {
                    pass.abandoned();
                    return false;
                }))
                .doOnError(e -> pass.abandoned());
    }

    private Mono<Void> attempt(Delivery delivery, Endpoint endpoint, String lease, EndpointGates.Pass pass) {
        Instant at = clock.instant();
        var headers = WebhookSigner.headers(delivery.id(), at, delivery.payload(), endpoint.secret());
        return transport.post(endpoint.url(), headers, delivery.payload())
                .timeout(settings.attemptTimeout(), Mono.fromSupplier(() -> WebhookTransport.Answer.failure("response timeout")))
                .map(answer -> new Attempt(at, answer.status(), answer.error(), Math.max(0, clock.millis() - at.toEpochMilli())))
                .doOnNext(pass::completed)
                .doFinally(signal -> pass.abandoned())
                .flatMap(attempt -> record(delivery, attempt, lease))
                .doFinally(signal -> startWaiting());
    }

    /** A busy gate turned a due delivery away: it starts when a slot frees, here or, if kept no more, by the sweep. */
    private void waitFor(EndpointGates.Entry entry, String endpointId, String deliveryId) {
        if (entry instanceof EndpointGates.Closed closed && closed.retryIn().isZero() && waiting.add(endpointId, deliveryId)) {
            // the attempts in flight may all have ended since the gate was closed
            startWaiting();
        }
    }

    /** An attempt ended, or may have: start the waiting deliveries whose endpoint takes work now. */
    private void startWaiting() {
        for (var next : waiting.startable(gates)) {
            attemptIfDue(next.deliveryId(), next.pass()).subscribe(attempted -> {
                if (!attempted) {
                    // finished or started elsewhere meanwhile: its slot goes to the next one
                    startWaiting();
                }
            }, e -> {
                log.warn("Delivery {} left for the sweep: {}", next.deliveryId(), e.toString());
                startWaiting();
            });
        }
    }

    private Mono<Void> record(Delivery delivery, Attempt attempt, String lease) {
        var after = delivery.after(attempt, settings.retry());
        return deliveries.recordAttempt(after, attempt, lease).handle((recorded, sink) -> {
            if (!recorded) {
                log.warn("Delivery {} attempt at {} ended after its lease: result dropped ({})", delivery.id(), attempt.at(), outcome(attempt));
            } else if (!attempt.succeeded()) {
                log.info("Delivery {} to endpoint {} failed (attempt {}, now {}): {}", delivery.id(), delivery.endpointId(),
                        after.attempts().size(), after.status(), outcome(attempt));
            }
            sink.complete();
        }).then();
    }

    private static String outcome(Attempt attempt) {
        return attempt.error() != null ? attempt.error() : "HTTP " + attempt.httpStatus();
    }

    static Map<String, Object> payload(WebhookEvent event, EndpointOwner owner) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", event.type());
        payload.put("timestamp", event.occurredAt().toString());
        payload.put("data", event.dataFor(owner));
        return payload;
    }

    /**
     * @param lease          how long one attempt holds a delivery before another may take it; longer than {@code attemptTimeout}
     * @param attemptTimeout the longest one attempt may wait for the receiver
     */
    public record DeliverySettings(RetrySchedule retry, Duration lease, Duration attemptTimeout) {

        public DeliverySettings {
            if (lease.compareTo(attemptTimeout) <= 0) {
                throw new IllegalArgumentException("The lease (" + lease + ") must outlast an attempt (" + attemptTimeout + ")");
            }
        }
    }
}
