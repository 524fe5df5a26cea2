package org.pepiniere.applications.calls;

/** A call is prepared as a draft, opened once, then closed once; it never goes back. */
public enum CallStatus {
    DRAFT, OPEN, CLOSED
}
