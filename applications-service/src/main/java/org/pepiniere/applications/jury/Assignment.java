package org.pepiniere.applications.jury;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The saved assignment of one call: the last run's pairs with their explanations, less the pairs a juror left with a
 * late conflict ({@link #gaps()}). One document per call, replaced whole by each run in one conditional write.
 *
 * @param startupNames the applications' start-up names at the run, for the pages that list them
 * @param version increases with every change: the optimistic lock and the HTTP ETag
 */
public record Assignment(String callId, String incubatorId, String runId, Instant ranAt, String ranBy,
        List<AssignedPair> pairs, List<JurorLoad> loads, LoadRange loadRange, long totalCost, Set<Pair> pins,
        Set<Pair> forbids, Map<String, String> startupNames, List<LateConflict> gaps, long version) {

    public Assignment {
        pairs = List.copyOf(pairs);
        loads = List.copyOf(loads);
        pins = Set.copyOf(pins);
        forbids = Set.copyOf(forbids);
        startupNames = Map.copyOf(startupNames);
        gaps = List.copyOf(gaps);
    }

    public static Assignment of(String callId, String incubatorId, String runId, Instant ranAt, String ranBy,
            AssignmentOutcome.Assigned assigned, Set<Pair> pins, Set<Pair> forbids, Map<String, String> startupNames,
            long version) {
        return new Assignment(callId, incubatorId, runId, ranAt, ranBy, assigned.pairs(), assigned.loads(),
                assigned.loadRange(), assigned.totalCost(), pins, forbids, startupNames, List.of(), version);
    }

    public boolean assigns(String applicationId, String jurorId) {
        return pair(applicationId, jurorId) != null;
    }

    public @Nullable AssignedPair pair(String applicationId, String jurorId) {
        return pairs.stream()
                .filter(pair -> pair.applicationId().equals(applicationId) && pair.jurorId().equals(jurorId))
                .findFirst().orElse(null);
    }

    public List<AssignedPair> of(String jurorId) {
        return pairs.stream().filter(pair -> pair.jurorId().equals(jurorId)).toList();
    }
}
