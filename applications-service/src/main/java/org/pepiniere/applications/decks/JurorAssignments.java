package org.pepiniere.applications.decks;

import org.pepiniere.applications.applying.ApplicationId;

import reactor.core.publisher.Mono;

/**
 * Whether a juror was assigned an application: the one fact a deck needs from the jury, which answers it from the
 * call's saved assignment.
 */
public interface JurorAssignments {

    Mono<Boolean> isAssigned(String incubatorId, ApplicationId applicationId, String jurorId);
}
