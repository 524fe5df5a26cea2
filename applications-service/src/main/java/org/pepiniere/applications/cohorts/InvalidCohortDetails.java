package org.pepiniere.applications.cohorts;

import java.util.List;

import org.pepiniere.applications.calls.Violation;

/** Details that break the rules of a cohort; lists every broken rule, each naming its request field. */
public class InvalidCohortDetails extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidCohortDetails(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.reasonKey()).toList().toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
