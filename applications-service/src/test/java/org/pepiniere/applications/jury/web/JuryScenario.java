package org.pepiniere.applications.jury.web;

import java.time.Instant;
import java.util.ArrayList;
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
 * An opened call of a fresh incubator with submitted applications and known jurors, set up through the API where it
 * is this feature's and stored directly where it is the founders' (their submitted applications).
 */
final class JuryScenario {

    final WebTestClient web;
    final ReactiveMongoTemplate mongo;
    final String incubator = "jury-" + UUID.randomUUID();
    final String staff = TestIdentity.token(UUID.randomUUID().toString(), incubator, Role.STAFF);
    final String callId;
    final List<String> jurorIds = new ArrayList<>();
    final List<String> applicationIds = new ArrayList<>();
    final Map<String, String> founders = new java.util.HashMap<>();

    JuryScenario(WebTestClient web, ReactiveMongoTemplate mongo, int k, boolean blind) {
        this.web = web;
        this.mongo = mongo;
        this.callId = openCall(k, blind);
    }

    static String callJson(int k, boolean blind) {
        return """
                {"title": {"fr": "Jury 2027", "en": "Jury 2027"}, "description": {"fr": "D", "en": "D"},
                 "opensAt": "2026-01-05T08:00:00Z", "closesAt": "2099-02-15T22:59:00Z", "reviewDeadline": "2099-03-15T22:59:00Z",
                 "seats": 8, "programme": {"kind": "INCUBATION"}, "reviewsPerApplication": %d,
                 "criteria": [{"id": "innovation", "name": {"fr": "Innovation", "en": "Innovation"}, "weight": 3, "scaleMin": 1, "scaleMax": 5}],
                 "questions": [], "blindReview": %s}
                """.formatted(k, blind);
    }

    private String openCall(int k, boolean blind) {
        String id = web.post().uri("/api/calls").header("Authorization", "Bearer " + staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(callJson(k, blind)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        web.post().uri("/api/calls/{id}/open", id).header("Authorization", "Bearer " + staff).exchange().expectStatus().isOk();
        return id;
    }

    /** A submitted application whose team member has the affiliation and which needs the tags (as its answer). */
    String submitted(String startupName, String affiliation, String needs) {
        String id = UUID.randomUUID().toString();
        String founderId = UUID.randomUUID().toString();
        founders.put(id, founderId);
        var member = new Document("name", "Alice Martin").append("email", "alice@" + id + ".example").append("affiliation", affiliation);
        mongo.insert(new Document("_id", id).append("incubatorId", incubator).append("founderId", founderId)
                .append("callId", callId).append("startupName", startupName).append("summary", "What we do")
                .append("sector", "HEALTH").append("stage", "IDEA").append("answers", new Document("needs", needs))
                .append("team", List.of(member)).append("status", "SUBMITTED")
                .append("createdAt", new Date()).append("submittedAt", Date.from(Instant.now())).append("version", 1L),
                "applications").block();
        applicationIds.add(id);
        return id;
    }

    /** A juror who opened their juror space once, so that staff may add them to a pool. */
    String juror(String name) {
        String id = UUID.randomUUID().toString();
        web.get().uri("/api/jury/assignments").header("Authorization", "Bearer " + jurorToken(id, name)).exchange()
                .expectStatus().isOk();
        jurorIds.add(id);
        return id;
    }

    String jurorToken(String id, String name) {
        return TestIdentity.token(id, incubator, null, id + "@jury.example", name, "fr", Role.JUROR);
    }

    String jurorToken(String id) {
        return jurorToken(id, "Juror " + id.substring(0, 4));
    }

    /** Every juror in the pool, the first ones with the given expertise and affiliations (same order). */
    void pool(List<String> expertise, List<String> affiliations) {
        poolOf(jurorIds, expertise, affiliations);
    }

    void poolOf(List<String> ids, List<String> expertise, List<String> affiliations) {
        var members = new ArrayList<String>();
        for (int i = 0; i < ids.size(); i++) {
            members.add("""
                    {"jurorId": "%s", "displayName": "Juror %d", "expertise": [%s], "affiliation": %s}
                    """.formatted(ids.get(i), i, i < expertise.size() ? expertise.get(i) : "",
                    i < affiliations.size() ? "\"" + affiliations.get(i) + "\"" : "null"));
        }
        var version = web.get().uri("/api/calls/{id}/jury", callId).header("Authorization", "Bearer " + staff).exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
        web.put().uri("/api/calls/{id}/jury", callId).header("Authorization", "Bearer " + staff).header("If-Match", version)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"members\": [" + String.join(",", members) + "]}")
                .exchange().expectStatus().isOk();
    }

    WebTestClient.ResponseSpec run(String body) {
        return web.post().uri("/api/calls/{id}/assignment", callId).header("Authorization", "Bearer " + staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec assignment() {
        return web.get().uri("/api/calls/{id}/assignment", callId).header("Authorization", "Bearer " + staff).exchange();
    }
}
