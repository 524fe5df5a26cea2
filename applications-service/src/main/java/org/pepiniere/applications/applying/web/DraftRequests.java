package org.pepiniere.applications.applying.web;

import java.util.List;

import org.pepiniere.applications.applying.ApplicationContent;
import org.pepiniere.applications.applying.Money;
import org.pepiniere.applications.applying.TeamMember;
import org.pepiniere.platform.web.Problems;

/** The content of a draft as a founder sent it, made into the domain's. */
final class DraftRequests {

    static ApplicationContent content(DraftRequest request) {
        try {
            var money = request.amountSoughtCents() == null ? null
                    : new Money(request.amountSoughtCents(), request.currency() == null ? "EUR" : request.currency());
            var team = request.team() == null ? List.<TeamMember>of()
                    : request.team().stream().map(m -> new TeamMember(m.name(), m.email(), m.affiliation())).toList();
            return new ApplicationContent(request.startupName(), request.summary(), request.sector(), request.stage(), money,
                    request.answers(), team, request.needs());
        } catch (IllegalArgumentException e) {
            // the request's own constraints keep this from happening; the domain checks again all the same
            throw Problems.invalidField("application", "applications.invalid-content");
        }
    }

    private DraftRequests() {
    }
}
