package org.pepiniere.applications.cohorts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Cohorts and their dashboard are the staff's of their incubator only: every other role, and another incubator, is refused. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class CohortsAccessTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    final String incubator = "cohorts-" + UUID.randomUUID();
    String cohort;

    @BeforeEach
    void planned() {
        cohort = new CohortsClient(web).plan(TestIdentity.token(UUID.randomUUID().toString(), incubator, Role.STAFF),
                CohortsClient.FUTURE);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "STAFF", mode = EnumSource.Mode.EXCLUDE)
    void refusesEveryRoleButStaff(Role role) {
        String token = TestIdentity.token(UUID.randomUUID().toString(), incubator, role);
        var before = stored();
        var client = new CohortsClient(web);

        client.send(HttpMethod.POST, "/api/cohorts", token, CohortsClient.FUTURE, null).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.send(HttpMethod.GET, "/api/cohorts", token, null, null).expectStatus().isForbidden();
        client.send(HttpMethod.GET, "/api/cohorts/" + cohort, token, null, null).expectStatus().isForbidden();
        client.send(HttpMethod.PUT, "/api/cohorts/" + cohort, token, CohortsClient.FUTURE, "\"0\"").expectStatus().isForbidden();
        client.send(HttpMethod.GET, "/api/cohorts/" + cohort + "/dashboard", token, null, null).expectStatus().isForbidden();

        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void hidesTheCohortFromAnotherIncubator(Role role) {
        String token = TestIdentity.token(UUID.randomUUID().toString(), "another-" + incubator, role);
        var before = stored();
        var client = new CohortsClient(web);
        int expected = role == Role.STAFF ? 404 : 403;

        client.send(HttpMethod.GET, "/api/cohorts/" + cohort, token, null, null).expectStatus().isEqualTo(expected);
        client.send(HttpMethod.PUT, "/api/cohorts/" + cohort, token, CohortsClient.FUTURE, "\"0\"").expectStatus().isEqualTo(expected);
        client.send(HttpMethod.GET, "/api/cohorts/" + cohort + "/dashboard", token, null, null).expectStatus().isEqualTo(expected);
        if (role == Role.STAFF) {
            client.send(HttpMethod.GET, "/api/cohorts", token, null, null).expectStatus().isOk()
                    .expectBody().jsonPath("$[?(@.id == '" + cohort + "')]").doesNotExist();
        }

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void refusesEveryCohortRequestWithoutAToken() {
        web.get().uri("/api/cohorts").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/cohorts/{id}/dashboard", cohort).exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/cohorts").contentType(MediaType.APPLICATION_JSON).bodyValue(CohortsClient.FUTURE).exchange()
                .expectStatus().isUnauthorized();
    }

    private List<Document> stored() {
        return mongo.findAll(Document.class, "cohorts").collectList().block();
    }
}
