package org.pepiniere.applications.ranking.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** An unknown call, a draft or a malformed id gets a problem in the caller's language, on the ranking and its exports. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class RankingBadInputTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @ParameterizedTest
    @ValueSource(strings = {"/ranking", "/ranking.csv", "/ranking.xlsx"})
    void answersAnUnknownCallWithNotFound(String path) {
        var call = new RankingScenario(web, mongo, true);

        web.get().uri("/api/calls/no-such-call" + path).header("Authorization", "Bearer " + call.staff)
                .header("Accept-Language", "en").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/call-not-found")
                .jsonPath("$.detail").isEqualTo("No call for applications has the id no-such-call.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ranking", "/ranking.csv", "/ranking.xlsx"})
    void refusesToRankADraftCall(String path) {
        var draft = new RankingScenario(web, mongo, false);

        draft.get(path, draft.staff, null)
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/call-not-published")
                .jsonPath("$.detail").isEqualTo("Cet appel à candidatures est encore un brouillon : il n'a ni candidatures "
                        + "ni évaluations à classer.");
    }

    @Test
    void refusesAMalformedCallId() {
        var call = new RankingScenario(web, mongo, true);

        web.get().uri("/api/calls/{id}/ranking", "not$an id").header("Authorization", "Bearer " + call.staff).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
