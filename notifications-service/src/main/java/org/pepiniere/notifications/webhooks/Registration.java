package org.pepiniere.notifications.webhooks;

/** The outcome of registering an endpoint: registered, or refused with the reason. */
public sealed interface Registration {

    record Registered(Endpoint endpoint) implements Registration {
    }

    record Refused(Refusal refusal) implements Registration {
    }
}
