package org.pepiniere.applications.applying;

import org.pepiniere.contracts.applications.ApplicationWithdrawn;

/** What came of asking to withdraw an application. */
public sealed interface Withdrawal {

    record Accepted(Application application, ApplicationWithdrawn event) implements Withdrawal {
    }

    record Refused(Refusal refusal) implements Withdrawal {
    }
}
