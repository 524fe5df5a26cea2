package org.pepiniere.applications.dashboard.web;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.IntegrationEvent;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;
import org.pepiniere.contracts.decisions.ApplicationDecided;
import org.pepiniere.contracts.decisions.ApplicationDecided.Decision;
import org.pepiniere.contracts.funding.FundingDecided;
import org.pepiniere.contracts.funding.TrancheReleased;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.contracts.mentoring.MentoringSessionLogged;
import org.pepiniere.embedded.test.EventSchemas;
import org.pepiniere.embedded.test.TestEvents;
import org.pepiniere.embedded.test.TestIdentity;
import org.pepiniere.platform.events.CloudEventMapping;
import org.pepiniere.platform.outbox.OutboxMessage;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fresh incubator with a planned cohort and a submitted application, and the events other features and services
 * publish about its start-up, sent to the shared broker exactly as an outbox relay sends them.
 */
final class DashboardScenario {

    final WebTestClient web;
    final ReactiveMongoTemplate mongo;
    final JsonMapper json;
    final String incubator = "dashboard-" + UUID.randomUUID();
    final String staff = TestIdentity.token(UUID.randomUUID().toString(), incubator, Role.STAFF);
    final String founderId = UUID.randomUUID().toString();
    final String founder = TestIdentity.token(founderId, incubator, Role.FOUNDER);
    final String applicationId = UUID.randomUUID().toString();
    final String reference = "su-" + UUID.randomUUID();
    final String cohortId;

    DashboardScenario(WebTestClient web, ReactiveMongoTemplate mongo, JsonMapper json) {
        this.web = web;
        this.mongo = mongo;
        this.json = json;
        this.cohortId = plannedCohort();
        submittedApplication("Chlorofil");
    }

    private String plannedCohort() {
        return web.post().uri("/api/cohorts").header("Authorization", "Bearer " + staff).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"name": {"fr": "Hiver 2099", "en": "Winter 2099"}, "programme": {"kind": "INCUBATION"},
                         "startsOn": "2099-01-11", "endsOn": "2099-07-09"}
                        """).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private void submittedApplication(String startupName) {
        var member = new Document("name", "Alice Martin").append("email", "alice@" + applicationId + ".example");
        mongo.insert(new Document("_id", applicationId).append("incubatorId", incubator).append("founderId", founderId)
                .append("startupName", startupName).append("summary", "What we do")
                .append("sector", "CHEMISTRY").append("stage", "PROTOTYPE").append("answers", new Document())
                .append("team", List.of(member)).append("status", "SUBMITTED")
                .append("createdAt", new Date()).append("submittedAt", new Date()).append("version", 1L),
                "applications").block();
    }

    ApplicationDecided decided(int sequence, Decision decision) {
        return new ApplicationDecided(UUID.randomUUID().toString(), applicationId, Instant.now(), incubator, null, sequence,
                decision, decision == Decision.ADMITTED ? cohortId : null, reference, founderId, "Raisons", "Reasons", List.of());
    }

    MentoringSessionLogged session(String sessionId, String startedAt, int minutes) {
        return new MentoringSessionLogged(UUID.randomUUID().toString(), sessionId, Instant.parse(startedAt), incubator, reference,
                "mentor-1", Instant.parse(startedAt), minutes, List.of("levée de fonds"));
    }

    FundingDecided funding(String fundingId, String at, long cents) {
        return new FundingDecided(UUID.randomUUID().toString(), fundingId, Instant.parse(at), incubator, reference, "HONOUR_LOAN",
                cents, "EUR", 2);
    }

    TrancheReleased tranche(String fundingId, int number, String at, long cents) {
        return new TrancheReleased(UUID.randomUUID().toString(), fundingId, number, Instant.parse(at), incubator, reference,
                cents, "EUR");
    }

    void publish(ApplicationDecided event) {
        publish(Topics.APPLICATIONS, EventTypes.APPLICATION_DECIDED, event.applicationId(), event);
    }

    ApplicationWithdrawn withdrawn() {
        return new ApplicationWithdrawn(UUID.randomUUID().toString(), applicationId, Instant.now(), incubator, null, founderId,
                "Chlorofil", true);
    }

    void publish(ApplicationWithdrawn event) {
        publish(Topics.APPLICATIONS, EventTypes.APPLICATION_WITHDRAWN, event.applicationId(), event);
    }

    void publish(MentoringSessionLogged event) {
        publish(Topics.MENTORING, EventTypes.MENTORING_SESSION_LOGGED, event.sessionId(), event);
    }

    void publish(FundingDecided event) {
        publish(Topics.FUNDING, EventTypes.FUNDING_DECIDED, event.fundingId(), event);
    }

    void publish(TrancheReleased event) {
        publish(Topics.FUNDING, EventTypes.TRANCHE_RELEASED, event.fundingId(), event);
    }

    /** As the platform's outbox relay publishes: binary-mode CloudEvent keyed by the aggregate id, checked against its schema. */
    void publish(String topic, String type, String subject, IntegrationEvent event) {
        var message = new OutboxMessage(event.eventId(), topic, type, subject, event.incubatorId(), event.occurredAt(),
                json.writeValueAsString(event), "correlation-" + event.eventId(), null);
        CloudEvent cloudEvent = CloudEventMapping.toCloudEvent(message, CloudEventMapping.source("test"));
        EventSchemas.assertConforms(cloudEvent);
        TestEvents.publish(topic, cloudEvent);
    }

    WebTestClient.BodyContentSpec dashboard() {
        return web.get().uri("/api/cohorts/{id}/dashboard", cohortId).header("Authorization", "Bearer " + staff).exchange()
                .expectStatus().isOk().expectBody();
    }

    WebTestClient.ResponseSpec report(String token, String reference, String month, String body) {
        return web.put().uri("/api/startups/{ref}/kpis/{month}", reference, month).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    static String kpis(int jobs, long raised, long revenue) {
        return """
                {"jobsCreated": %d, "moneyRaisedCents": %d, "revenueCents": %d, "currency": "EUR"}
                """.formatted(jobs, raised, revenue);
    }
}
