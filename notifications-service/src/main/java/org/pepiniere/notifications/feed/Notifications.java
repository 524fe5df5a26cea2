package org.pepiniere.notifications.feed;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface Notifications {

    /** Adds the notification unless one with its id exists; emits whether it was added. */
    Mono<Boolean> add(Notification notification);

    /** The recipient's newest notifications first, at most {@code limit}. */
    Flux<Notification> latest(String incubatorId, String recipientId, int limit);

    /** How many of the recipient's notifications are unread, counted by the store rather than read one by one. */
    Mono<Long> unread(String incubatorId, String recipientId);

    /** Marks one of the recipient's notifications read; emits false when the recipient has none with this id. */
    Mono<Boolean> markRead(String incubatorId, String recipientId, String id);

    /** Marks every notification of the recipient read. */
    Mono<Void> markAllRead(String incubatorId, String recipientId);
}
