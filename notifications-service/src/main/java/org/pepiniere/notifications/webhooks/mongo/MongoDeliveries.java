package org.pepiniere.notifications.webhooks.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.pepiniere.notifications.webhooks.Attempt;
import org.pepiniere.notifications.webhooks.Deliveries;
import org.pepiniere.notifications.webhooks.Delivery;
import org.pepiniere.notifications.webhooks.DeliveryStatus;
import org.pepiniere.notifications.webhooks.DueDelivery;
import org.pepiniere.notifications.webhooks.EndpointOwner;
import org.pepiniere.platform.batching.CoalescedWrites;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The delivery log in {@code webhook_deliveries}, and the pending ones in {@code delivery_queue}, so that
 * what a sweep reads grows with pending work, never with history. Every state change is one conditional
 * write to the delivery's document; the queue entry follows it. A queue entry that a crash left
 * behind, or one for a delivery that is no longer due, is set right the first time the sweep meets it.
 * The inserts, and the queue's changes, of deliveries handled at the same time share their commands.
 */
public class MongoDeliveries implements Deliveries {

    private static final int BACKFILL_WRITES = 8;
    private static final int BATCH = 200;
    // The lease of the attempt whose outcome the document holds: results written at the same time go as one
    // bulk command, which counts its matches without naming them, and this tells which attempts were written.
    private static final String RECORDED_BY = "recordedBy";

    private final ReactiveMongoTemplate mongo;
    private final Duration orphanGrace;
    private final Clock clock;
    private final CoalescedWrites records;
    private final CoalescedWrites queue;

    /** @param orphanGrace how old a queue entry without its delivery must be before it is dropped (the two are written apart) */
    public MongoDeliveries(ReactiveMongoTemplate mongo, Duration orphanGrace, Clock clock) {
        this.mongo = mongo;
        this.orphanGrace = orphanGrace;
        this.clock = clock;
        this.records = new CoalescedWrites(mongo, DeliveryDocument.class, BATCH);
        this.queue = new CoalescedWrites(mongo, QueuedDelivery.class, BATCH);
    }

