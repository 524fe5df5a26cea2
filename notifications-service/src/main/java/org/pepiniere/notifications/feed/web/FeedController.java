package org.pepiniere.notifications.feed.web;

import org.jspecify.annotations.Nullable;
import org.pepiniere.notifications.feed.Feed;
import org.pepiniere.notifications.feed.FeedEntry;
import org.pepiniere.notifications.people.Language;
import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/notifications")
class FeedController {

    private static final int DEFAULT_LIMIT = 20;

    private final Feed feed;

    FeedController(Feed feed) {
        this.feed = feed;
    }

    /** The caller's notifications, newest first, in the language of their token. */
    @GetMapping
    Flux<FeedEntry> mine(CurrentUser user, @RequestParam(required = false) @Min(1) @Max(Feed.MAX_PAGE) @Nullable Integer limit) {
        return feed.latest(user.incubatorId(), user.id(), Language.of(user.language()), limit == null ? DEFAULT_LIMIT : limit);
    }

    @GetMapping("/unread-count")
    Mono<UnreadCount> unread(CurrentUser user) {
        return feed.unread(user.incubatorId(), user.id()).map(UnreadCount::new);
    }

    /** Idempotent: a notification already read stays read. Someone else's notification is as unknown as a missing one. */
    @PostMapping("/{id}/read")
    Mono<ResponseEntity<Void>> markRead(CurrentUser user, @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id) {
        return feed.markRead(user.incubatorId(), user.id(), id)
                .map(found -> {
                    if (!found) {
                        throw Problems.refused(HttpStatus.NOT_FOUND, "not-found", "notifications.notification-not-found", id);
                    }
                    return ResponseEntity.noContent().<Void>build();
                });
    }

    @PostMapping("/read")
    Mono<ResponseEntity<Void>> markAllRead(CurrentUser user) {
        return feed.markAllRead(user.incubatorId(), user.id()).thenReturn(ResponseEntity.noContent().build());
    }
}
