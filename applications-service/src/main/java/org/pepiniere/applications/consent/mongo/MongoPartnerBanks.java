package org.pepiniere.applications.consent.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.bson.Document;
import org.pepiniere.applications.consent.PartnerBank;
import org.pepiniere.applications.consent.PartnerBanks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public class MongoPartnerBanks implements PartnerBanks {

    public static final String COLLECTION = "partner_banks";

    private final ReactiveMongoTemplate mongo;

    public MongoPartnerBanks(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Keyed by incubator and bank, inserted only: a replay or a concurrent redelivery stores one bank, unchanged. */
    @Override
    public Mono<Void> remember(PartnerBank bank) {
        var update = new Update().setOnInsert("incubatorId", bank.incubatorId()).setOnInsert("bankId", bank.bankId())
                .setOnInsert("name", bank.name()).setOnInsert("descriptionFr", bank.descriptionFr())
                .setOnInsert("descriptionEn", bank.descriptionEn());
        return mongo.upsert(byId(bank.incubatorId(), bank.bankId()), update, COLLECTION)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                .then();
    }

    /** An incubator's banks are listed by name from one index. */
    public Mono<Void> createIndexes() {
        return mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("incubatorId", Sort.Direction.ASC).on("name", Sort.Direction.ASC))
                .then();
    }

    @Override
    public Mono<PartnerBank> find(String incubatorId, String bankId) {
        return mongo.findOne(byId(incubatorId, bankId), Document.class, COLLECTION).map(MongoPartnerBanks::bank);
    }

    @Override
    public Flux<PartnerBank> ofIncubator(String incubatorId, int limit) {
        var query = Query.query(where("incubatorId").is(incubatorId)).with(Sort.by("name", "bankId")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).map(MongoPartnerBanks::bank);
    }

    private static Query byId(String incubatorId, String bankId) {
        return Query.query(where("_id").is(incubatorId + '/' + bankId));
    }

    private static PartnerBank bank(Document document) {
        return new PartnerBank(document.getString("incubatorId"), document.getString("bankId"), document.getString("name"),
                document.getString("descriptionFr"), document.getString("descriptionEn"));
    }
}
