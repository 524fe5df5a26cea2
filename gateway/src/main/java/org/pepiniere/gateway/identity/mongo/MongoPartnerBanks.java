package org.pepiniere.gateway.identity.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.identity.PartnerBankRegistered;
import org.pepiniere.gateway.identity.IncubatorId;
import org.pepiniere.gateway.identity.OrganisationId;
import org.pepiniere.gateway.identity.PartnerBank;
import org.pepiniere.gateway.identity.PartnerBanks;
import org.pepiniere.platform.outbox.Outbox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public class MongoPartnerBanks implements PartnerBanks {

    public static final String COLLECTION = "partner_banks";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    public MongoPartnerBanks(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** The _id is incubator and bank id together: two registrations of one id, even at once, store one bank. */
    @Override
    public Mono<PartnerBank> add(PartnerBank bank, PartnerBankRegistered event) {
        String id = bank.subject();
        return outbox.message(Topics.IDENTITY, EventTypes.PARTNER_BANK_REGISTERED, id, bank.incubatorId().value(), event)
                .flatMap(message -> outbox.store(COLLECTION, id, List.of(message),
                        () -> mongo.insert(PartnerBankDocument.of(bank, List.of(message)), COLLECTION)))
                .map(PartnerBankDocument::toDomain)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty());
    }

    @Override
    public Mono<PartnerBank> find(IncubatorId incubator, OrganisationId id) {
        return mongo.findOne(Query.query(where("_id").is(incubator.value() + '/' + id.value())), PartnerBankDocument.class,
                COLLECTION).map(PartnerBankDocument::toDomain);
    }

    @Override
    public Flux<PartnerBank> ofIncubator(IncubatorId incubator, int limit) {
        var query = Query.query(where("incubatorId").is(incubator.value())).with(Sort.by("name", "organisationId")).limit(limit);
        return mongo.find(query, PartnerBankDocument.class, COLLECTION).map(PartnerBankDocument::toDomain);
    }
}
