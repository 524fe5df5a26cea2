package org.pepiniere.notifications.email.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;

import org.bson.Document;
import org.pepiniere.notifications.email.Email;
import org.pepiniere.notifications.email.EmailStatus;
import org.pepiniere.notifications.email.Emails;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public class MongoEmails implements Emails {

    private final ReactiveMongoTemplate mongo;

    public MongoEmails(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> createIndexes() {
        var indexes = mongo.indexOps(EmailDocument.class);
        return indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC))
                .then(indexes.createIndex(new Index().on("recipientId", Sort.Direction.ASC).on("status", Sort.Direction.ASC)))
                .then();
    }

    @Override
    public Mono<Boolean> add(Email email) {
        return mongo.insert(EmailDocument.of(email)).thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }

    @Override
    public Mono<Email> claimDue(String id, Instant now, Instant leaseUntil) {
        var query = Query.query(where("_id").is(id).and("status").is(EmailStatus.PENDING).and("nextAttemptAt").lte(now));
        return claim(query, leaseUntil);
    }

    @Override
    public Mono<Email> claimWaiting(String id, Instant leaseUntil) {
        var query = Query.query(where("_id").is(id).and("status").is(EmailStatus.PENDING).and("waitingForRecipient").is(true));
        return claim(query, leaseUntil);
    }

    private Mono<Email> claim(Query query, Instant leaseUntil) {
        var update = new Update().set("nextAttemptAt", leaseUntil).set("waitingForRecipient", false);
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), EmailDocument.class)
                .map(EmailDocument::toEmail);
    }

    @Override
    public Flux<String> due(Instant now, int limit) {
        var query = Query.query(where("status").is(EmailStatus.PENDING).and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt")).limit(limit);
        return ids(query);
    }

    @Override
    public Flux<String> waitingFor(String incubatorId, String recipientId) {
        var query = Query.query(where("recipientId").is(recipientId).and("incubatorId").is(incubatorId)
                .and("status").is(EmailStatus.PENDING).and("waitingForRecipient").is(true));
        return ids(query);
    }

    private Flux<String> ids(Query query) {
        query.fields().include("_id");
        return mongo.find(query, Document.class, EmailDocument.COLLECTION).map(document -> document.getString("_id"));
    }

    @Override
    public Mono<Void> update(Email email) {
        var update = new Update()
                .set("status", email.status())
                .set("failedAttempts", email.failedAttempts())
                .set("nextAttemptAt", email.nextAttemptAt())
                .set("waitingForRecipient", email.waitingForRecipient())
                .set("sentAt", email.sentAt())
                .set("lastError", email.lastError());
        return mongo.updateFirst(Query.query(where("_id").is(email.id())), update, EmailDocument.class).then();
    }
}
