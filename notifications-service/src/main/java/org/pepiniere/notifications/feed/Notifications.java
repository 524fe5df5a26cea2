package org.pepiniere.notifications.feed;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface Notifications {

    /** Adds the notification unless one with its id exists; emits whether it was added. */
    Mono<Boolean> add(Notification notification);

    /** The recipient's newest notifications first, at most {@code limit}. */
    Flux<Notification> latest(String incubatorId, String recipientId, int limit);
}
