package org.pepiniere.applications.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Who may score and read scores: a juror only the applications assigned to them, and only their own score; staff
 * the scores of their incubator's calls; nobody another incubator's.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class ScoringAccessTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    ScoringScenario call;
    String application;
    String juror;
    String otherJuror;

    @BeforeEach
    void scoredByOneOfTwoJurors() {
        call = new ScoringScenario(web, mongo, 2, 1, 2);
        application = call.applicationIds.get(0);
        juror = call.jurorIds.get(0);
        otherJuror = call.jurorIds.get(1);
        call.score(application, juror, ScoringScenario.GOOD_SHEET, null).expectStatus().isCreated();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "JUROR", mode = EnumSource.Mode.EXCLUDE)
    void letsOnlyJurorsScoreAndReadTheirScores(Role role) {
        String token = TestIdentity.token(juror, call.incubator, role);
        var before = call.stored(application, juror);

        put(token, null).expectStatus().isForbidden().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        put(token, "\"1\"").expectStatus().isForbidden();
        get("/api/jury/applications/" + application + "/score", token).expectStatus().isForbidden();
        get("/api/jury/scores", token).expectStatus().isForbidden();

        assertThat(call.stored(application, juror)).isEqualTo(before);
        assertThat(call.stored(application, otherJuror)).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "STAFF", mode = EnumSource.Mode.EXCLUDE)
    void letsOnlyStaffReadTheScoresOfACall(Role role) {
        get("/api/calls/" + call.callId + "/scores", TestIdentity.token(juror, call.incubator, role))
                .expectStatus().isForbidden().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void neverShowsAJurorAnotherJurorsScore() {
        String token = call.juror(otherJuror);

        get("/api/jury/applications/" + application + "/score", token).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/score-not-found");
        get("/api/jury/scores", token).expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void refusesAJurorOfTheIncubatorOutsideTheApplicationsJury() {
        String outsider = UUID.randomUUID().toString();

        put(call.juror(outsider), null).expectStatus().isNotFound();
        get("/api/jury/applications/" + application + "/score", call.juror(outsider)).expectStatus().isNotFound();

        assertThat(call.stored(application, outsider)).isNull();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void hidesEverythingFromAnotherIncubator(Role role) {
        String token = TestIdentity.token(role == Role.JUROR ? otherJuror : UUID.randomUUID().toString(), "another-incubator", role);
        var before = call.stored(application, juror);

        int scoring = role == Role.JUROR ? 404 : 403;
        put(token, null).expectStatus().isEqualTo(scoring);
        get("/api/jury/applications/" + application + "/score", token).expectStatus().isEqualTo(scoring);
        get("/api/calls/" + call.callId + "/scores", token).expectStatus().isEqualTo(role == Role.STAFF ? 404 : 403);
        if (role == Role.JUROR) {
            get("/api/jury/scores", token).expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
        }

        assertThat(call.stored(application, juror)).isEqualTo(before);
        assertThat(call.stored(application, otherJuror)).isNull();
    }

    private WebTestClient.ResponseSpec put(String token, String ifMatch) {
        var request = web.put().uri("/api/jury/applications/{id}/score", application).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.bodyValue(ScoringScenario.GOOD_SHEET).exchange();
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return web.get().uri(path).header("Authorization", "Bearer " + token).exchange();
    }
}
