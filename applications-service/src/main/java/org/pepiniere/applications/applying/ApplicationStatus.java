package org.pepiniere.applications.applying;

public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN;

    /** Whether a founder may still withdraw: until the decision, which no status records yet. */
    boolean isWithdrawable() {
        return this == DRAFT || this == SUBMITTED;
    }
}
