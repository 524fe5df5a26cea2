package org.pepiniere.applications.decisions.web;

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
 * Only staff of the incubator decide, promote and break ties, and nothing is stored for anyone else; the founder of
 * an application reads its decision, another founder does not learn it exists, nor does another incubator.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class DecisionsAccessTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    DecisionScenario call;
    DecisionScenario.Reviewed application;

    @BeforeEach
    void reviewedApplication() {
        call = new DecisionScenario(web, mongo);
        application = call.reviewed("Chimie Verte", 8);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "STAFF", mode = EnumSource.Mode.EXCLUDE)
    void refusesEveryRoleButStaff(Role role) {
        String token = role == Role.FOUNDER ? application.founderToken()
                : TestIdentity.token(UUID.randomUUID().toString(), call.incubator, role);

        for (var response : staffRequests(token)) {
            response.expectStatus().isForbidden().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        call.get("/api/calls/" + call.callId + "/decisions", call.staff).expectStatus().isOk().expectBody()
                .jsonPath("$.decisions.length()").isEqualTo(0).jsonPath("$.tieBreak").doesNotExist();
    }

    @Test
    void hidesTheApplicationAndTheCallFromAnotherIncubatorsStaff() {
        String token = TestIdentity.token(UUID.randomUUID().toString(), "another-incubator", Role.STAFF);

        for (var response : staffRequests(token)) {
            response.expectStatus().isNotFound().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        call.get("/api/applications/" + application.id() + "/decision", token).expectStatus().isNotFound();
    }

    @Test
    void hidesTheDecisionFromAnotherFounder() {
        call.admit(application.id(), call.cohortId).expectStatus().isCreated();
        String other = TestIdentity.token(UUID.randomUUID().toString(), call.incubator, Role.FOUNDER);
        String elsewhere = TestIdentity.token(application.founderId(), "another-incubator", Role.FOUNDER);

        call.get("/api/applications/" + application.id() + "/decision", other).expectStatus().isNotFound();
        call.get("/api/applications/" + application.id() + "/decision", elsewhere).expectStatus().isNotFound();
        call.get("/api/applications/" + application.id() + "/decision", application.founderToken()).expectStatus().isOk();
    }

    @Test
    void answersNoContentToTheFounderWhileUndecided() {
        call.get("/api/applications/" + application.id() + "/decision", application.founderToken()).expectStatus().isNoContent();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"JUROR", "MENTOR", "BANK"})
    void refusesTheDecisionToOtherRoles(Role role) {
        call.admit(application.id(), call.cohortId).expectStatus().isCreated();

        call.get("/api/applications/" + application.id() + "/decision",
                TestIdentity.token(UUID.randomUUID().toString(), call.incubator, role)).expectStatus().isForbidden();
    }

    private java.util.List<WebTestClient.ResponseSpec> staffRequests(String token) {
        String calls = "/api/calls/" + call.callId;
        return java.util.List.of(
                call.decide(application.id(), token, """
                        {"decision": "ADMITTED", "cohortId": "%s", "reasonsFr": "Oui", "reasonsEn": "Yes"}""".formatted(call.cohortId)),
                call.get(calls + "/decisions", token),
                call.post(calls + "/waitlist/promote", token, """
                        {"cohortId": "%s", "reasonsFr": "Oui", "reasonsEn": "Yes"}""".formatted(call.cohortId)),
                call.post(calls + "/tie-break", token, "{\"seats\": 1}"),
                call.get(calls + "/tie-break", token));
    }
}
