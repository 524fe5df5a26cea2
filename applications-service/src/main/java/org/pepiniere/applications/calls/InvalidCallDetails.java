package org.pepiniere.applications.calls;

import java.util.List;

/** Details that break the rules of a call; an invalid {@link CallDetails} never exists. Lists every broken rule. */
public class InvalidCallDetails extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidCallDetails(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.reasonKey()).toList().toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
