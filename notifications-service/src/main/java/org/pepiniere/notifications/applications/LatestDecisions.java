package org.pepiniere.notifications.applications;

import reactor.core.publisher.Mono;

/** The newest decision handled per application: a decision older than it is never announced over it. */
public interface LatestDecisions {

    /**
     * Records the decision as the application's newest when its sequence is higher than the one kept, and emits true; emits
     * true too for the very event kept (a redelivery after a failure must finish what it started), false for anything else.
     */
    Mono<Boolean> advance(String incubatorId, String applicationId, int sequence, String eventId);
}
