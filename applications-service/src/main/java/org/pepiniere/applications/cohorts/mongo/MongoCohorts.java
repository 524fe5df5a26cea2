package org.pepiniere.applications.cohorts.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.pepiniere.applications.cohorts.Cohort;
import org.pepiniere.applications.cohorts.CohortId;
import org.pepiniere.applications.cohorts.Cohorts;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public class MongoCohorts implements Cohorts {

    public static final String COLLECTION = "cohorts";

    private final ReactiveMongoTemplate mongo;

    public MongoCohorts(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Cohort> add(Cohort planned) {
        return mongo.insert(CohortDocument.from(planned), COLLECTION).map(CohortDocument::toDomain);
    }

    @Override
    public Mono<Cohort> find(String incubatorId, CohortId id) {
        return mongo.findOne(Query.query(where("_id").is(id.value()).and("incubatorId").is(incubatorId)),
                CohortDocument.class, COLLECTION).map(CohortDocument::toDomain);
    }

    @Override
    public Flux<Cohort> ofIncubator(String incubatorId, int limit) {
        var query = Query.query(where("incubatorId").is(incubatorId))
                .with(Sort.by(Sort.Direction.DESC, "startsOn", "createdAt")).limit(limit);
        return mongo.find(query, CohortDocument.class, COLLECTION).map(CohortDocument::toDomain);
    }

    /** One conditional write: the details change only if nobody changed the cohort since {@code expectedVersion}. */
    @Override
    public Mono<Cohort> saveEdited(Cohort edited, long expectedVersion) {
        var stored = CohortDocument.from(edited);
        var update = new Update().set("nameFr", stored.nameFr()).set("nameEn", stored.nameEn())
                .set("programme", stored.programme()).set("track", stored.track())
                .set("startsOn", stored.startsOn()).set("endsOn", stored.endsOn()).set("capacity", stored.capacity())
                .set("version", edited.version());
        var query = Query.query(where("_id").is(edited.id().value()).and("incubatorId").is(edited.incubatorId())
                .and("version").is(expectedVersion));
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), CohortDocument.class,
                COLLECTION).map(CohortDocument::toDomain);
    }

    /** An incubator holds dozens of cohorts: one index serves its list. */
    public Mono<Void> createIndexes() {
        return mongo.indexOps(COLLECTION).createIndex(new Index().on("incubatorId", Sort.Direction.ASC)).then();
    }
}
