package org.pepiniere.applications.jury;

/** Why a juror may not review an application. */
public enum Exclusion {
    /** The juror declared a conflict with this application. */
    CONFLICT_DECLARED_WITH_APPLICATION,
    /** The juror declared a conflict with an organisation a team member belongs to. */
    CONFLICT_DECLARED_WITH_ORGANISATION,
    /** The juror belongs to the same school, lab or company as a team member. */
    SAME_AFFILIATION_AS_TEAM,
    /** Staff forbade the pair. */
    FORBIDDEN_BY_STAFF;

    public boolean isConflict() {
        return this != FORBIDDEN_BY_STAFF;
    }
}
