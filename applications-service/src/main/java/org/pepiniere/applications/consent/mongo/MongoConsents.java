package org.pepiniere.applications.consent.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.pepiniere.applications.consent.Consent;
import org.pepiniere.applications.consent.Consents;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** One document per application and bank, {@code _id} = {@code <applicationId>/<bankId>}. */
public class MongoConsents implements Consents {

    public static final String COLLECTION = "consents";

    private final ReactiveMongoTemplate mongo;

    public MongoConsents(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * One conditional upsert: it matches only a document holding the other value, so a repeated request changes
     * nothing, not even {@code changedAt}. When the document already holds this value, the upsert tries to insert its
     * {@code _id} again and the unique {@code _id} refuses it: that is the "unchanged" answer, race-free.
     */
    @Override
    public Mono<Boolean> set(String incubatorId, String applicationId, String bankId, boolean granted, Instant at) {
        var query = Query.query(where("_id").is(applicationId + '/' + bankId).and("granted").ne(granted));
        var update = new Update().set("granted", granted).set("changedAt", Date.from(at))
                .setOnInsert("incubatorId", incubatorId).setOnInsert("applicationId", applicationId).setOnInsert("bankId", bankId);
        return mongo.upsert(query, update, COLLECTION)
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }

    /** An application's consents, and the banks it granted, are read from one index. */
    public Mono<Void> createIndexes() {
        return mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("applicationId", Sort.Direction.ASC).on("incubatorId", Sort.Direction.ASC))
                .then();
    }

    @Override
    public Flux<Consent> ofApplication(String incubatorId, String applicationId) {
        return mongo.find(byApplication(incubatorId, applicationId), Document.class, COLLECTION).map(MongoConsents::consent);
    }

    @Override
    public Mono<Set<String>> grantedBanks(String incubatorId, String applicationId) {
        return mongo.find(byApplication(incubatorId, applicationId).addCriteria(where("granted").is(true)), Document.class, COLLECTION)
                .map(document -> document.getString("bankId"))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Query byApplication(String incubatorId, String applicationId) {
        return Query.query(where("applicationId").is(applicationId).and("incubatorId").is(incubatorId));
    }

    private static Consent consent(Document document) {
        return new Consent(document.getString("applicationId"), document.getString("bankId"), document.getBoolean("granted", false),
                document.getDate("changedAt").toInstant());
    }
}
