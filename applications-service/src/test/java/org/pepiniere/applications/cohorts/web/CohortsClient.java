package org.pepiniere.applications.cohorts.web;

import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Staff's requests on cohorts, with the bodies tests use most. */
final class CohortsClient {

    static final String FUTURE = """
            {"name": {"fr": "Hiver 2099", "en": "Winter 2099"}, "programme": {"kind": "ACCELERATION", "track": "Village by CA"},
             "startsOn": "2099-01-11", "endsOn": "2099-07-09", "capacity": 12}
            """;

    static final String STARTED = """
            {"name": {"fr": "Printemps 2026", "en": "Spring 2026"}, "programme": {"kind": "INCUBATION"},
             "startsOn": "2026-03-02", "endsOn": "2099-09-30"}
            """;

    private final WebTestClient web;

    CohortsClient(WebTestClient web) {
        this.web = web;
    }

    String plan(String token, String body) {
        return send(HttpMethod.POST, "/api/cohorts", token, body, null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    WebTestClient.ResponseSpec send(HttpMethod method, String path, String token, String body, String ifMatch) {
        var request = web.method(method).uri(path).header("Authorization", "Bearer " + token);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
