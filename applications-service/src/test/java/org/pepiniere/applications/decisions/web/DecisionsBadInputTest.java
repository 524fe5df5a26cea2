package org.pepiniere.applications.decisions.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Each refused decision answers problem+json in the caller's language, names its field where it has one, stores nothing. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class DecisionsBadInputTest {

    private static final String PROBLEMS = "https://pepiniere.org/problems/";

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void refusesAnApplicationWhoseReviewIsNotCompleted() {
        var call = new DecisionScenario(web, mongo);
        var application = call.application("Pas encore lue", "SUBMITTED");

        problem(call.admit(application.id(), call.cohortId), 409, "review-not-completed");

        assertNothingStored(application.id());
    }

    @Test
    void refusesToDecideTwice() {
        var call = new DecisionScenario(web, mongo);
        var application = call.reviewed("Chimie Verte", 8);
        call.admit(application.id(), call.cohortId).expectStatus().isCreated();

        problem(call.waitlist(application.id()), 409, "already-decided");

        call.get("/api/applications/" + application.id() + "/decision", call.staff).expectStatus().isOk().expectBody()
                .jsonPath("$.decision").isEqualTo("ADMITTED").jsonPath("$.sequence").isEqualTo(1);
    }

    @Test
    void refusesAnUnknownCohortBesideItsField() {
        var call = new DecisionScenario(web, mongo);
        var application = call.reviewed("Chimie Verte", 8);

        problem(call.admit(application.id(), "no-such-cohort"), 400, "invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("cohortId")
                .jsonPath("$.errors[0].reason").isEqualTo("aucune cohorte de votre incubateur n'a cet identifiant");

        assertNothingStored(application.id());
    }

    @Test
    void refusesAnotherIncubatorsCohort() {
        var call = new DecisionScenario(web, mongo);
        var other = new DecisionScenario(web, mongo);
        var application = call.reviewed("Chimie Verte", 8);

        problem(call.admit(application.id(), other.cohortId), 400, "invalid-request").jsonPath("$.errors[0].field").isEqualTo("cohortId");

        assertNothingStored(application.id());
    }

    @Test
    void refusesAFullCohortInEnglish() {
        var call = new DecisionScenario(web, mongo);
        String small = call.cohort(1);
        call.admit(call.reviewed("Un", 9).id(), small).expectStatus().isCreated();
        var second = call.reviewed("Deux", 8);

        call.web.post().uri("/api/applications/{id}/decision", second.id()).header("Authorization", "Bearer " + call.staff)
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"decision": "ADMITTED", "cohortId": "%s", "reasonsFr": "Oui", "reasonsEn": "Yes"}""".formatted(small))
                .exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "cohort-full")
                .jsonPath("$.field").isEqualTo("cohortId")
                .jsonPath("$.detail").isEqualTo("this cohort is full: it takes at most 1 start-ups");

        assertNothingStored(second.id());
    }

    @Test
    void refusesAWithdrawnApplication() {
        var call = new DecisionScenario(web, mongo);
        var application = call.application("Retirée", "WITHDRAWN");

        problem(call.waitlist(application.id()), 409, "application-withdrawn");

        assertNothingStored(application.id());
    }

    @Test
    void refusesADraft() {
        var call = new DecisionScenario(web, mongo);
        var application = call.application("Brouillon", "DRAFT");

        problem(call.waitlist(application.id()), 409, "application-not-submitted");

        assertNothingStored(application.id());
    }

    @Test
    void refusesAnUnknownApplication() {
        var call = new DecisionScenario(web, mongo);

        problem(call.waitlist("no-such-application"), 404, "application-not-found");
    }

    @Test
    void namesEveryMissingField() {
        var call = new DecisionScenario(web, mongo);
        var application = call.reviewed("Chimie Verte", 8);

        problem(call.decide(application.id(), call.staff, "{\"decision\": \"ADMITTED\", \"reasonsFr\": \" \"}"), 400, "invalid-request")
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[0].field").isEqualTo("cohortId")
                .jsonPath("$.errors[1].field").isEqualTo("reasonsFr")
                .jsonPath("$.errors[2].field").isEqualTo("reasonsEn");
        problem(call.decide(application.id(), call.staff, "{\"reasonsFr\": \"a\", \"reasonsEn\": \"b\"}"), 400, "invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("decision");

        assertNothingStored(application.id());
    }

    @Test
    void refusesReasonsTooLong() {
        var call = new DecisionScenario(web, mongo);
        var application = call.reviewed("Chimie Verte", 8);

        problem(call.decide(application.id(), call.staff, """
                {"decision": "REJECTED", "reasonsFr": "%s", "reasonsEn": "Too long"}""".formatted("x".repeat(2_001))), 400,
                "invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("reasonsFr")
                .jsonPath("$.errors[0].reason").isEqualTo("au plus 2000 caractères");

        assertNothingStored(application.id());
    }

    @Test
    void refusesToPromoteWhenNobodyWaits() {
        var call = new DecisionScenario(web, mongo);

        problem(call.post("/api/calls/" + call.callId + "/waitlist/promote", call.staff, """
                {"cohortId": "%s", "reasonsFr": "Une place s'est libérée", "reasonsEn": "A seat came free"}""".formatted(call.cohortId)),
                409, "nobody-waiting");
    }

    @Test
    void refusesATieBreakWithoutSeats() {
        var call = new DecisionScenario(web, mongo);
        call.reviewed("Chimie Verte", 8);

        problem(call.post("/api/calls/" + call.callId + "/tie-break", call.staff, "{\"seats\": 0}"), 400, "invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("seats");
        problem(call.get("/api/calls/" + call.callId + "/tie-break", call.staff), 404, "tie-break-not-found");
    }

    private WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status, String slug) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + slug);
    }

    private void assertNothingStored(String applicationId) {
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(applicationId)), "applications.decisions").block()).isZero();
    }
}
