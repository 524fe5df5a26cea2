package org.pepiniere.applications.dashboard;

import reactor.core.publisher.Mono;

/** The name founders gave their start-up in its application; empty when the application is not known here. */
public interface StartupNames {

    Mono<String> of(String incubatorId, String applicationId);
}
