package org.pepiniere.applications.jury.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;

import org.bson.Document;
import org.pepiniere.applications.jury.KnownJuror;
import org.pepiniere.applications.jury.KnownJurors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public class MongoKnownJurors implements KnownJurors {

    public static final String COLLECTION = "known_jurors";

    private final ReactiveMongoTemplate mongo;

    public MongoKnownJurors(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Keyed by incubator and user, so that remembering twice, even at once, stores one juror. */
    @Override
    public Mono<KnownJuror> remember(KnownJuror juror) {
        var query = Query.query(where("_id").is(id(juror.incubatorId(), juror.jurorId())));
        var update = new Update().set("jurorId", juror.jurorId()).set("incubatorId", juror.incubatorId())
                .set("displayName", juror.displayName()).set("email", juror.email());
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class,
                COLLECTION).map(MongoKnownJurors::juror)
                .onErrorResume(org.springframework.dao.DuplicateKeyException.class, e -> Mono.just(juror));
    }

    @Override
    public Flux<KnownJuror> ofIncubator(String incubatorId, int limit) {
        var query = Query.query(where("incubatorId").is(incubatorId)).with(Sort.by("displayName")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).map(MongoKnownJurors::juror);
    }

    @Override
    public Flux<KnownJuror> find(String incubatorId, Collection<String> jurorIds) {
        var ids = jurorIds.stream().map(jurorId -> id(incubatorId, jurorId)).toList();
        return mongo.find(Query.query(where("_id").in(ids)), Document.class, COLLECTION).map(MongoKnownJurors::juror);
    }

    private static String id(String incubatorId, String jurorId) {
        return incubatorId + '/' + jurorId;
    }

    private static KnownJuror juror(Document document) {
        return new KnownJuror(document.getString("jurorId"), document.getString("incubatorId"),
                document.getString("displayName"), document.getString("email"));
    }
}
