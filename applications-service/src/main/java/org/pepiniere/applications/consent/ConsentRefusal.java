package org.pepiniere.applications.consent;

/** Why a consent could not be read or changed; {@code consents.<slug>} keys its explanation. */
public enum ConsentRefusal {
    /** No application of the caller's (or, for staff, of their incubator) has this id. */
    APPLICATION_NOT_FOUND,
    /** No partner bank of the application's incubator has this id. */
    UNKNOWN_BANK
}
