package org.pepiniere.notifications.feed.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.pepiniere.notifications.feed.Notification;
import org.pepiniere.notifications.feed.Notifications;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public class MongoNotifications implements Notifications {

    private final ReactiveMongoTemplate mongo;

    public MongoNotifications(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> createIndexes() {
        return mongo.indexOps(NotificationDocument.class)
                .createIndex(new Index().on("recipientId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC))
                .then();
    }

    @Override
    public Mono<Boolean> add(Notification notification) {
        return mongo.insert(NotificationDocument.of(notification)).thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }

    @Override
    public Flux<Notification> latest(String incubatorId, String recipientId, int limit) {
        var query = Query.query(where("recipientId").is(recipientId).and("incubatorId").is(incubatorId))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .limit(limit);
        return mongo.find(query, NotificationDocument.class).map(NotificationDocument::toNotification);
    }
}
