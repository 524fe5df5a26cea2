package org.pepiniere.applications.applying;

import org.pepiniere.contracts.applications.ApplicationSubmitted;

/** What came of asking to submit an application. */
public sealed interface Submission {

    record Accepted(Application application, ApplicationSubmitted event) implements Submission {
    }

    record Refused(Refusal refusal) implements Submission {
    }
}
