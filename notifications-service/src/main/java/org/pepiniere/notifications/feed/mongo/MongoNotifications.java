package org.pepiniere.notifications.feed.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.pepiniere.notifications.feed.Notification;
import org.pepiniere.notifications.feed.Notifications;
import org.pepiniere.platform.batching.CoalescedWrites;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The feed entries; those added at the same time are inserted by one command. */
public class MongoNotifications implements Notifications {

    private static final int BATCH = 200;

    private final ReactiveMongoTemplate mongo;
    private final CoalescedWrites inserts;

    public MongoNotifications(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
        this.inserts = new CoalescedWrites(mongo, NotificationDocument.class, BATCH);
    }

    public Mono<Void> createIndexes() {
        return mongo.indexOps(NotificationDocument.class)
                .createIndex(new Index().on("recipientId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC))
                // the unread count, asked on every page of the portal, names all three keys with equality: MongoDB
                // counts the index entries without reading a notification (COUNT_SCAN)
                .then(mongo.indexOps(NotificationDocument.class).createIndex(new Index().on("recipientId", Sort.Direction.ASC)
                        .on("incubatorId", Sort.Direction.ASC).on("read", Sort.Direction.ASC)))
                .then();
    }

    @Override
    public Mono<Boolean> add(Notification notification) {
        return inserts.insert(NotificationDocument.of(notification));
    }

    @Override
    public Flux<Notification> latest(String incubatorId, String recipientId, int limit) {
        var query = Query.query(where("recipientId").is(recipientId).and("incubatorId").is(incubatorId))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .limit(limit);
        return mongo.find(query, NotificationDocument.class).map(NotificationDocument::toNotification);
    }

    @Override
    public Mono<Long> unread(String incubatorId, String recipientId) {
        return mongo.count(Query.query(where("recipientId").is(recipientId).and("read").is(false).and("incubatorId").is(incubatorId)),
                NotificationDocument.class);
    }

    @Override
    public Mono<Boolean> markRead(String incubatorId, String recipientId, String id) {
        var theirs = Query.query(where("_id").is(id).and("recipientId").is(recipientId).and("incubatorId").is(incubatorId));
        return mongo.updateFirst(theirs, Update.update("read", true), NotificationDocument.class)
                .map(result -> result.getMatchedCount() > 0);
    }

    @Override
    public Mono<Void> markAllRead(String incubatorId, String recipientId) {
        var unread = Query.query(where("recipientId").is(recipientId).and("read").is(false).and("incubatorId").is(incubatorId));
        return mongo.updateMulti(unread, Update.update("read", true), NotificationDocument.class).then();
    }
}
