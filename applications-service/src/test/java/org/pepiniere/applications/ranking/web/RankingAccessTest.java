package org.pepiniere.applications.ranking.web;

import java.util.UUID;

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
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Only staff of the call's incubator read its ranking and its exports: founders, jurors (even the call's own),
 * mentors and banks are refused, and another incubator's staff do not learn that the call exists.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class RankingAccessTest {

    private static final String[] PATHS = {"/ranking", "/ranking.csv", "/ranking.xlsx"};

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    RankingScenario call;
    String juror;

    @BeforeEach
    void scoredCall() {
        call = new RankingScenario(web, mongo, true);
        String application = call.application("Chimie Verte");
        juror = call.juror("Claire");
        call.score(application, juror, 4, 7, "Prometteur");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "STAFF", mode = EnumSource.Mode.EXCLUDE)
    void refusesEveryRoleButStaff(Role role) {
        String token = TestIdentity.token(role == Role.JUROR ? juror : UUID.randomUUID().toString(), call.incubator, role);

        for (String path : PATHS) {
            call.get(path, token, null).expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/forbidden");
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void hidesTheCallFromAnotherIncubator(Role role) {
        String token = TestIdentity.token(UUID.randomUUID().toString(), "another-incubator", role);
        int expected = role == Role.STAFF ? 404 : 403;

        for (String path : PATHS) {
            call.get(path, token, null).expectStatus().isEqualTo(expected)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void letsStaffOfTheIncubatorReadAndExport() {
        for (String path : PATHS) {
            call.get(path, call.staff, null).expectStatus().isOk();
        }
    }

    @Test
    void refusesARequestWithoutAToken() {
        for (String path : PATHS) {
            web.get().uri("/api/calls/" + call.callId + path).exchange().expectStatus().isUnauthorized();
        }
    }
}
