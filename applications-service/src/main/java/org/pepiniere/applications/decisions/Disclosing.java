package org.pepiniere.applications.decisions;

import java.util.List;
import java.util.Set;

import org.pepiniere.applications.applying.Application;
import org.pepiniere.contracts.decisions.ApplicationDecided;
import org.pepiniere.contracts.decisions.ApplicationDecided.Disclosure;

/** The event of a decision: the start-up's name and amount sought go only to the banks its founder consented to. */
final class Disclosing {

    private Disclosing() {
    }

    static ApplicationDecided event(String eventId, Decided decided, Application application, Set<String> consentingBanks) {
        var money = application.content().amountSought();
        List<Disclosure> disclosures = consentingBanks.stream().sorted()
                .map(bank -> new Disclosure(bank, application.content().startupName(),
                        money == null ? null : money.cents(), money == null ? null : money.currency()))
                .toList();
        return new ApplicationDecided(eventId, decided.applicationId(), decided.decidedAt(), decided.incubatorId(),
                decided.callId(), decided.sequence(), decided.decision(), decided.cohortId(), decided.startupReference(),
                decided.founderId(), decided.reasonsFr(), decided.reasonsEn(), disclosures);
    }
}
