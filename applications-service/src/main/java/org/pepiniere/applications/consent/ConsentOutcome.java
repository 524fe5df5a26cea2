package org.pepiniere.applications.consent;

import java.util.List;

/** Every partner bank with the consent for it, or why the application's consents cannot be read or changed. */
public sealed interface ConsentOutcome {

    record Consents(List<BankConsent> banks) implements ConsentOutcome {
    }

    record Refused(ConsentRefusal refusal) implements ConsentOutcome {
    }
}
