package org.pepiniere.applications.ranking;

import reactor.core.publisher.Flux;

/** The applications a call ranks; each read is scoped to one incubator. */
public interface Candidates {

    /** The call's submitted applications, oldest submission first: drafts and withdrawn ones are not ranked. */
    Flux<Candidate> submittedTo(String incubatorId, String callId, int limit);
}
