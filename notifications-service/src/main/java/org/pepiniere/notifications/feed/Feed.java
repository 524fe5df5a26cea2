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

    public Mono<Long> unread(String incubatorId, String recipientId) {
        return notifications.unread(incubatorId, recipientId);
    }

    /** Marking a notification read twice is harmless; emits false when the reader has no such notification. */
    public Mono<Boolean> markRead(String incubatorId, String recipientId, String id) {
        return notifications.markRead(incubatorId, recipientId, id);
    }

    public Mono<Void> markAllRead(String incubatorId, String recipientId) {
        return notifications.markAllRead(incubatorId, recipientId);
    }

    public Flux<FeedEntry> latest(String incubatorId, String recipientId, Language language, int limit) {
        int page = Math.max(1, Math.min(limit, MAX_PAGE));
        return notifications.latest(incubatorId, recipientId, page).map(notification -> FeedMessages.render(notification, language));
    }
}
