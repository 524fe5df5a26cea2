package org.pepiniere.applications.scoring.web;

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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An opened call of a fresh incubator, graded on innovation (1 to 5, weight 3) and team (0 to 10, weight 1), whose
 * submitted applications each got k of the jurors, set up through the API where it is the jury's and stored directly
 * where it is the founders' (their submitted applications).
 */
final class ScoringScenario {

    static final String GOOD_SHEET = "{\"marks\": {\"innovation\": 4, \"team\": 7}, \"comment\": \"Solid team, clear market.\"}";

    final WebTestClient web;
    final ReactiveMongoTemplate mongo;
    final String incubator = "scoring-" + UUID.randomUUID();
    final String staff = TestIdentity.token(UUID.randomUUID().toString(), incubator, Role.STAFF);
    final String callId;
    final List<String> jurorIds = new ArrayList<>();
    final List<String> applicationIds = new ArrayList<>();

    /** {@code applications} submitted applications, {@code jurors} jurors in the pool, each application given k. */
    ScoringScenario(WebTestClient web, ReactiveMongoTemplate mongo, int k, int applications, int jurors) {
        this.web = web;
        this.mongo = mongo;
        this.callId = openCall(k);
        for (int i = 0; i < applications; i++) {
            submitted("Start-up " + i);
        }
        for (int i = 0; i < jurors; i++) {
            juror();
        }
        pool();
        run().expectStatus().isOk();
    }

    private String openCall(int k) {
        String json = """
                {"title": {"fr": "Notation 2027", "en": "Scoring 2027"}, "description": {"fr": "D", "en": "D"},
                 "opensAt": "2026-01-05T08:00:00Z", "closesAt": "2099-02-15T22:59:00Z", "reviewDeadline": "2099-03-15T22:59:00Z",
                 "seats": 8, "programme": {"kind": "INCUBATION"}, "reviewsPerApplication": %d,
                 "criteria": [{"id": "innovation", "name": {"fr": "Innovation", "en": "Innovation"}, "weight": 3, "scaleMin": 1, "scaleMax": 5},
                              {"id": "team", "name": {"fr": "Équipe", "en": "Team"}, "weight": 1, "scaleMin": 0, "scaleMax": 10}],
                 "questions": [], "blindReview": true}
                """.formatted(k);
        String id = web.post().uri("/api/calls").header("Authorization", "Bearer " + staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        web.post().uri("/api/calls/{id}/open", id).header("Authorization", "Bearer " + staff).exchange().expectStatus().isOk();
        return id;
    }

    private void submitted(String startupName) {
        String id = UUID.randomUUID().toString();
        var member = new Document("name", "Alice Martin").append("email", "alice@" + id + ".example").append("affiliation", "Lab " + id);
        mongo.insert(new Document("_id", id).append("incubatorId", incubator).append("founderId", UUID.randomUUID().toString())
                .append("callId", callId).append("startupName", startupName).append("summary", "What we do")
                .append("sector", "HEALTH").append("stage", "IDEA").append("answers", new Document())
                .append("team", List.of(member)).append("status", "SUBMITTED")
                .append("createdAt", new Date()).append("submittedAt", Date.from(Instant.now())).append("version", 1L),
                "applications").block();
        applicationIds.add(id);
    }

    private void juror() {
        String id = UUID.randomUUID().toString();
        web.get().uri("/api/jury/assignments").header("Authorization", "Bearer " + juror(id)).exchange().expectStatus().isOk();
        jurorIds.add(id);
    }

    String juror(String id) {
        return TestIdentity.token(id, incubator, null, id + "@jury.example", "Juror " + id.substring(0, 4), "fr", Role.JUROR);
    }

    private void pool() {
        var members = jurorIds.stream().map(id -> """
                {"jurorId": "%s", "displayName": "Juror", "expertise": [], "affiliation": null}""".formatted(id)).toList();
        web.put().uri("/api/calls/{id}/jury", callId).header("Authorization", "Bearer " + staff).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"members\": [" + String.join(",", members) + "]}")
                .exchange().expectStatus().isOk();
    }

    WebTestClient.ResponseSpec run() {
        return web.post().uri("/api/calls/{id}/assignment", callId).header("Authorization", "Bearer " + staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
    }

    /** The jurors the saved assignment gives the application. */
    @SuppressWarnings("unchecked")
    List<String> jurorsOf(String applicationId) {
        var assignment = mongo.findById(callId, Document.class, "jury_assignments").block();
        return assignment.getList("pairs", Document.class).stream()
                .filter(pair -> applicationId.equals(pair.getString("applicationId")))
                .map(pair -> pair.getString("jurorId")).toList();
    }

    /** An application the juror is not assigned. */
    String notAssignedTo(String jurorId) {
        return applicationIds.stream().filter(id -> !jurorsOf(id).contains(jurorId)).findFirst().orElseThrow();
    }

    WebTestClient.ResponseSpec score(String applicationId, String jurorId, String body, String ifMatch) {
        var request = web.put().uri("/api/jury/applications/{id}/score", applicationId)
                .header("Authorization", "Bearer " + juror(jurorId)).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec ownScore(String applicationId, String jurorId) {
        return web.get().uri("/api/jury/applications/{id}/score", applicationId)
                .header("Authorization", "Bearer " + juror(jurorId)).exchange();
    }

    Document stored(String applicationId, String jurorId) {
        var stored = mongo.findById(applicationId + ":" + jurorId, Document.class, "applications.scores").block();
        // the relay empties the outbox whenever it has published: not part of what a test compares
        if (stored != null) {
            stored.remove("outbox");
        }
        return stored;
    }

    /** The call's dates moved to the past, review deadline included, as if the calendar had reached them. */
    void deadlinePassed() {
        var now = Instant.now();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(callId)), new Update()
                .set("details.opensAt", Date.from(now.minusSeconds(3 * 3600)))
                .set("details.closesAt", Date.from(now.minusSeconds(2 * 3600)))
                .set("details.reviewDeadline", Date.from(now.minusSeconds(60))), "calls").block();
    }
}
