package org.pepiniere.applications.ranking;

import java.util.Map;

import reactor.core.publisher.Mono;

/** The decisions taken on a call's applications, for the exports' decision column: application id to outcome name. */
public interface CallDecisions {

    Mono<Map<String, String>> outcomes(String incubatorId, String callId);
}
