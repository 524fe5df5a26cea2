package org.pepiniere.notifications.email.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.pepiniere.notifications.email.Email;
import org.pepiniere.notifications.email.EmailStatus;
import org.pepiniere.notifications.email.Emails;
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
 * The emails in {@code emails}, and the pending ones in {@code email_queue}, so that what a sweep reads
 * grows with pending work, never with history. Every state change is one conditional write to the
 * email's document; the queue entry follows it, and a stale entry is set right when the sweep meets it.
 * The inserts, and the queue's changes, of emails handled at the same time share their commands.
 */
public class MongoEmails implements Emails {

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

    /** @param orphanGrace how old a queue entry without its email must be before it is dropped (the two are written apart) */
    public MongoEmails(ReactiveMongoTemplate mongo, Duration orphanGrace, Clock clock) {
        this.mongo = mongo;
        this.orphanGrace = orphanGrace;
        this.clock = clock;
        this.records = new CoalescedWrites(mongo, EmailDocument.class, BATCH);
        this.queue = new CoalescedWrites(mongo, QueuedEmail.class, BATCH);
    }

    public Mono<Void> createIndexes() {
        var queue = mongo.indexOps(QueuedEmail.class);
        return queue.createIndex(new Index().on("dueAt", Sort.Direction.ASC))
                .then(queue.createIndex(new Index().on("recipientId", Sort.Direction.ASC)))
                .then();
    }

    /**
     * Queues the pending emails that have no queue entry: those stored before the queue existed, which the
     * sweep would otherwise never see. It reads every email, so it runs once per database
     * ({@link org.pepiniere.notifications.retry.mongo.MongoMigrations}); an entry already there is left as it is.
     *
     * @return how many entries it added
     */
    public Mono<Long> queueUnqueuedPending() {
        var pending = Query.query(where("status").is(EmailStatus.PENDING.name()));
        pending.fields().include("incubatorId", "recipientId", "nextAttemptAt", "waitingForRecipient");
        return mongo.find(pending, Document.class, EmailDocument.COLLECTION)
                .flatMap(document -> {
                    Instant now = clock.instant();
                    Date next = document.getDate("nextAttemptAt");
                    var queued = new QueuedEmail(document.getString("_id"), document.getString("incubatorId"), document.getString("recipientId"),
                            next == null ? now : next.toInstant(), Boolean.TRUE.equals(document.getBoolean("waitingForRecipient")), now);
                    return mongo.insert(queued).thenReturn(1L).onErrorResume(DuplicateKeyException.class, e -> Mono.just(0L));
                }, BACKFILL_WRITES)
                .reduce(0L, Long::sum);
    }

    /** The queue entry and the email are written side by side: a crash between them replays the event, which writes both again. */
    @Override
    public Mono<Boolean> add(Email email, @Nullable String lease) {
        var queued = new QueuedEmail(email.id(), email.incubatorId(), email.recipientId(), email.nextAttemptAt(), email.waitingForRecipient(),
                clock.instant());
        return Mono.zip(queue.insert(queued), records.insert(EmailDocument.of(email, lease)), (queuedToo, added) -> added);
    }

    @Override
    public Mono<Email> claimDue(String id, Instant now, Instant leaseUntil, String lease) {
        var query = Query.query(where("_id").is(id).and("status").is(EmailStatus.PENDING).and("nextAttemptAt").lte(now));
        return claim(id, query, leaseUntil, lease).switchIfEmpty(Mono.defer(() -> setRight(id, now)).then(Mono.empty()));
    }

    @Override
    public Mono<Email> claimWaiting(String id, Instant leaseUntil, String lease) {
        var query = Query.query(where("_id").is(id).and("status").is(EmailStatus.PENDING).and("waitingForRecipient").is(true));
        return claim(id, query, leaseUntil, lease);
    }

    private Mono<Email> claim(String id, Query query, Instant leaseUntil, String lease) {
        var update = new Update().set("nextAttemptAt", leaseUntil).set("waitingForRecipient", false).set("lease", lease);
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), EmailDocument.class)
                .flatMap(claimed -> queue(id, leaseUntil, false).thenReturn(claimed.toEmail()));
    }

    @Override
    public Flux<String> due(Instant now, int limit) {
        var query = Query.query(where("dueAt").lte(now)).with(Sort.by("dueAt")).limit(limit);
        return mongo.find(query, QueuedEmail.class).map(QueuedEmail::id);
    }

    @Override
    public Flux<String> waitingFor(String incubatorId, String recipientId) {
        var query = Query.query(where("recipientId").is(recipientId).and("incubatorId").is(incubatorId).and("waitingForRecipient").is(true));
        return mongo.find(query, QueuedEmail.class).map(QueuedEmail::id);
    }

    @Override
    public Mono<Boolean> update(Email email, String lease) {
        var update = new Update()
                .set("status", email.status())
                .set("failedAttempts", email.failedAttempts())
                .set("nextAttemptAt", email.nextAttemptAt())
                .set("waitingForRecipient", email.waitingForRecipient())
                .set("sentAt", email.sentAt())
                .set("lastError", email.lastError())
                .unset("lease");
        var heldByThisAttempt = Query.query(where("_id").is(email.id()).and("status").is(EmailStatus.PENDING).and("lease").is(lease));
        return records.updateIfMatching(email.id(), heldByThisAttempt, update, RECORDED_BY, lease)
                .flatMap(written -> !written ? Mono.just(false)
                        : (email.status() == EmailStatus.PENDING ? queue(email.id(), email.nextAttemptAt(), email.waitingForRecipient())
                                : unqueue(email.id())).thenReturn(true));
    }

    /** A due queue entry whose email could not be claimed: finished, not due yet, or (after a crash) never stored. */
    private Mono<Void> setRight(String id, Instant now) {
        return mongo.findById(id, EmailDocument.class).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(found -> {
            if (found.isEmpty()) {
                return queue.remove(Query.query(where("_id").is(id).and("queuedAt").lt(now.minus(orphanGrace))));
            }
            var email = found.get();
            if (email.status() != EmailStatus.PENDING) {
                return unqueue(id);
            }
            return email.nextAttemptAt().isAfter(now) ? queue(id, email.nextAttemptAt(), email.waitingForRecipient()) : Mono.empty();
        });
    }

    private Mono<Void> queue(String id, Instant dueAt, boolean waitingForRecipient) {
        var update = new Update().set("dueAt", dueAt).set("waitingForRecipient", waitingForRecipient);
        return queue.updateOne(Query.query(where("_id").is(id)), update);
    }

    private Mono<Void> unqueue(String id) {
        return queue.remove(Query.query(where("_id").is(id)));
    }
}
