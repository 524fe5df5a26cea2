package org.pepiniere.applications.decks;

import org.pepiniere.applications.applying.ApplicationId;

import reactor.core.publisher.Mono;

/**
 * Whether a juror was assigned an application: the one fact a deck needs from the jury. Until the
 * jury's assignments are stored, {@link #NONE} says no juror is assigned anything.
 */
public interface JurorAssignments {

    JurorAssignments NONE = (incubatorId, applicationId, jurorId) -> Mono.just(false);

    Mono<Boolean> isAssigned(String incubatorId, ApplicationId applicationId, String jurorId);
}
