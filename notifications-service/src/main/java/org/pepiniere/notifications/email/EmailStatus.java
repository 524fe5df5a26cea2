package org.pepiniere.notifications.email;

public enum EmailStatus {
    /** Not sent yet: waiting for its next attempt, or for its recipient to be known. */
    PENDING,
    SENT,
    /** Given up: every attempt failed, or the recipient never became known. */
    FAILED
}
