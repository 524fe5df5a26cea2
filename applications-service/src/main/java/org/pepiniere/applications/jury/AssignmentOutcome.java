package org.pepiniere.applications.jury;

import java.util.List;

/** A full assignment, or why none exists: never a partial one. */
public sealed interface AssignmentOutcome {

    /**
     * @param pairs k per application, in the order of the request's applications
     * @param loads one per juror, in the order of the request's jurors
     * @param totalCost the sum of the pairs' and the loads' costs, the least any assignment within the rules has
     */
    record Assigned(List<AssignedPair> pairs, List<JurorLoad> loads, LoadRange loadRange, long totalCost)
            implements AssignmentOutcome {

        public Assigned {
            pairs = List.copyOf(pairs);
            loads = List.copyOf(loads);
        }

        public List<AssignedPair> of(String applicationId) {
            return pairs.stream().filter(pair -> pair.applicationId().equals(applicationId)).toList();
        }
    }

    record Infeasible(List<Obstacle> obstacles) implements AssignmentOutcome {

        public Infeasible {
            obstacles = List.copyOf(obstacles);
            if (obstacles.isEmpty()) {
                throw new IllegalArgumentException("an infeasible assignment says why");
            }
        }
    }
}
