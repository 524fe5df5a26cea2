package org.pepiniere.notifications.webhooks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One try to deliver: the receiver's HTTP status, or why no status came back.
 *
 * @param error null when the receiver answered; a short reason (timeout, refused target...) otherwise
 */
public record Attempt(Instant at, @Nullable Integer httpStatus, @Nullable String error, long durationMillis) {

    public boolean succeeded() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }
}
