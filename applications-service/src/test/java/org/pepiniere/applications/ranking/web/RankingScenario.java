package org.pepiniere.applications.ranking.web;

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
 * A call of a fresh incubator with a two-criterion grid (innovation 1–5 weighted 3, team 0–10 weighted 1), opened
 * through the API; its submitted applications, jury pool and scores are stored directly, in the shapes the founders'
 * side, the jury and the scoring store them.
 */
final class RankingScenario {

    final WebTestClient web;
    final ReactiveMongoTemplate mongo;
    final String incubator = "ranking-" + UUID.randomUUID();
    final String staff = TestIdentity.token(UUID.randomUUID().toString(), incubator, Role.STAFF);
    final String callId;
    private final List<Document> members = new ArrayList<>();

    RankingScenario(WebTestClient web, ReactiveMongoTemplate mongo, boolean open) {
        this.web = web;
        this.mongo = mongo;
        this.callId = call(open);
    }

    private String call(boolean open) {
        String id = web.post().uri("/api/calls").header("Authorization", "Bearer " + staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"title": {"fr": "Classement 2027", "en": "Ranking 2027"}, "description": {"fr": "D", "en": "D"},
                         "opensAt": "2026-01-05T08:00:00Z", "closesAt": "2099-02-15T22:59:00Z", "reviewDeadline": "2099-03-15T22:59:00Z",
                         "seats": 2, "programme": {"kind": "INCUBATION"}, "reviewsPerApplication": 2,
                         "criteria": [{"id": "innovation", "name": {"fr": "Innovation", "en": "Innovation"}, "weight": 3, "scaleMin": 1, "scaleMax": 5},
                                      {"id": "team", "name": {"fr": "Équipe", "en": "Team"}, "weight": 1, "scaleMin": 0, "scaleMax": 10}],
                         "questions": [], "blindReview": false}
                        """).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        if (open) {
            web.post().uri("/api/calls/{id}/open", id).header("Authorization", "Bearer " + staff).exchange().expectStatus().isOk();
        }
        return id;
    }

    String application(String startupName) {
        return application(startupName, "SUBMITTED");
    }

    String application(String startupName, String status) {
        String id = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", id).append("incubatorId", incubator).append("founderId", UUID.randomUUID().toString())
                .append("callId", callId).append("startupName", startupName).append("summary", "What we do")
                .append("sector", "HEALTH").append("stage", "IDEA").append("answers", new Document())
                .append("team", List.of()).append("status", status)
                .append("createdAt", new Date()).append("submittedAt", Date.from(Instant.now())).append("version", 1L),
                "applications").block();
        return id;
    }

    /** A juror of the call's pool, as staff named them. */
    String juror(String displayName) {
        String id = UUID.randomUUID().toString();
        members.add(new Document("jurorId", id).append("displayName", displayName).append("email", id + "@jury.example")
                .append("expertise", List.of()).append("affiliation", null));
        mongo.save(new Document("_id", callId).append("incubatorId", incubator).append("members", members)
                .append("conflicts", List.of()).append("version", 1L), "jury_pools").block();
        return id;
    }

    /** One juror's review of one application, in the scoring's stored shape. */
    void score(String applicationId, String jurorId, int innovation, int team, String comment) {
        mongo.save(new Document("_id", applicationId + ":" + jurorId).append("incubatorId", incubator).append("callId", callId)
                .append("applicationId", applicationId).append("jurorId", jurorId)
                .append("marks", new Document("innovation", innovation).append("team", team)).append("comment", comment)
                .append("scoredAt", Date.from(Instant.parse("2026-03-01T09:30:00Z"))).append("revision", 1L),
                "applications.scores").block();
    }

    WebTestClient.ResponseSpec get(String path, String token, String language) {
        var spec = web.get().uri("/api/calls/" + callId + path).header("Authorization", "Bearer " + token);
        if (language != null) {
            spec.header("Accept-Language", language);
        }
        return spec.exchange();
    }
}
