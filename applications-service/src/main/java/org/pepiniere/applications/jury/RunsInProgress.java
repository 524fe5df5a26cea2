package org.pepiniere.applications.jury;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phase each running assignment is in, so that staff waiting for a run can be shown where it is. In memory: a
 * run lives and dies with this instance, and a page asking another instance just sees no run.
 */
public class RunsInProgress {

    private final Map<String, AssignmentPhase> phases = new ConcurrentHashMap<>();

    AssignmentProgress track(String incubatorId, String callId) {
        var key = key(incubatorId, callId);
        return phase -> {
            if (phase == AssignmentPhase.DONE) {
                phases.remove(key);
            } else {
                phases.put(key, phase);
            }
        };
    }

    void finished(String incubatorId, String callId) {
        phases.remove(key(incubatorId, callId));
    }

    public Optional<AssignmentPhase> of(String incubatorId, String callId) {
        return Optional.ofNullable(phases.get(key(incubatorId, callId)));
    }

    private static String key(String incubatorId, String callId) {
        return incubatorId + '/' + callId;
    }
}
