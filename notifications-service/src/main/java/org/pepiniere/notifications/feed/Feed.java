package org.pepiniere.notifications.feed;

import org.pepiniere.notifications.people.Language;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Adds entries to people's feeds and reads a feed in its reader's language. */
public final class Feed {

    public static final int MAX_PAGE = 100;

    private final Notifications notifications;

    public Feed(Notifications notifications) {
        this.notifications = notifications;
    }

    public Mono<Void> add(Notification notification) {
        return notifications.add(notification).then();
    }

    public Flux<FeedEntry> latest(String incubatorId, String recipientId, Language language, int limit) {
        int page = Math.max(1, Math.min(limit, MAX_PAGE));
        return notifications.latest(incubatorId, recipientId, page).map(notification -> FeedMessages.render(notification, language));
    }
}
