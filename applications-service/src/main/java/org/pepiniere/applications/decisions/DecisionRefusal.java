package org.pepiniere.applications.decisions;

/** Why a decision was refused; {@link #slug()} is the stable problem type. */
public enum DecisionRefusal {
    /** No application of the incubator has this id: another incubator's is the same answer. */
    APPLICATION_NOT_FOUND("application-not-found"),
    CALL_NOT_FOUND("call-not-found"),
    /** A draft, or an application sent without a call: nothing to decide. */
    NOT_SUBMITTED("application-not-submitted"),
    WITHDRAWN("application-withdrawn"),
    /** Every assigned juror must have scored it first. */
    REVIEW_NOT_COMPLETED("review-not-completed"),
    /** Decisions are final: a correction is a promotion from the wait list, never an overwrite. */
    ALREADY_DECIDED("already-decided"),
    /** The request does not hold together; the fields say how. */
    INVALID_DECISION("invalid-request"),
    COHORT_NOT_FOUND("cohort-not-found"),
    COHORT_FULL("cohort-full"),
    NOBODY_WAITING("nobody-waiting"),
    /** The tie-break needs a ranking with at least one scored application. */
    NOTHING_RANKED("nothing-ranked");

    private final String slug;

    DecisionRefusal(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
