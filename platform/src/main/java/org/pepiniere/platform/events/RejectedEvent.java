package org.pepiniere.platform.events;

/**
 * Why the {@link IdempotentConsumer} gave up on an event: the record goes straight to the group's
 * dead-letter topic, with no further retry by the listener container (the consumer already retried
 * what was worth retrying).
 */
public final class RejectedEvent extends RuntimeException {

    public enum Reason {
        /** The envelope's {@code incubatorid} is missing, or differs from the data's {@code incubatorId}. */
        TENANT_MISMATCH,
        /** The handler still failed after the bounded retries; later events of its aggregate are held back. */
        HANDLER_FAILED,
        /** An earlier event of the same aggregate was dead-lettered: applying this one would break their order. */
        AGGREGATE_BLOCKED
    }

    private final Reason reason;

    RejectedEvent(Reason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
