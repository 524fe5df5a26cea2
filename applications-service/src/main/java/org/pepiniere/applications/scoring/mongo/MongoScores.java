package org.pepiniere.applications.scoring.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.pepiniere.applications.jury.Pair;
import org.pepiniere.applications.scoring.Score;
import org.pepiniere.applications.scoring.Scores;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.scoring.ApplicationScored;
import org.pepiniere.platform.outbox.Outbox;
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
 * One document per application and juror, in the shape the ranking reads too:
 * {@code {_id: "<applicationId>:<jurorId>", incubatorId, callId, applicationId, jurorId, marks: {<criterionId>: int32},
 * comment, scoredAt: Date, revision: int64}}, plus the platform's {@code outbox} array of events still to publish.
 */
public class MongoScores implements Scores {

    public static final String COLLECTION = "applications.scores";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    public MongoScores(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public Mono<Score> find(String incubatorId, String applicationId, String jurorId) {
        var query = Query.query(where("_id").is(Score.id(applicationId, jurorId)).and("incubatorId").is(incubatorId));
        return mongo.findOne(query, Document.class, COLLECTION).map(MongoScores::score);
    }

    @Override
    public Flux<Score> ofCall(String incubatorId, String callId, int limit) {
        var query = Query.query(where("incubatorId").is(incubatorId).and("callId").is(callId))
                .with(Sort.by("applicationId", "jurorId")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).map(MongoScores::score);
    }

    @Override
    public Flux<Score> ofJuror(String incubatorId, String jurorId, int limit) {
        var query = Query.query(where("incubatorId").is(incubatorId).and("jurorId").is(jurorId))
                .with(Sort.by(Sort.Direction.DESC, "scoredAt")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).map(MongoScores::score);
    }

    @Override
    public Mono<Set<Pair>> pairsOf(String incubatorId, String callId) {
        var query = Query.query(where("incubatorId").is(incubatorId).and("callId").is(callId));
        query.fields().include("applicationId", "jurorId");
        return mongo.find(query, Document.class, COLLECTION)
                .map(stored -> new Pair(stored.getString("applicationId"), stored.getString("jurorId")))
                .collect(Collectors.toSet());
    }

    /**
     * An upsert conditional on the revision read: the first score finds no document at revision 0 and inserts one,
     * and of two first scores at once the second collides on the pair's id; a revision finds the document only if
     * nobody revised it since.
     */
    @Override
    public Mono<Score> save(Score score, long expectedRevision, ApplicationScored event) {
        String id = score.id();
        var still = Query.query(where("_id").is(id).and("incubatorId").is(score.incubatorId()).and("revision").is(expectedRevision));
        return outbox.message(Topics.APPLICATIONS, EventTypes.APPLICATION_SCORED, score.applicationId(), score.incubatorId(), event)
                .flatMap(message -> outbox.store(COLLECTION, id, List.of(message), () -> mongo.findAndModify(still,
                        new Update()
                                .set("incubatorId", score.incubatorId())
                                .set("callId", score.callId())
                                .set("applicationId", score.applicationId())
                                .set("jurorId", score.jurorId())
                                .set("marks", new Document(new LinkedHashMap<String, Object>(score.marks())))
                                .set("comment", score.comment())
                                .set("scoredAt", Date.from(score.scoredAt()))
                                .set("revision", score.revision())
                                .push(Outbox.FIELD, message),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
                        .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())))
                .map(MongoScores::score);
    }

    /** Staff read a call's scores, jurors their own, and the assignment the scored pairs of a call. */
    public Mono<Void> createIndexes() {
        return mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("incubatorId", Sort.Direction.ASC).on("callId", Sort.Direction.ASC))
                .then(mongo.indexOps(COLLECTION)
                        .createIndex(new Index().on("incubatorId", Sort.Direction.ASC).on("jurorId", Sort.Direction.ASC)))
                .then();
    }

    static Score score(Document stored) {
        var marks = new LinkedHashMap<String, Integer>();
        var storedMarks = stored.get("marks", Document.class);
        if (storedMarks != null) {
            storedMarks.forEach((criterion, mark) -> marks.put(criterion, ((Number) mark).intValue()));
        }
        return new Score(stored.getString("incubatorId"), stored.getString("callId"), stored.getString("applicationId"),
                stored.getString("jurorId"), marks, stored.getString("comment"), stored.getDate("scoredAt").toInstant(),
                ((Number) stored.get("revision")).longValue());
    }
}
