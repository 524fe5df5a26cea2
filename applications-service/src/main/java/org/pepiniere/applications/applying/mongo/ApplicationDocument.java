package org.pepiniere.applications.applying.mongo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.pepiniere.applications.applying.Application;
import org.pepiniere.applications.applying.ApplicationContent;
import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.ApplicationStatus;
import org.pepiniere.applications.applying.Money;
import org.pepiniere.applications.applying.Sector;
import org.pepiniere.applications.applying.Stage;
import org.pepiniere.applications.applying.TeamMember;
import org.pepiniere.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored shape of an application, with the events still waiting to be published. */
@Document(MongoApplications.COLLECTION)
record ApplicationDocument(
        @Id String id,
        String incubatorId,
        String founderId,
        String callId,
        String startupName,
        String summary,
        Sector sector,
        Stage stage,
        Long amountSoughtCents,
        String currency,
        Map<String, String> answers,
        List<TeamMemberDocument> team,
        List<String> needs,
        ApplicationStatus status,
        Instant createdAt,
        Instant submittedAt,
        Instant withdrawnAt,
        long version,
        List<OutboxMessage> outbox) {

    record TeamMemberDocument(String name, String email, String affiliation) {
    }

    static ApplicationDocument from(Application application) {
        var content = application.content();
        var money = content.amountSought();
        return new ApplicationDocument(application.id().value(), application.incubatorId(), application.founderId(),
                application.callId(), content.startupName(), content.summary(), content.sector(), content.stage(),
                money == null ? null : money.cents(), money == null ? null : money.currency(), content.answers(),
                content.team().stream().map(m -> new TeamMemberDocument(m.name(), m.email(), m.affiliation())).toList(),
                content.needs(), application.status(), application.createdAt(), application.submittedAt(),
                application.withdrawnAt(), application.version(), List.of());
    }

    Application toDomain() {
        var money = amountSoughtCents == null ? null : new Money(amountSoughtCents, currency);
        var members = team == null ? List.<TeamMember>of()
                : team.stream().map(m -> new TeamMember(m.name(), m.email(), m.affiliation())).toList();
        // drafts stored before needs existed have none
        var content = new ApplicationContent(startupName, summary, sector, stage, money, answers, members,
                needs == null ? List.of() : needs);
        return new Application(new ApplicationId(id), incubatorId, founderId, callId, content, status, createdAt,
                submittedAt, withdrawnAt, version);
    }
}
