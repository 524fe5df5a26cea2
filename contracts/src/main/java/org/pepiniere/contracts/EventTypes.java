package org.pepiniere.contracts;

import java.util.List;

/**
 * CloudEvents {@code type} of every integration event. Each type has a JSON Schema at
 * {@code schemas/<type>.json} on the classpath and a message in {@code asyncapi.yaml}.
 */
public final class EventTypes {

    public static final String USER_REGISTERED = "org.pepiniere.identity.user-registered.v1";
    public static final String APPLICATION_SUBMITTED = "org.pepiniere.application.submitted.v1";
    public static final String CALL_OPENED = "org.pepiniere.call.opened.v1";
    public static final String CALL_CLOSED = "org.pepiniere.call.closed.v1";
    public static final String APPLICATION_WITHDRAWN = "org.pepiniere.application.withdrawn.v1";
    public static final String JURORS_ASSIGNED = "org.pepiniere.jury.jurors-assigned.v1";
    public static final String APPLICATION_SCORED = "org.pepiniere.application.scored.v1";
    public static final String APPLICATION_REVIEW_COMPLETED = "org.pepiniere.application.review-completed.v1";
    public static final String PARTNER_BANK_REGISTERED = "org.pepiniere.identity.partner-bank-registered.v1";
    public static final String APPLICATION_DECIDED = "org.pepiniere.application.decided.v1";
    public static final String MENTORING_SESSION_LOGGED = "org.pepiniere.mentoring.session-logged.v1";
    public static final String FUNDING_DECIDED = "org.pepiniere.funding.decided.v1";
    public static final String TRANCHE_RELEASED = "org.pepiniere.funding.tranche-released.v1";

    /** Every type, for tools that iterate over the catalogue (schema checks, documentation). */
    public static final List<String> ALL = List.of(USER_REGISTERED, APPLICATION_SUBMITTED, CALL_OPENED, CALL_CLOSED,
            APPLICATION_WITHDRAWN, JURORS_ASSIGNED, APPLICATION_SCORED, APPLICATION_REVIEW_COMPLETED,
            PARTNER_BANK_REGISTERED, APPLICATION_DECIDED, MENTORING_SESSION_LOGGED, FUNDING_DECIDED, TRANCHE_RELEASED);

    /**
     * The types a partner bank may subscribe a webhook endpoint to: those the notifications service turns
     * into webhooks. The others stay inside the platform (a juror's assignment or score, a user's or a partner
     * bank's registration).
     */
    public static final List<String> WEBHOOKS = List.of(APPLICATION_SUBMITTED, APPLICATION_WITHDRAWN, APPLICATION_DECIDED);

    /** Where the JSON Schema of an event type lives on the classpath. */
    public static String schemaPath(String type) {
        return "schemas/" + type + ".json";
    }

    private EventTypes() {
    }
}
