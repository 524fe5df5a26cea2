package org.pepiniere.applications.jury;

/** The steps of one run, in order, so that staff can be shown where it is. */
public enum AssignmentPhase {
    LOADING_SOLVER,
    CHECKING_CONSTRAINTS,
    BUILDING_GRAPH,
    SOLVING,
    EXPLAINING,
    DONE
}
