package org.pepiniere.deploy.browser;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.IntegrationEvent;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.decisions.ApplicationDecided;
import org.pepiniere.contracts.funding.FundingDecided;
import org.pepiniere.contracts.mentoring.MentoringSessionLogged;
import org.pepiniere.deploy.GatewayClient;
import org.pepiniere.deploy.RelayedEvents;
import org.pepiniere.deploy.Stack;
import org.pepiniere.embedded.test.KafkaEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A founder's application, submitted through the API, whose start-up is then admitted into a cohort, mentored for 90
 * minutes and granted 15 000 € of honour loan. Mentoring sessions and funding are not built yet, and the decision
 * skips the jury this journey is not about (so it takes no seat of the cohort): the events are sent here to the stack's
 * real broker, as the platform's outbox relay sends them
 * (CloudEvents in Kafka binary mode, the event id as CloudEvent id, keyed and subjected by the aggregate id, the
 * incubator extension), so that the applications service's real consumer reads them.
 */
record AdmittedStartup(Founder founder, String applicationId, String startupName, String startupReference) {

    static AdmittedStartup submittedBy(GatewayClient api, String startupName) {
        var founder = new Founder("Inès Moreau", "fondatrice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "un-mot-de-passe-solide");
        GatewayClient.Answer registered = api.post("/api/auth/register", null,
                Map.of("email", founder.email(), "password", founder.password(), "displayName", founder.name()));
        assertThat(registered.status()).as(registered.body()).isEqualTo(202);
        String token = api.login(founder.email(), founder.password());
        GatewayClient.Answer draft = api.post("/api/applications", token, Map.of("startupName", startupName,
                "summary", "Des solvants verts issus de la chimie du végétal.", "sector", "CHEMISTRY", "stage", "PROTOTYPE",
                "currency", "EUR"));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().path("id").asText();
        GatewayClient.Answer submitted = api.post("/api/applications/" + id + "/submit", token, Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return new AdmittedStartup(founder, id, startupName, "su-" + UUID.randomUUID());
    }

    /** Admits the start-up into the cohort, logs a 90-minute session and grants 15 000 €, each on its topic. */
    void admitMentorAndFund(Stack stack, String cohortId) {
        var claims = claims(new GatewayClient(stack.gatewayUrl()).login(founder.email(), founder.password()));
        String incubatorId = claims.path("incubatorId").asText();
        String founderId = claims.path("sub").asText();
        var kafka = new KafkaEvents(stack.infrastructure().kafka().bootstrapServers());
        Instant now = Instant.now();
        var decided = new ApplicationDecided(UUID.randomUUID().toString(), applicationId, now, incubatorId, null, 1,
                ApplicationDecided.Decision.ADMITTED, cohortId, startupReference, founderId, "Projet solide et équipe complète.",
                "A sound project and a complete team.", List.of());
        var session = new MentoringSessionLogged(UUID.randomUUID().toString(), "session-" + UUID.randomUUID(), now, incubatorId,
                startupReference, "mentor-demo", Instant.parse("2026-10-06T09:00:00Z"), 90, List.of("levée de fonds"));
        var funding = new FundingDecided(UUID.randomUUID().toString(), "funding-" + UUID.randomUUID(),
                Instant.parse("2026-10-20T10:00:00Z"), incubatorId, startupReference, "HONOUR_LOAN", 1_500_000, "EUR", 2);
        kafka.send(Topics.APPLICATIONS, relayed("applications-service", EventTypes.APPLICATION_DECIDED, applicationId, decided));
        kafka.send(Topics.MENTORING, relayed("mentoring-service", EventTypes.MENTORING_SESSION_LOGGED, session.sessionId(), session));
        kafka.send(Topics.FUNDING, relayed("funding-service", EventTypes.FUNDING_DECIDED, funding.fundingId(), funding));
    }

    private static CloudEvent relayed(String service, String type, String subject, IntegrationEvent data) {
        return RelayedEvents.relayed(service, type, subject, data);
    }

    private static JsonNode claims(String token) {
        return RelayedEvents.claims(token);
    }
}
