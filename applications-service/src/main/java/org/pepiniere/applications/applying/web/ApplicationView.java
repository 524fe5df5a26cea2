package org.pepiniere.applications.applying.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.pepiniere.applications.applying.Application;
import org.pepiniere.applications.applying.ApplicationStatus;
import org.pepiniere.applications.applying.Sector;
import org.pepiniere.applications.applying.Stage;

/** An application as its founder and the incubator's staff read it. */
record ApplicationView(
        String id,
        String incubatorId,
        String callId,
        String founderId,
        ApplicationStatus status,
        String startupName,
        String summary,
        Sector sector,
        Stage stage,
        Long amountSoughtCents,
        String currency,
        Map<String, String> answers,
        List<DraftRequest.Member> team,
        List<String> needs,
        Instant createdAt,
        Instant submittedAt,
        Instant withdrawnAt,
        long version) {

    static ApplicationView of(Application application) {
        var content = application.content();
        var money = content.amountSought();
        return new ApplicationView(application.id().value(), application.incubatorId(), application.callId(),
                application.founderId(), application.status(), content.startupName(), content.summary(), content.sector(),
                content.stage(), money == null ? null : money.cents(), money == null ? null : money.currency(),
                content.answers(),
                content.team().stream().map(m -> new DraftRequest.Member(m.name(), m.email(), m.affiliation())).toList(),
                content.needs(), application.createdAt(), application.submittedAt(), application.withdrawnAt(),
                application.version());
    }

    String etag() {
        return "\"" + version + "\"";
    }
}
