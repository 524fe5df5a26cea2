package org.pepiniere.applications.decisions.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.pepiniere.applications.decisions.CompletedReviews;
import org.pepiniere.applications.scoring.mongo.MongoReviews;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Mono;

/** Reads the review progress the scoring keeps, one document per application ({@code applications.review_progress}). */
public class MongoCompletedReviews implements CompletedReviews {

    private final ReactiveMongoTemplate mongo;

    public MongoCompletedReviews(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Boolean> isCompleted(String incubatorId, String applicationId) {
        return mongo.exists(Query.query(where("_id").is(applicationId).and("incubatorId").is(incubatorId).and("completed").is(true)),
                MongoReviews.COLLECTION);
    }
}
