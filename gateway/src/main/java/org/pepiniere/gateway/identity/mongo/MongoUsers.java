package org.pepiniere.gateway.identity.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.identity.UserRegistered;
import org.pepiniere.gateway.identity.Email;
import org.pepiniere.gateway.identity.User;
import org.pepiniere.gateway.identity.Users;
import org.pepiniere.platform.outbox.Outbox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Mono;

public class MongoUsers implements Users {

    public static final String COLLECTION = "users";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    public MongoUsers(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** The unique index that makes an email address belong to one user, whatever races happen. */
    public Mono<Void> createIndexes() {
        return mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("email", Sort.Direction.ASC).unique().named("email_unique"))
                .then();
    }

    @Override
    public Mono<User> add(User user, UserRegistered event) {
        String id = user.id().toString();
        return outbox.message(Topics.IDENTITY, EventTypes.USER_REGISTERED, id, user.incubatorId().value(), event)
                .flatMap(message -> outbox.store(COLLECTION, id, List.of(message),
                        () -> mongo.insert(UserDocument.of(user, List.of(message)), COLLECTION)))
                .map(UserDocument::toDomain)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty());
    }

    @Override
    public Mono<User> withEmail(Email email) {
        return mongo.findOne(byEmail(email), UserDocument.class, COLLECTION).map(UserDocument::toDomain);
    }

    @Override
    public Mono<Boolean> exists(Email email) {
        return mongo.exists(byEmail(email), COLLECTION);
    }

    private static Query byEmail(Email email) {
        return Query.query(where("email").is(email.value()));
    }
}
