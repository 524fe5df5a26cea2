package org.pepiniere.applications.jury.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.pepiniere.applications.jury.Assignment;
import org.pepiniere.applications.jury.Assignments;
import org.pepiniere.applications.jury.LateConflict;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.jury.JurorsAssigned;
import org.pepiniere.platform.outbox.Outbox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public class MongoAssignments implements Assignments {

    public static final String COLLECTION = "jury_assignments";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    public MongoAssignments(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public Mono<Assignment> find(String incubatorId, String callId) {
        return mongo.findOne(Query.query(where("_id").is(callId).and("incubatorId").is(incubatorId)), AssignmentDocument.class,
                COLLECTION).map(AssignmentDocument::toDomain);
    }

    @Override
    public Flux<Assignment> withJuror(String incubatorId, String jurorId, int limit) {
        var query = Query.query(where("incubatorId").is(incubatorId).and("pairs.jurorId").is(jurorId))
                .with(Sort.by(Sort.Direction.DESC, "ranAt")).limit(limit);
        return mongo.find(query, AssignmentDocument.class, COLLECTION).map(AssignmentDocument::toDomain);
    }

    /**
     * The whole assignment and its event in one conditional upsert: two staff running at once read the same version,
     * and only the first write finds it; the second finds none, or collides on the call's id when there was none.
     */
    @Override
    public Mono<Assignment> replace(Assignment assignment, long expectedVersion, JurorsAssigned event) {
        String id = assignment.callId();
        var still = Query.query(where("_id").is(id).and("incubatorId").is(assignment.incubatorId())
                .and("version").is(expectedVersion));
        return outbox.message(Topics.APPLICATIONS, EventTypes.JURORS_ASSIGNED, id, assignment.incubatorId(), event)
                .flatMap(message -> outbox.store(COLLECTION, id, List.of(message), () -> mongo.findAndModify(still,
                        new Update()
                                .set("runId", assignment.runId())
                                .set("ranAt", Date.from(assignment.ranAt()))
                                .set("ranBy", assignment.ranBy())
                                .set("pairs", AssignmentDocument.pairs(assignment))
                                .set("loads", assignment.loads())
                                .set("minLoad", assignment.loadRange().min())
                                .set("maxLoad", assignment.loadRange().max())
                                .set("totalCost", assignment.totalCost())
                                .set("pins", List.copyOf(assignment.pins()))
                                .set("forbids", List.copyOf(assignment.forbids()))
                                .set("startupNames", AssignmentDocument.names(assignment))
                                .set("gaps", List.of())
                                .set("version", assignment.version())
                                .push(Outbox.FIELD, message),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), AssignmentDocument.class, COLLECTION)
                        .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())))
                .map(AssignmentDocument::toDomain);
    }

    @Override
    public Mono<Assignment> leave(String incubatorId, String callId, LateConflict conflict) {
        var pair = new Document("applicationId", conflict.applicationId()).append("jurorId", conflict.jurorId());
        var stillAssigned = Query.query(where("_id").is(callId).and("incubatorId").is(incubatorId)
                .and("pairs").elemMatch(Criteria.where("applicationId").is(conflict.applicationId())
                        .and("jurorId").is(conflict.jurorId())));
        var update = new Update().pull("pairs", pair).push("gaps", conflict).inc("version", 1);
        return mongo.findAndModify(stillAssigned, update, FindAndModifyOptions.options().returnNew(true),
                AssignmentDocument.class, COLLECTION).map(AssignmentDocument::toDomain);
    }

    /** A juror's list is read by juror across the incubator's calls. */
    public Mono<Void> createIndexes() {
        return mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("incubatorId", Sort.Direction.ASC).on("pairs.jurorId", Sort.Direction.ASC))
                .then();
    }
}
