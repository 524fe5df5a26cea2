package org.pepiniere.contracts;

/** Names of the CloudEvents extension attributes every Pépinière event carries. */
public final class EventExtensions {

    /** The tenant: every event belongs to exactly one incubator. */
    public static final String INCUBATOR_ID = "incubatorid";

    /** The correlation id of the request or event that caused this one. */
    public static final String CORRELATION_ID = "correlationid";

    /** W3C trace context, as in the CloudEvents distributed-tracing extension. */
    public static final String TRACEPARENT = "traceparent";

    private EventExtensions() {
    }
}
