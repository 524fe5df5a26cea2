package org.pepiniere.applications.calls.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Date;
import java.util.List;

import org.pepiniere.applications.calls.Call;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.CallStatus;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.IntegrationEvent;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.calls.CallClosed;
import org.pepiniere.contracts.calls.CallOpened;
import org.pepiniere.platform.outbox.Outbox;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public class MongoCalls implements Calls {

    public static final String COLLECTION = "calls";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    public MongoCalls(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public Mono<Call> add(Call draft) {
        return mongo.insert(CallDocument.from(draft), COLLECTION).map(CallDocument::toDomain);
    }

    @Override
    public Mono<Call> find(String incubatorId, CallId id) {
        return mongo.findOne(Query.query(where("_id").is(id.value()).and("incubatorId").is(incubatorId)),
                CallDocument.class, COLLECTION).map(CallDocument::toDomain);
    }

    @Override
    public Flux<Call> ofIncubator(String incubatorId, int limit) {
        var query = Query.query(where("incubatorId").is(incubatorId)).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
        return mongo.find(query, CallDocument.class, COLLECTION).map(CallDocument::toDomain);
    }

    @Override
    public Flux<Call> openOf(String incubatorId, int limit) {
        var query = Query.query(where("incubatorId").is(incubatorId).and("status").is(CallStatus.OPEN))
                .with(Sort.by(Sort.Direction.ASC, "details.closesAt")).limit(limit);
        return mongo.find(query, CallDocument.class, COLLECTION).map(CallDocument::toDomain);
    }

    @Override
    public Mono<Call> saveEdited(Call edited, long expectedVersion) {
        var update = new Update().set("details", DetailsDocument.from(edited.details())).set("version", edited.version());
        return mongo.findAndModify(still(edited, CallStatus.DRAFT, expectedVersion), update,
                FindAndModifyOptions.options().returnNew(true), CallDocument.class, COLLECTION).map(CallDocument::toDomain);
    }

    @Override
    public Mono<Call> saveOpened(Call opened, long expectedVersion, CallOpened event) {
        return saveMoved(opened, CallStatus.DRAFT, expectedVersion, EventTypes.CALL_OPENED, event,
                new Update().set("openedAt", Date.from(event.occurredAt())));
    }

    @Override
    public Mono<Call> saveClosed(Call closed, long expectedVersion, CallClosed event) {
        return saveMoved(closed, CallStatus.OPEN, expectedVersion, EventTypes.CALL_CLOSED, event,
                new Update().set("closedAt", Date.from(event.occurredAt())));
    }

    /** The new status, the version and the event in one conditional write: the outbox of the call's own document. */
    private Mono<Call> saveMoved(Call moved, CallStatus from, long expectedVersion, String type, IntegrationEvent event,
            Update update) {
        String id = moved.id().value();
        return outbox.message(Topics.APPLICATIONS, type, id, moved.incubatorId(), event)
                .flatMap(message -> outbox.store(COLLECTION, id, List.of(message), () -> mongo.findAndModify(
                        still(moved, from, expectedVersion),
                        update.set("status", moved.status()).set("version", moved.version()).push(Outbox.FIELD, message),
                        FindAndModifyOptions.options().returnNew(true), CallDocument.class, COLLECTION)))
                .map(CallDocument::toDomain);
    }

    /** The incubator's list and its open calls are read from one index; a tenant holds dozens of calls, not thousands. */
    public Mono<Void> createIndexes() {
        return mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("incubatorId", Sort.Direction.ASC).on("status", Sort.Direction.ASC))
                .then();
    }

    private static Query still(Call call, CallStatus status, long expectedVersion) {
        return Query.query(where("_id").is(call.id().value())
                .and("incubatorId").is(call.incubatorId())
                .and("status").is(status)
                .and("version").is(expectedVersion));
    }
}
