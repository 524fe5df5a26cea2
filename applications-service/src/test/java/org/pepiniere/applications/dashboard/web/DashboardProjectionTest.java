package org.pepiniere.applications.dashboard.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.decisions.ApplicationDecided.Decision;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.platform.events.IdempotentConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;

/** The dashboard is a projection of the events the real consumer reads from the broker. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class DashboardProjectionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    JsonMapper json;

    DashboardScenario scenario;

    @BeforeEach
    void plannedCohort() {
        scenario = new DashboardScenario(web, mongo, json);
    }

    @Test
    void showsZerosBeforeAnyEvent() {
        scenario.dashboard()
                .jsonPath("$.cohortId").isEqualTo(scenario.cohortId)
                .jsonPath("$.startups.length()").isEqualTo(0)
                .jsonPath("$.totals.mentoringMinutes").isEqualTo(0)
                .jsonPath("$.totals.mentoringHours").isEqualTo(0.0)
                .jsonPath("$.totals.granted").isEmpty()
                .jsonPath("$.totals.jobsCreated").isEqualTo(0)
                .jsonPath("$.series.length()").isEqualTo(0);
    }

    @Test
    void admitsTheStartupIntoItsCohortUnderTheNameOfItsApplication() {
        scenario.publish(scenario.decided(1, Decision.ADMITTED));

        await().atMost(PATIENCE).untilAsserted(() -> scenario.dashboard()
                .jsonPath("$.startups.length()").isEqualTo(1)
                .jsonPath("$.startups[0].startupReference").isEqualTo(scenario.reference)
                .jsonPath("$.startups[0].name").isEqualTo("Chlorofil")
                .jsonPath("$.startups[0].figures.mentoringMinutes").isEqualTo(0)
                .jsonPath("$.startups[0].latestKpis").doesNotExist());
        web.get().uri("/api/cohorts/{id}", scenario.cohortId).header("Authorization", "Bearer " + scenario.staff).exchange()
                .expectBody().jsonPath("$.startups[0].name").isEqualTo("Chlorofil")
                .jsonPath("$.startups[0].applicationId").isEqualTo(scenario.applicationId);
    }

    @Test
    void takesTheStartupOutWhenALaterDecisionWaitlistsIt() {
        scenario.publish(scenario.decided(1, Decision.ADMITTED));
        await().atMost(PATIENCE).untilAsserted(() -> scenario.dashboard().jsonPath("$.startups.length()").isEqualTo(1));

        scenario.publish(scenario.decided(2, Decision.WAITLISTED));

        await().atMost(PATIENCE).untilAsserted(() -> scenario.dashboard().jsonPath("$.startups.length()").isEqualTo(0));
    }

    @Test
    void neverAppliesAnOlderDecisionDeliveredAfterANewerOne() {
        scenario.publish(scenario.decided(2, Decision.ADMITTED));
        await().atMost(PATIENCE).untilAsserted(() -> scenario.dashboard().jsonPath("$.startups.length()").isEqualTo(1));

        var older = scenario.decided(1, Decision.REJECTED);
        scenario.publish(older);

        await().atMost(PATIENCE).until(() -> processed(older.eventId()));
        scenario.dashboard().jsonPath("$.startups.length()").isEqualTo(1)
                .jsonPath("$.startups[0].startupReference").isEqualTo(scenario.reference);
    }

    @Test
    void keepsMentoringAndFundingThatArriveBeforeTheDecisionAndCountsEachOnce() {
        var session = scenario.session("session-1", "2099-02-10T09:00:00Z", 90);
        scenario.publish(session);
        scenario.publish(session);
        scenario.publish(scenario.session("session-1", "2099-02-10T09:00:00Z", 90));
        scenario.publish(scenario.session("session-2", "2099-04-05T14:00:00Z", 60));
        scenario.publish(scenario.funding("funding-1", "2099-02-20T10:00:00Z", 1_500_000));
        scenario.publish(scenario.tranche("funding-1", 1, "2099-03-01T10:00:00Z", 750_000));
        scenario.publish(scenario.tranche("funding-1", 1, "2099-03-01T10:00:00Z", 750_000));

        scenario.publish(scenario.decided(1, Decision.ADMITTED));

        await().atMost(PATIENCE).untilAsserted(() -> scenario.dashboard()
                .jsonPath("$.startups[0].figures.mentoringMinutes").isEqualTo(150)
                .jsonPath("$.startups[0].figures.mentoringHours").isEqualTo(2.5)
                .jsonPath("$.startups[0].figures.granted.EUR").isEqualTo(1_500_000)
                .jsonPath("$.startups[0].figures.released.EUR").isEqualTo(750_000)
                .jsonPath("$.totals.mentoringMinutes").isEqualTo(150)
                .jsonPath("$.totals.granted.EUR").isEqualTo(1_500_000)
                .jsonPath("$.series.length()").isEqualTo(3)
                .jsonPath("$.series[0].month").isEqualTo("2099-02")
                .jsonPath("$.series[0].figures.mentoringMinutes").isEqualTo(90)
                .jsonPath("$.series[0].figures.granted.EUR").isEqualTo(1_500_000)
                .jsonPath("$.series[1].month").isEqualTo("2099-03")
                .jsonPath("$.series[1].figures.mentoringMinutes").isEqualTo(0)
                .jsonPath("$.series[1].figures.released.EUR").isEqualTo(750_000)
                .jsonPath("$.series[2].month").isEqualTo("2099-04")
                .jsonPath("$.series[2].figures.mentoringMinutes").isEqualTo(60));
    }

    @Test
    void showsNothingOfAStartupAdmittedIntoAnotherCohort() {
        var elsewhere = scenario.decided(1, Decision.ADMITTED);
        scenario.publish(new org.pepiniere.contracts.decisions.ApplicationDecided(elsewhere.eventId(), elsewhere.applicationId(),
                elsewhere.occurredAt(), elsewhere.incubatorId(), null, 1, Decision.ADMITTED, "another-cohort",
                elsewhere.startupReference(), elsewhere.founderId(), "R", "R", java.util.List.of()));

        await().atMost(PATIENCE).until(() -> processed(elsewhere.eventId()));
        scenario.dashboard().jsonPath("$.startups.length()").isEqualTo(0);
    }

    private boolean processed(String eventId) {
        var found = mongo.findOne(Query.query(Criteria.where("_id").is("applications-service/" + eventId)), Document.class,
                IdempotentConsumer.COLLECTION).blockOptional();
        return found.isPresent();
    }
}
