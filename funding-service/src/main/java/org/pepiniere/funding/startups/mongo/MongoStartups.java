package org.pepiniere.funding.startups.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Date;

import org.pepiniere.funding.startups.Startup;
import org.pepiniere.funding.startups.Startups;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public class MongoStartups implements Startups {

    public static final String COLLECTION = "startups";

    private final ReactiveMongoTemplate mongo;

    public MongoStartups(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Void> record(Startup startup) {
        // The incubator is part of the filter: an id already known in another incubator then fails
        // as a duplicate key instead of moving that entry across tenants.
        var entry = Query.query(where("_id").is(startup.applicationId().value())
                .and(StartupDocument.INCUBATOR_ID).is(startup.incubatorId()));
        var firstRecordWins = new Update()
                .setOnInsert("startupName", startup.name())
                .setOnInsert("sector", startup.sector())
                .setOnInsert("stage", startup.stage())
                .setOnInsert("amountSoughtCents", startup.amountSoughtCents())
                .setOnInsert("currency", startup.currency())
                .setOnInsert(StartupDocument.SUBMITTED_AT, Date.from(startup.submittedAt()));
        return mongo.upsert(entry, firstRecordWins, StartupDocument.class, COLLECTION).then();
    }

    @Override
    public Flux<Startup> newestOf(String incubatorId, int limit) {
        var query = Query.query(where(StartupDocument.INCUBATOR_ID).is(incubatorId))
                .with(Sort.by(Sort.Order.desc(StartupDocument.SUBMITTED_AT), Sort.Order.desc("_id")))
                .limit(Math.min(limit, MAX_LISTED));
        return mongo.find(query, StartupDocument.class, COLLECTION).map(StartupDocument::toDomain);
    }

    public Mono<Void> createIndexes() {
        return mongo.indexOps(COLLECTION)
                .createIndex(new Index().on(StartupDocument.INCUBATOR_ID, Sort.Direction.ASC)
                        .on(StartupDocument.SUBMITTED_AT, Sort.Direction.DESC))
                .then();
    }
}
