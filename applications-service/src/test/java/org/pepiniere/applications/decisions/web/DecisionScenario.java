package org.pepiniere.applications.decisions.web;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An open call of a fresh incubator and a cohort of two seats, through the API; its applications, scores, completed
 * reviews and consents are stored directly, in the shapes the founders' side, the scoring and the consents store them.
 */
final class DecisionScenario {

    final WebTestClient web;
    final ReactiveMongoTemplate mongo;
    final String incubator = "decisions-" + UUID.randomUUID();
    final String staff = TestIdentity.token(UUID.randomUUID().toString(), incubator, Role.STAFF);
    final String callId;
    final String cohortId;

    DecisionScenario(WebTestClient web, ReactiveMongoTemplate mongo) {
        this.web = web;
        this.mongo = mongo;
        this.callId = call();
        this.cohortId = cohort(2);
    }

    private String call() {
        String id = post("/api/calls", staff, """
                {"title": {"fr": "Décisions 2027", "en": "Decisions 2027"}, "description": {"fr": "D", "en": "D"},
                 "opensAt": "2026-01-05T08:00:00Z", "closesAt": "2099-02-15T22:59:00Z", "reviewDeadline": "2099-03-15T22:59:00Z",
                 "seats": 2, "programme": {"kind": "INCUBATION"}, "reviewsPerApplication": 1,
                 "criteria": [{"id": "innovation", "name": {"fr": "Innovation", "en": "Innovation"}, "weight": 1, "scaleMin": 0, "scaleMax": 10}],
                 "questions": [], "blindReview": false}
                """).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        web.post().uri("/api/calls/{id}/open", id).header("Authorization", "Bearer " + staff).exchange().expectStatus().isOk();
        return id;
    }

    String cohort(int capacity) {
        return post("/api/cohorts", staff, """
                {"name": {"fr": "Hiver 2099", "en": "Winter 2099"}, "programme": {"kind": "INCUBATION"},
                 "startsOn": "2099-01-11", "endsOn": "2099-07-09", "capacity": %d}
                """.formatted(capacity)).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("id").toString();
    }

    /** A submitted application whose review is completed, scored by one juror with {@code innovation} of 10. */
    Reviewed reviewed(String startupName, int innovation) {
        var application = application(startupName, "SUBMITTED");
        score(application.id(), innovation);
        mongo.save(new Document("_id", application.id()).append("incubatorId", incubator).append("callId", callId)
                .append("scoredBy", List.of("juror-1")).append("completed", true), "applications.review_progress").block();
        return application;
    }

    Reviewed application(String startupName, String status) {
        String id = UUID.randomUUID().toString();
        String founder = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", id).append("incubatorId", incubator).append("founderId", founder)
                .append("callId", callId).append("startupName", startupName).append("summary", "What we do")
                .append("sector", "HEALTH").append("stage", "IDEA").append("amountSoughtCents", 15_000_000L)
                .append("currency", "EUR").append("answers", new Document()).append("team", List.of()).append("status", status)
                .append("createdAt", new Date()).append("submittedAt", Date.from(Instant.now())).append("version", 1L),
                "applications").block();
        return new Reviewed(id, founder, TestIdentity.token(founder, incubator, Role.FOUNDER));
    }

    void score(String applicationId, int innovation) {
        mongo.save(new Document("_id", applicationId + ":juror-1").append("incubatorId", incubator).append("callId", callId)
                .append("applicationId", applicationId).append("jurorId", "juror-1")
                .append("marks", new Document("innovation", innovation)).append("comment", "")
                .append("scoredAt", Date.from(Instant.parse("2026-03-01T09:30:00Z"))).append("revision", 1L),
                "applications.scores").block();
    }

    void consent(String applicationId, String bankId, boolean granted) {
        mongo.save(new Document("_id", applicationId + "/" + bankId).append("incubatorId", incubator)
                .append("applicationId", applicationId).append("bankId", bankId).append("granted", granted)
                .append("changedAt", new Date()), "consents").block();
    }

    void withdraw(Reviewed application) {
        web.post().uri("/api/applications/{id}/withdraw", application.id()).header("Authorization", "Bearer " + application.founderToken())
                .exchange().expectStatus().isOk();
    }

    WebTestClient.ResponseSpec decide(String applicationId, String token, String body) {
        return post("/api/applications/" + applicationId + "/decision", token, body);
    }

    WebTestClient.ResponseSpec admit(String applicationId, String cohort) {
        return decide(applicationId, staff, """
                {"decision": "ADMITTED", "cohortId": "%s", "reasonsFr": "Équipe solide", "reasonsEn": "Strong team"}""".formatted(cohort));
    }

    WebTestClient.ResponseSpec waitlist(String applicationId) {
        return decide(applicationId, staff, """
                {"decision": "WAITLISTED", "reasonsFr": "Presque", "reasonsEn": "Nearly"}""");
    }

    WebTestClient.ResponseSpec post(String path, String token, String body) {
        return web.post().uri(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec get(String path, String token) {
        return web.get().uri(path).header("Authorization", "Bearer " + token).exchange();
    }

    record Reviewed(String id, String founderId, String founderToken) {
    }
}
