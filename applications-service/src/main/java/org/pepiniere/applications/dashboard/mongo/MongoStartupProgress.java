package org.pepiniere.applications.dashboard.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.bson.Document;
import org.pepiniere.applications.dashboard.KpiReport;
import org.pepiniere.applications.dashboard.MentoringSession;
import org.pepiniere.applications.dashboard.Movement;
import org.pepiniere.applications.dashboard.Placement;
import org.pepiniere.applications.dashboard.StartupProgress;
import org.pepiniere.applications.dashboard.TrackedStartup;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One document per start-up reference and incubator. Sessions, grants and releases are maps keyed by their own id
 * (sessions, fundings, funding and tranche), so applying an event twice sets the same entry twice: nothing is counted
 * twice. Ids from events become field names only base64url-encoded, so no {@code $} nor {@code .} reaches a path.
 */
public class MongoStartupProgress implements StartupProgress {

    public static final String COLLECTION = "cohort_startups";
    /** {@code {_id: incubatorId/applicationId, withdrawnAt}}: kept for a withdrawal that arrives before its decision. */
    public static final String WITHDRAWALS = "cohort_withdrawals";
    static final String ADMITTED = "ADMITTED";
    static final String WITHDRAWN = "withdrawn";

    private final ReactiveMongoTemplate mongo;

    public MongoStartupProgress(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Two writes, each idempotent: the entry is made if missing (sequence 0), marked withdrawn if its application's
     * withdrawal came first, then the decision is set only over a lower sequence. An older decision delivered late
     * matches nothing and changes nothing; no decision ever clears the withdrawal.
     */
    @Override
    public Mono<Void> place(Placement p) {
        var update = new Update().set("applicationId", p.applicationId()).set("founderId", p.founderId())
                .set("name", p.name()).set("decision", p.decision()).set("cohortId", p.cohortId())
                .set("decisionSequence", p.sequence());
        var newer = Query.query(where("_id").is(id(p.incubatorId(), p.startupReference()))
                .and("decisionSequence").lt(p.sequence()));
        return mongo.exists(Query.query(where("_id").is(id(p.incubatorId(), p.applicationId()))), WITHDRAWALS)
                .flatMap(withdrawn -> upsert(p.incubatorId(), p.startupReference(),
                        withdrawn ? new Update().set(WITHDRAWN, true) : new Update()))
                .then(mongo.updateFirst(newer, update, COLLECTION)).then();
    }

    /**
     * The withdrawal is kept first, so that a decision still to come finds it, then set on the start-up's entry if it
     * is there already. Both writes set the same values again when the event is delivered twice.
     */
    @Override
    public Mono<Void> withdraw(String incubatorId, String applicationId, Instant withdrawnAt) {
        var kept = mongo.upsert(Query.query(where("_id").is(id(incubatorId, applicationId))),
                new Update().setOnInsert("incubatorId", incubatorId).setOnInsert("withdrawnAt", Date.from(withdrawnAt)),
                WITHDRAWALS).then().onErrorResume(DuplicateKeyException.class, collided -> Mono.empty());
        var entries = Query.query(where("incubatorId").is(incubatorId).and("applicationId").is(applicationId));
        return kept.then(mongo.updateMulti(entries, new Update().set(WITHDRAWN, true), COLLECTION)).then();
    }

    @Override
    public Mono<Void> addSession(String incubatorId, String startupReference, String sessionId, MentoringSession session) {
        var entry = new Document("month", session.month().toString()).append("minutes", session.minutes());
        return upsert(incubatorId, startupReference, new Update().set("sessions." + key(sessionId), entry));
    }

    @Override
    public Mono<Void> addGrant(String incubatorId, String startupReference, String fundingId, Movement granted) {
        return upsert(incubatorId, startupReference, new Update().set("granted." + key(fundingId), movement(granted)));
    }

    @Override
    public Mono<Void> addRelease(String incubatorId, String startupReference, String fundingId, int tranche,
            Movement released) {
        return upsert(incubatorId, startupReference,
                new Update().set("released." + key(fundingId + "#" + tranche), movement(released)));
    }

    @Override
    public Flux<TrackedStartup> ofCohort(String incubatorId, String cohortId) {
        var query = Query.query(where("incubatorId").is(incubatorId).and("cohortId").is(cohortId).and("decision").is(ADMITTED)
                .and(WITHDRAWN).ne(true));
        return mongo.find(query, Document.class, COLLECTION).map(StartupDocuments::toDomain);
    }

    @Override
    public Flux<TrackedStartup> admittedOf(String incubatorId, String founderId) {
        var query = Query.query(where("incubatorId").is(incubatorId).and("founderId").is(founderId).and("decision").is(ADMITTED)
                .and(WITHDRAWN).ne(true));
        return mongo.find(query, Document.class, COLLECTION).map(StartupDocuments::toDomain);
    }

    /** One conditional write: the founder, the incubator and the admission are checked by the write itself. */
    @Override
    public Mono<Boolean> report(String incubatorId, String startupReference, String founderId, KpiReport report) {
        var query = Query.query(where("_id").is(id(incubatorId, startupReference)).and("incubatorId").is(incubatorId)
                .and("founderId").is(founderId).and("decision").is(ADMITTED).and(WITHDRAWN).ne(true));
        var entry = new Document("jobsCreated", report.jobsCreated()).append("moneyRaisedCents", report.moneyRaisedCents())
                .append("revenueCents", report.revenueCents()).append("currency", report.currency())
                .append("reportedAt", Date.from(report.reportedAt()));
        // the period is a checked yyyy-MM: safe as a field name
        return mongo.updateFirst(query, new Update().set("kpis." + report.period(), entry), COLLECTION)
                .map(result -> result.getMatchedCount() > 0);
    }

    public Mono<Void> createIndexes() {
        var ops = mongo.indexOps(COLLECTION);
        return ops.createIndex(new Index().on("incubatorId", Sort.Direction.ASC).on("cohortId", Sort.Direction.ASC))
                .then(ops.createIndex(new Index().on("incubatorId", Sort.Direction.ASC).on("founderId", Sort.Direction.ASC)))
                .then(ops.createIndex(new Index().on("incubatorId", Sort.Direction.ASC).on("applicationId", Sort.Direction.ASC)))
                .then();
    }

    /**
     * Makes the start-up's entry if missing and applies {@code update}. Two events of one start-up may create it at
     * once: the loser of that race gets a duplicate key, and its second try finds the entry.
     */
    private Mono<Void> upsert(String incubatorId, String startupReference, Update update) {
        update.setOnInsert("incubatorId", incubatorId).setOnInsert("startupReference", startupReference)
                .setOnInsert("decisionSequence", 0);
        var query = Query.query(where("_id").is(id(incubatorId, startupReference)));
        var write = mongo.upsert(query, update, COLLECTION).then();
        return write.onErrorResume(DuplicateKeyException.class, e -> write);
    }

    private static Document movement(Movement movement) {
        return new Document("month", movement.month().toString()).append("cents", movement.cents())
                .append("currency", movement.currency());
    }

    static String id(String incubatorId, String startupReference) {
        return incubatorId + '/' + startupReference;
    }

    static String key(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }
}
