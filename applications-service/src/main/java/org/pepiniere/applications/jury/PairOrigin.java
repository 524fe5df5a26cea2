package org.pepiniere.applications.jury;

/** How a pair came into the assignment. */
public enum PairOrigin {
    /** Chosen by the solver. */
    SOLVED,
    /** Pinned by staff. */
    PINNED,
    /** Already scored: kept as it was by every re-run. */
    LOCKED
}
