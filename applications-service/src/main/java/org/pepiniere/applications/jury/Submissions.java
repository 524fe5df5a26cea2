package org.pepiniere.applications.jury;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The submitted applications the jury reviews; each read is scoped to one incubator. */
public interface Submissions {

    /** The call's submitted applications, oldest submission first; drafts and withdrawn ones are not reviewed. */
    Flux<SubmittedApplication> ofCall(String incubatorId, String callId, int limit);

    Mono<SubmittedApplication> find(String incubatorId, String applicationId);
}
