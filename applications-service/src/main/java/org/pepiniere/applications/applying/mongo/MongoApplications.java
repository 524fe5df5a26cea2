package org.pepiniere.applications.applying.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Date;
import java.util.List;

import org.pepiniere.applications.applying.Application;
import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.ApplicationStatus;
import org.pepiniere.applications.applying.Applications;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;
import org.pepiniere.platform.outbox.Outbox;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public class MongoApplications implements Applications {

    public static final String COLLECTION = "applications";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    public MongoApplications(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public Mono<Application> add(Application draft) {
        return mongo.insert(ApplicationDocument.from(draft), COLLECTION).map(ApplicationDocument::toDomain);
    }

    @Override
    public Mono<Application> find(String incubatorId, ApplicationId id) {
        return mongo.findOne(Query.query(where("_id").is(id.value()).and("incubatorId").is(incubatorId)),
                ApplicationDocument.class, COLLECTION).map(ApplicationDocument::toDomain);
    }

    @Override
    public Flux<Application> ofFounder(String incubatorId, String founderId, int limit) {
        return list(Query.query(where("incubatorId").is(incubatorId).and("founderId").is(founderId)), limit);
    }

    @Override
    public Flux<Application> ofIncubator(String incubatorId, int limit) {
        return list(Query.query(where("incubatorId").is(incubatorId)), limit);
    }

    private Flux<Application> list(Query query, int limit) {
        query.with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
        return mongo.find(query, ApplicationDocument.class, COLLECTION).map(ApplicationDocument::toDomain);
    }

    @Override
    public Mono<Application> saveRevised(Application revised, long expectedVersion) {
        var stillThatDraft = Query.query(where("_id").is(revised.id().value())
                .and("incubatorId").is(revised.incubatorId())
                .and("founderId").is(revised.founderId())
                .and("status").is(ApplicationStatus.DRAFT)
                .and("version").is(expectedVersion));
        var document = ApplicationDocument.from(revised);
        var update = new Update()
                .set("startupName", document.startupName())
                .set("summary", document.summary())
                .set("sector", document.sector())
                .set("stage", document.stage())
                .set("amountSoughtCents", document.amountSoughtCents())
                .set("currency", document.currency())
                .set("answers", document.answers())
                .set("team", document.team())
                .set("needs", document.needs())
                .set("version", document.version());
        return mongo.findAndModify(stillThatDraft, update, FindAndModifyOptions.options().returnNew(true),
                ApplicationDocument.class, COLLECTION).map(ApplicationDocument::toDomain);
    }

    @Override
    public Mono<Application> saveSubmitted(Application submitted, long expectedVersion, ApplicationSubmitted event) {
        String id = submitted.id().value();
        var stillTheDraft = Query.query(where("_id").is(id)
                .and("incubatorId").is(submitted.incubatorId())
                .and("status").is(ApplicationStatus.DRAFT)
                .and("version").is(expectedVersion));
        return outbox.message(Topics.APPLICATIONS, EventTypes.APPLICATION_SUBMITTED, id, submitted.incubatorId(), event)
                .flatMap(message -> outbox.store(COLLECTION, id, List.of(message), () -> mongo.findAndModify(stillTheDraft,
                        new Update()
                                .set("status", submitted.status())
                                .set("submittedAt", Date.from(submitted.submittedAt()))
                                .set("version", submitted.version())
                                .push(Outbox.FIELD, message),
                        FindAndModifyOptions.options().returnNew(true), ApplicationDocument.class, COLLECTION)))
                .map(ApplicationDocument::toDomain);
    }

    @Override
    public Mono<Application> saveWithdrawn(Application withdrawn, long expectedVersion, ApplicationWithdrawn event) {
        String id = withdrawn.id().value();
        var stillWithdrawable = Query.query(where("_id").is(id)
                .and("incubatorId").is(withdrawn.incubatorId())
                .and("founderId").is(withdrawn.founderId())
                .and("status").in(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED)
                .and("version").is(expectedVersion));
        return outbox.message(Topics.APPLICATIONS, EventTypes.APPLICATION_WITHDRAWN, id, withdrawn.incubatorId(), event)
                .flatMap(message -> outbox.store(COLLECTION, id, List.of(message), () -> mongo.findAndModify(stillWithdrawable,
                        new Update()
                                .set("status", withdrawn.status())
                                .set("withdrawnAt", Date.from(withdrawn.withdrawnAt()))
                                .set("version", withdrawn.version())
                                .push(Outbox.FIELD, message),
                        FindAndModifyOptions.options().returnNew(true), ApplicationDocument.class, COLLECTION)))
                .map(ApplicationDocument::toDomain);
    }
}
