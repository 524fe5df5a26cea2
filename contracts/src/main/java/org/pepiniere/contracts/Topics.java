package org.pepiniere.contracts;

/**
 * Kafka topic names: one topic per producing aggregate family, keyed by aggregate id so that each
 * aggregate's events stay in order.
 */
public final class Topics {

    /** Users, invitations and roles, published by the gateway (the identity provider). */
    public static final String IDENTITY = "pepiniere.identity.v1";

    /**
     * Calls, applications, jury, decisions and cohorts, published by the applications service. Calls share it:
     * every consumer of applications also wants to know which calls open and close, and one listener per topic
     * dispatches by type; each call's events stay ordered under the call id.
     */
    public static final String APPLICATIONS = "pepiniere.applications.v1";

    /** Mentor profiles, matches and sessions, published by the mentoring service. */
    public static final String MENTORING = "pepiniere.mentoring.v1";

    /** Funding requests, decisions and tranches, published by the funding service. */
    public static final String FUNDING = "pepiniere.funding.v1";

    /** Webhook and email deliveries, published by the notifications service. */
    public static final String DELIVERIES = "pepiniere.deliveries.v1";

    /** Every topic of the catalogue, for the services that declare them on the broker. */
    public static final java.util.List<String> ALL = java.util.List.of(IDENTITY, APPLICATIONS, MENTORING, FUNDING, DELIVERIES);

    /** The dead-letter topic of a consumer group: where a record goes after its bounded retries. */
    public static String deadLetter(String consumerGroup) {
        return consumerGroup + ".dlt";
    }

    private Topics() {
    }
}
