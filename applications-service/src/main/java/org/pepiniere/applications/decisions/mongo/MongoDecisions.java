package org.pepiniere.applications.decisions.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.pepiniere.applications.applying.mongo.MongoApplications;
import org.pepiniere.applications.decisions.Decided;
import org.pepiniere.applications.decisions.Decisions;
import org.pepiniere.applications.decisions.TieBreak;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.decisions.ApplicationDecided;
import org.pepiniere.contracts.decisions.ApplicationDecided.Decision;
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
 * One document per application in {@code applications.decisions}: {@code {_id: applicationId, incubatorId, callId,
 * founderId, startupReference, sequence, decision, cohortId, reasonsFr, reasonsEn, waitlistPosition, decidedBy,
 * decidedAt, outbox}}; and one per call in {@code applications.call_decisions}: {@code {_id: callId, incubatorId,
 * waitlistNext, tieBreak, tieBreaks}} (the last draw, and every draw). No transactions in the embedded server: each decision is one conditional upsert of its
 * own document, the event in its outbox.
 */
public class MongoDecisions implements Decisions {

    public static final String COLLECTION = "applications.decisions";
    public static final String CALLS = "applications.call_decisions";
    private static final String APPLICATIONS = MongoApplications.COLLECTION;

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    public MongoDecisions(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public Mono<Void> createIndexes() {
        return mongo.indexOps(COLLECTION).createIndex(new Index().on("incubatorId", Sort.Direction.ASC).on("callId", Sort.Direction.ASC))
                .then(mongo.indexOps(COLLECTION).createIndex(new Index().on("cohortId", Sort.Direction.ASC)))
                .then();
    }

    @Override
    public Mono<Decided> find(String incubatorId, String applicationId) {
        return mongo.findOne(Query.query(where("_id").is(applicationId).and("incubatorId").is(incubatorId)), Document.class,
                COLLECTION).map(MongoDecisions::decided);
    }

    @Override
    public Flux<Decided> ofCall(String incubatorId, String callId, int limit) {
        var query = Query.query(where("incubatorId").is(incubatorId).and("callId").is(callId)).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).map(MongoDecisions::decided);
    }

    /**
     * The first decision upserts with a condition no stored document meets: a second one collides on the id and is
     * refused. A later one must find the stored decision at the previous sequence and still wait-listed.
     */
    @Override
    public Mono<Decided> store(Decided decided, ApplicationDecided event) {
        String id = decided.applicationId();
        var condition = where("_id").is(id).and("incubatorId").is(decided.incubatorId());
        var query = Query.query(decided.sequence() == 1 ? condition.and("sequence").exists(false)
                : condition.and("sequence").is(decided.sequence() - 1).and("decision").is(Decision.WAITLISTED.name()));
        return outbox.message(Topics.APPLICATIONS, EventTypes.APPLICATION_DECIDED, id, decided.incubatorId(), event)
                .flatMap(message -> outbox.store(COLLECTION, id, List.of(message), () -> mongo.findAndModify(query,
                                update(decided).push(Outbox.FIELD, message),
                                FindAndModifyOptions.options().upsert(decided.sequence() == 1).returnNew(true), Document.class,
                                COLLECTION)
                        .onErrorResume(DuplicateKeyException.class, collided -> Mono.empty())))
                .map(MongoDecisions::decided);
    }

    private static Update update(Decided decided) {
        return new Update().set("incubatorId", decided.incubatorId()).set("callId", decided.callId())
                .set("founderId", decided.founderId()).set("startupReference", decided.startupReference())
                .set("sequence", decided.sequence()).set("decision", decided.decision().name())
                .set("cohortId", decided.cohortId()).set("reasonsFr", decided.reasonsFr()).set("reasonsEn", decided.reasonsEn())
                .set("waitlistPosition", decided.waitlistPosition()).set("decidedBy", decided.decidedBy())
                .set("decidedAt", Date.from(decided.decidedAt()));
    }

