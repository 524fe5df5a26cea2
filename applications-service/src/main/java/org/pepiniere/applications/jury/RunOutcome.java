package org.pepiniere.applications.jury;

import java.util.List;
import java.util.Map;

/** A run of the assignment: saved whole, impossible and why (nothing saved), or refused before solving. */
public sealed interface RunOutcome {

    record Saved(Assignment assignment) implements RunOutcome {
    }

    /** @param names start-up names of the applications and display names of the jurors, by id, for the report */
    record Infeasible(List<Obstacle> obstacles, Map<String, String> names) implements RunOutcome {

        public Infeasible {
            obstacles = List.copyOf(obstacles);
            names = Map.copyOf(names);
        }
    }

    record Refused(JuryRefusal refusal, String subject) implements RunOutcome {
    }
}
