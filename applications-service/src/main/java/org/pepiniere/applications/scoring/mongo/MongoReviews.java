package org.pepiniere.applications.scoring.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.pepiniere.applications.scoring.ReviewProgress;
import org.pepiniere.applications.scoring.Reviews;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.scoring.ApplicationReviewCompleted;
import org.pepiniere.platform.outbox.Outbox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * One document per application: {@code {_id: applicationId, incubatorId, callId, scoredBy: [jurorId], completed,
 * completedAt, outbox}}. The embedded server has no transactions, so the review completes by one conditional update
 * of this document, whose {@code completed} flips from false to true once.
 */
public class MongoReviews implements Reviews {

    public static final String COLLECTION = "applications.review_progress";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    public MongoReviews(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** Two first scores at once both upsert: the second collides on the id, and its retry finds the document. */
    @Override
    public Mono<ReviewProgress> scoredBy(String incubatorId, String callId, String applicationId, String jurorId) {
        var query = Query.query(where("_id").is(applicationId).and("incubatorId").is(incubatorId));
        var update = new Update().addToSet("scoredBy", jurorId).setOnInsert("callId", callId).setOnInsert("completed", false);
        return Mono.defer(() -> mongo.findAndModify(query, update, FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Document.class, COLLECTION))
                .retryWhen(Retry.max(2).filter(DuplicateKeyException.class::isInstance))
                .map(MongoReviews::progress);
    }

    @Override
    public Mono<ReviewProgress> complete(String incubatorId, String applicationId, Set<String> jurors,
            ApplicationReviewCompleted event) {
        var stillOpen = Query.query(where("_id").is(applicationId).and("incubatorId").is(incubatorId)
                .and("completed").is(false).and("scoredBy").all(jurors));
        return outbox.message(Topics.APPLICATIONS, EventTypes.APPLICATION_REVIEW_COMPLETED, applicationId, incubatorId, event)
                .flatMap(message -> outbox.store(COLLECTION, applicationId, List.of(message), () -> mongo.findAndModify(stillOpen,
                        new Update().set("completed", true).set("completedAt", Date.from(event.occurredAt()))
                                .push(Outbox.FIELD, message),
                        FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)))
                .map(MongoReviews::progress);
    }

    private static ReviewProgress progress(Document stored) {
        return new ReviewProgress(String.valueOf(stored.get("_id")), stored.getString("incubatorId"),
                stored.getString("callId"), new HashSet<>(stored.getList("scoredBy", String.class, List.of())),
                Boolean.TRUE.equals(stored.getBoolean("completed")));
    }
}
