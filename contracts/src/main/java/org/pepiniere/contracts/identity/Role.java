package org.pepiniere.contracts.identity;

/** What a person does in an incubator; a user may hold several roles. */
public enum Role {
    FOUNDER, JUROR, MENTOR, STAFF, BANK
}