    @Override
    public Mono<Long> nextWaitlistPosition(String incubatorId, String callId) {
        return mongo.findAndModify(Query.query(where("_id").is(callId).and("incubatorId").is(incubatorId)),
                        new Update().inc("waitlistNext", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Document.class, CALLS)
                .map(stored -> ((Number) stored.get("waitlistNext")).longValue());
    }

    /** Admitted into the cohort, minus those whose application was withdrawn since: two reads, both by index. */
    @Override
    public Flux<String> admittedInto(String incubatorId, String cohortId) {
        return mongo.find(Query.query(where("incubatorId").is(incubatorId).and("cohortId").is(cohortId)
                        .and("decision").is(Decision.ADMITTED.name())), Document.class, COLLECTION)
                .map(document -> String.valueOf(document.get("_id")))
                .collectList()
                .flatMapMany(ids -> ids.isEmpty() ? Flux.empty() : mongo.find(Query.query(where("_id").in(ids)
                        .and("incubatorId").is(incubatorId).and("status").ne("WITHDRAWN")), Document.class, APPLICATIONS))
                .map(document -> String.valueOf(document.get("_id")));
    }

    @Override
    public Flux<Decided> waiting(String incubatorId, String callId, int limit) {
        var query = Query.query(where("incubatorId").is(incubatorId).and("callId").is(callId)
                .and("decision").is(Decision.WAITLISTED.name())).with(Sort.by("waitlistPosition"));
        return mongo.find(query, Document.class, COLLECTION).map(MongoDecisions::decided)
                .filterWhen(decided -> mongo.exists(Query.query(where("_id").is(decided.applicationId())
                        .and("status").ne("WITHDRAWN")), APPLICATIONS))
                .take(limit);
    }

    @Override
    public Mono<TieBreak> saveTieBreak(TieBreak tieBreak) {
        var stored = new Document("seats", tieBreak.seats()).append("seed", tieBreak.seed()).append("cutScore", tieBreak.cutScore())
                .append("tied", tieBreak.tied()).append("order", tieBreak.order()).append("drawnBy", tieBreak.drawnBy())
                .append("drawnAt", Date.from(tieBreak.drawnAt()));
        // every draw is kept, not only the last shown: a draw redone until it suits someone stays visible
        return mongo.upsert(Query.query(where("_id").is(tieBreak.callId()).and("incubatorId").is(tieBreak.incubatorId())),
                new Update().set("tieBreak", stored).push("tieBreaks", stored), CALLS).thenReturn(tieBreak);
    }

    @Override
    public Mono<TieBreak> lastTieBreak(String incubatorId, String callId) {
        return callRecord(incubatorId, callId)
                .mapNotNull(stored -> stored.get("tieBreak", Document.class))
                .map(drawn -> tieBreak(incubatorId, callId, drawn));
    }

    @Override
    public Flux<TieBreak> tieBreaks(String incubatorId, String callId) {
        // stored oldest first, as each draw was pushed
        return callRecord(incubatorId, callId)
                .flatMapIterable(stored -> {
                    var draws = new ArrayList<>(stored.getList("tieBreaks", Document.class, List.of()));
                    Collections.reverse(draws);
                    return draws;
                })
                .map(drawn -> tieBreak(incubatorId, callId, drawn));
    }

    private Mono<Document> callRecord(String incubatorId, String callId) {
        return mongo.findOne(Query.query(where("_id").is(callId).and("incubatorId").is(incubatorId)), Document.class, CALLS);
    }

    private static TieBreak tieBreak(String incubatorId, String callId, Document drawn) {
        return new TieBreak(incubatorId, callId, drawn.getInteger("seats"), drawn.getString("seed"),
                drawn.getDouble("cutScore"), drawn.getList("tied", String.class), drawn.getList("order", String.class),
                drawn.getString("drawnBy"), drawn.getDate("drawnAt").toInstant());
    }

    private static Decided decided(Document stored) {
        Number position = (Number) stored.get("waitlistPosition");
        return new Decided(String.valueOf(stored.get("_id")), stored.getString("incubatorId"), stored.getString("callId"),
                stored.getString("founderId"), stored.getString("startupReference"), stored.getInteger("sequence"),
                Decision.valueOf(stored.getString("decision")), stored.getString("cohortId"), stored.getString("reasonsFr"),
                stored.getString("reasonsEn"), position == null ? null : position.longValue(), stored.getString("decidedBy"),
                stored.getDate("decidedAt").toInstant());
    }
}
