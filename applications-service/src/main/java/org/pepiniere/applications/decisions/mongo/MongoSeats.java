package org.pepiniere.applications.decisions.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.decisions.Seat;
import org.pepiniere.applications.decisions.Seats;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One document per cohort in {@code applications.cohort_seats}: {@code {_id: cohortId, incubatorId, taken, seats:
 * [{applicationId, takenAt}]}}. {@code taken} is the length of {@code seats}, kept beside it because the embedded
 * server filters on a number with {@code $lt} but not on an array's size against a value: a seat is taken by one
 * {@code findAndModify} whose filter says "fewer than the capacity, and not held by this application already".
 */
public class MongoSeats implements Seats {

    public static final String COLLECTION = "applications.cohort_seats";

    private final ReactiveMongoTemplate mongo;

    public MongoSeats(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Boolean> isOpen(String incubatorId, String cohortId) {
        return mongo.exists(cohort(incubatorId, cohortId), COLLECTION);
    }

    /** Two openings at once: the second collides on the id and finds the first's record, which is what it wanted. */
    @Override
    public Mono<Void> open(String incubatorId, String cohortId, List<Seat> already) {
        var update = new Update().setOnInsert("taken", already.size())
                .setOnInsert("seats", already.stream().map(MongoSeats::document).toList());
        return mongo.upsert(cohort(incubatorId, cohortId), update, COLLECTION).then()
                .onErrorResume(DuplicateKeyException.class, collided -> Mono.empty());
    }

    @Override
    public Mono<Boolean> take(String incubatorId, String cohortId, Seat seat, @Nullable Integer capacity) {
        var room = criteria(incubatorId, cohortId).and("seats.applicationId").ne(seat.applicationId());
        if (capacity != null) {
            room = room.and("taken").lt(capacity);
        }
        return mongo.findAndModify(Query.query(room), new Update().inc("taken", 1).push("seats", document(seat)),
                        FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)
                .map(taken -> true)
                .switchIfEmpty(Mono.defer(() -> mongo.exists(Query.query(criteria(incubatorId, cohortId)
                        .and("seats.applicationId").is(seat.applicationId())), COLLECTION)));
    }

    @Override
    public Flux<Seat> held(String incubatorId, String cohortId) {
        return mongo.findOne(cohort(incubatorId, cohortId), Document.class, COLLECTION)
                .flatMapIterable(stored -> stored.getList("seats", Document.class))
                .map(seat -> new Seat(seat.getString("applicationId"), seat.getDate("takenAt").toInstant()));
    }

    @Override
    public Mono<Boolean> free(String incubatorId, String cohortId, String applicationId) {
        var held = Query.query(criteria(incubatorId, cohortId).and("seats.applicationId").is(applicationId));
        return mongo.findAndModify(held, new Update().inc("taken", -1)
                                .pull("seats", new Document("applicationId", applicationId)),
                        FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)
                .map(freed -> true)
                .defaultIfEmpty(false);
    }

    @Override
    public Mono<Integer> taken(String incubatorId, String cohortId) {
        return mongo.findOne(cohort(incubatorId, cohortId), Document.class, COLLECTION)
                .map(stored -> stored.get("taken", Number.class).intValue())
                .defaultIfEmpty(0);
    }

    private static Query cohort(String incubatorId, String cohortId) {
        return Query.query(criteria(incubatorId, cohortId));
    }

    private static Criteria criteria(String incubatorId, String cohortId) {
        return where("_id").is(cohortId).and("incubatorId").is(incubatorId);
    }

    private static Document document(Seat seat) {
        return new Document("applicationId", seat.applicationId()).append("takenAt", Date.from(seat.takenAt()));
    }
}
