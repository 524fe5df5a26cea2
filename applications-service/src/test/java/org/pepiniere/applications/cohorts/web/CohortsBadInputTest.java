package org.pepiniere.applications.cohorts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Bad cohorts get a problem naming the field, in French by default and in English when asked, and change nothing. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class CohortsBadInputTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    final String incubator = "cohorts-" + UUID.randomUUID();
    final String staff = TestIdentity.token(UUID.randomUUID().toString(), incubator, Role.STAFF);
    List<Document> before;

    @BeforeEach
    void rememberStored() {
        before = stored();
    }

    @AfterEach
    void changedNothing() {
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void refusesACohortThatEndsBeforeItStartsInFrench() {
        post(CohortsClient.FUTURE.replace("2099-07-09", "2098-12-31"), "fr").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("endsOn")
                .jsonPath("$.errors[0].reason").isEqualTo("la fin doit suivre le début de la cohorte");
    }

    @Test
    void refusesACohortThatEndsBeforeItStartsInEnglish() {
        post(CohortsClient.FUTURE.replace("2099-07-09", "2098-12-31"), "en").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("endsOn")
                .jsonPath("$.errors[0].reason").isEqualTo("the end must come after the start of the cohort");
    }

    @Test
    void refusesAnAccelerationWithoutItsTrack() {
        post(CohortsClient.FUTURE.replace("\"track\": \"Village by CA\"", "\"track\": \" \""), "fr").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("programme.track");
    }

    @Test
    void refusesAnOperatorKeyInTheBody() {
        post(CohortsClient.FUTURE.replace("\"capacity\": 12", "\"$set\": {\"incubatorId\": \"x\"}"), "fr").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesACapacityOfZeroAndAMissingName() {
        post(CohortsClient.FUTURE.replace("\"capacity\": 12", "\"capacity\": 0")
                .replace("\"name\": {\"fr\": \"Hiver 2099\", \"en\": \"Winter 2099\"}, ", ""), "fr")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[?(@.field == 'capacity')]").exists()
                .jsonPath("$.errors[?(@.field == 'name')]").exists();
    }

    @Test
    void refusesAMalformedDate() {
        post(CohortsClient.FUTURE.replace("2099-01-11", "11/01/2099"), "fr").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAnUnknownCohortWithNotFound() {
        web.get().uri("/api/cohorts/{id}", "no-such-cohort").header("Authorization", "Bearer " + staff).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/cohort-not-found");
        web.get().uri("/api/cohorts/{id}/dashboard", "no-such-cohort").header("Authorization", "Bearer " + staff).exchange()
                .expectStatus().isNotFound();
        web.put().uri("/api/cohorts/{id}", "no-such-cohort").header("Authorization", "Bearer " + staff).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CohortsClient.FUTURE).exchange().expectStatus().isNotFound();
    }

    @Test
    void refusesAnIdThatCannotBeOne() {
        web.get().uri("/api/cohorts/{id}", "$where").header("Authorization", "Bearer " + staff).exchange()
                .expectStatus().isBadRequest();
    }

    private WebTestClient.ResponseSpec post(String body, String language) {
        return web.post().uri("/api/cohorts").header("Authorization", "Bearer " + staff).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private List<Document> stored() {
        return mongo.findAll(Document.class, "cohorts").collectList().block();
    }
}