    public Mono<Void> createIndexes() {
        var indexes = mongo.indexOps(DeliveryDocument.class);
        return indexes.createIndex(new Index().on("endpointId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC))
                .then(mongo.indexOps(QueuedDelivery.class).createIndex(new Index().on("dueAt", Sort.Direction.ASC)))
                .then(mongo.indexOps(QueuedDelivery.class).createIndex(new Index().on("endpointId", Sort.Direction.ASC)))
                .then();
    }

    /**
     * Queues the pending deliveries that have no queue entry: those stored before the queue existed, which
     * the sweep would otherwise never see. It reads the whole delivery log, so it runs once per database
     * ({@link org.pepiniere.notifications.retry.mongo.MongoMigrations}); an entry already there is left as it is.
     *
     * @return how many entries it added
     */
    public Mono<Long> queueUnqueuedPending() {
        var pending = Query.query(where("status").is(DeliveryStatus.PENDING.name()));
        pending.fields().include("endpointId", "nextAttemptAt");
        return mongo.find(pending, Document.class, DeliveryDocument.COLLECTION)
                .flatMap(document -> {
                    Instant now = clock.instant();
                    Date next = document.getDate("nextAttemptAt");
                    var queued = new QueuedDelivery(document.getString("_id"), document.getString("endpointId"),
                            next == null ? now : next.toInstant(), now);
                    return mongo.insert(queued).thenReturn(1L).onErrorResume(DuplicateKeyException.class, e -> Mono.just(0L));
                }, BACKFILL_WRITES)
                .reduce(0L, Long::sum);
    }

    /** The queue entry and the delivery are written side by side: a crash between them replays the event, which writes both again. */
    @Override
    public Mono<Boolean> add(Delivery delivery, @Nullable String lease) {
        var queued = new QueuedDelivery(delivery.id(), delivery.endpointId(), delivery.nextAttemptAt(), clock.instant());
        return Mono.zip(queue.insert(queued), records.insert(DeliveryDocument.of(delivery, lease)), (queuedToo, added) -> added);
    }

    @Override
    public Mono<Delivery> claimDue(String id, Instant now, Instant leaseUntil, String lease) {
        var query = Query.query(where("_id").is(id).and("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(now));
        return mongo.findAndModify(query, new Update().set("nextAttemptAt", leaseUntil).set("lease", lease),
                        FindAndModifyOptions.options().returnNew(true), DeliveryDocument.class)
                .flatMap(claimed -> dueAt(id, leaseUntil).thenReturn(claimed.toDelivery()))
                .switchIfEmpty(Mono.defer(() -> setRight(id, now)).then(Mono.empty()));
    }

    @Override
    public Flux<DueDelivery> due(Instant now, int limit) {
        var query = Query.query(where("dueAt").lte(now)).with(Sort.by("dueAt")).limit(limit);
        return mongo.find(query, QueuedDelivery.class).map(queued -> new DueDelivery(queued.id(), queued.endpointId()));
    }

    @Override
    public Mono<Void> postpone(String id, Instant until) {
        return dueAt(id, until);
    }

    @Override
    public Mono<Boolean> recordAttempt(Delivery after, Attempt attempt, String lease) {
        var update = new Update()
                .push("attempts", attempt)
                .set("status", after.status())
                .set("nextAttemptAt", after.nextAttemptAt())
                .unset("lease");
        var heldByThisAttempt = Query.query(where("_id").is(after.id()).and("status").is(DeliveryStatus.PENDING).and("lease").is(lease));
        return records.updateIfMatching(after.id(), heldByThisAttempt, update, RECORDED_BY, lease)
                .flatMap(written -> !written ? Mono.just(false) : follow(after).thenReturn(true));
    }

    @Override
    public Mono<Boolean> cancel(String id) {
        var update = new Update().set("status", DeliveryStatus.CANCELLED).set("nextAttemptAt", null).unset("lease");
        return mongo.updateFirst(Query.query(where("_id").is(id).and("status").is(DeliveryStatus.PENDING)), update, DeliveryDocument.class)
                .flatMap(result -> unqueue(id).thenReturn(result.getModifiedCount() > 0));
    }

    @Override
    public Mono<Long> cancelPending(String endpointId) {
        return mongo.find(Query.query(where("endpointId").is(endpointId)), QueuedDelivery.class)
                .flatMap(queued -> cancel(queued.id()), 8)
                .filter(cancelled -> cancelled)
                .count();
    }

    @Override
    public Flux<Delivery> ofEndpoint(EndpointOwner owner, String endpointId, int limit) {
        var query = Query.query(where("endpointId").is(endpointId)
                        .and("incubatorId").is(owner.incubatorId()).and("organisationId").is(owner.organisationId()))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .limit(limit);
        return mongo.find(query, DeliveryDocument.class).map(DeliveryDocument::toDelivery);
    }

    private Mono<Void> follow(Delivery after) {
        return after.status() == DeliveryStatus.PENDING && after.nextAttemptAt() != null ? dueAt(after.id(), after.nextAttemptAt()) : unqueue(after.id());
    }

    /** A due queue entry whose delivery could not be claimed: finished, not due yet, or (after a crash) never stored. */
    private Mono<Void> setRight(String id, Instant now) {
        return mongo.findById(id, DeliveryDocument.class).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(found -> {
            if (found.isEmpty()) {
                return queue.remove(Query.query(where("_id").is(id).and("queuedAt").lt(now.minus(orphanGrace))));
            }
            var delivery = found.get();
            if (delivery.status() != DeliveryStatus.PENDING || delivery.nextAttemptAt() == null) {
                return unqueue(id);
            }
            return delivery.nextAttemptAt().isAfter(now) ? dueAt(id, delivery.nextAttemptAt()) : Mono.empty();
        });
    }

    private Mono<Void> dueAt(String id, Instant at) {
        return queue.updateOne(Query.query(where("_id").is(id)), new Update().set("dueAt", at));
    }

    private Mono<Void> unqueue(String id) {
        return queue.remove(Query.query(where("_id").is(id)));
    }
}
