package org.pepiniere.notifications.feed.web;

import org.jspecify.annotations.Nullable;
import org.pepiniere.notifications.feed.Feed;
import org.pepiniere.notifications.feed.FeedEntry;
import org.pepiniere.notifications.people.Language;
import org.pepiniere.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Flux;

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
}
