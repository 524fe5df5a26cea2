package org.pepiniere.notifications.feed;

import java.time.Instant;

/** A notification as its reader sees it, in their language. */
public record FeedEntry(String id, String type, String title, String body, Instant createdAt, boolean read) {
}
