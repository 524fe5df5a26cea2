package org.pepiniere.applications.ranking;

import reactor.core.publisher.Flux;

/** The jurors' scores of a call, as the scoring keeps them; each read is scoped to one incubator. */
public interface CallScores {

    Flux<JurorScore> ofCall(String incubatorId, String callId, int limit);
}
