package org.pepiniere.applications.jury;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Staff ask for a run of a call's assignment.
 *
 * @param expectedVersion the version of the assignment staff read (If-Match), or null to run on whatever is stored
 */
public record RunAssignment(String incubatorId, String callId, String staffId, LoadBounds loadBounds, Set<Pair> pins,
        Set<Pair> forbids, @Nullable Long expectedVersion) {

    public RunAssignment {
        pins = Set.copyOf(pins);
        forbids = Set.copyOf(forbids);
    }
}
