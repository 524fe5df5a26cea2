package org.pepiniere.applications.jury;

/** Told each phase as it starts; called on the solver's thread, so it must return quickly. */
@FunctionalInterface
public interface AssignmentProgress {

    AssignmentProgress NONE = phase -> {
    };

    void entered(AssignmentPhase phase);
}
