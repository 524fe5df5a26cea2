package org.pepiniere.applications.applying;

/** What came of asking to revise a draft. */
public sealed interface Revision {

    record Accepted(Application application) implements Revision {
    }

    record Refused(Refusal refusal) implements Revision {
    }
}
