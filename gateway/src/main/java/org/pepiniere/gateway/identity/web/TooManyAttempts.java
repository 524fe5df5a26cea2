package org.pepiniere.gateway.identity.web;

import java.time.Duration;

/** A login or registration refused by the attempt limits; the caller may try again after {@link #retryAfter()}. */
final class TooManyAttempts extends RuntimeException {

    private final Duration retryAfter;

    TooManyAttempts(Duration retryAfter) {
        super("too many attempts", null, false, false);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
