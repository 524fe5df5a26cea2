package org.pepiniere.applications.dashboard.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.decisions.ApplicationDecided;
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

/**
 * An admitted start-up that withdraws leaves its cohort's list and totals, whatever order its events arrive in: the
 * cohort is the start-ups in it now, so the list agrees with the seats taken. Its figures stay in the projection.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class WithdrawingFromTheDashboardTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    JsonMapper json;

    DashboardScenario scenario;

    @BeforeEach
    void admittedStartupWithAMentoringSession() {
        scenario = new DashboardScenario(web, mongo, json);
        scenario.publish(scenario.session("session-1", "2099-02-10T09:00:00Z", 90));
    }

    @Test
    void takesAnAdmittedStartupThatWithdrawsOutOfItsCohortAndItsTotals() {
        scenario.publish(scenario.decided(1, Decision.ADMITTED));
        await().atMost(PATIENCE).untilAsserted(() -> scenario.dashboard().jsonPath("$.startups.length()").isEqualTo(1)
                .jsonPath("$.totals.mentoringMinutes").isEqualTo(90));

        scenario.publish(scenario.withdrawn());

        await().atMost(PATIENCE).untilAsserted(() -> scenario.dashboard().jsonPath("$.startups.length()").isEqualTo(0)
                .jsonPath("$.totals.mentoringMinutes").isEqualTo(0)
                .jsonPath("$.series.length()").isEqualTo(0));
        web.get().uri("/api/cohorts/{id}", scenario.cohortId).header("Authorization", "Bearer " + scenario.staff).exchange()
                .expectBody().jsonPath("$.startups.length()").isEqualTo(0);
    }

    @Test
    void keepsOutAStartupWhoseWithdrawalArrivesBeforeItsDecision() {
        var withdrawn = scenario.withdrawn();
        scenario.publish(withdrawn);
        await().atMost(PATIENCE).until(() -> processed(withdrawn.eventId()));

        var decided = scenario.decided(1, Decision.ADMITTED);
        scenario.publish(decided);

        await().atMost(PATIENCE).until(() -> processed(decided.eventId()));
        scenario.dashboard().jsonPath("$.startups.length()").isEqualTo(0).jsonPath("$.totals.mentoringMinutes").isEqualTo(0);
    }

    @Test
    void neverBringsBackAWithdrawnStartupWithARedeliveredWithdrawalOrAnOlderDecision() {
        scenario.publish(scenario.decided(2, Decision.ADMITTED));
        var withdrawn = scenario.withdrawn();
        scenario.publish(withdrawn);
        scenario.publish(withdrawn);
        await().atMost(PATIENCE).untilAsserted(() -> scenario.dashboard().jsonPath("$.startups.length()").isEqualTo(0));

        var older = scenario.decided(1, Decision.ADMITTED);
        scenario.publish(older);

        await().atMost(PATIENCE).until(() -> processed(older.eventId()));
        scenario.dashboard().jsonPath("$.startups.length()").isEqualTo(0);
    }

    @Test
    void showsTheStartupPromotedIntoTheSeatAWithdrawalLeft() {
        scenario.publish(scenario.decided(1, Decision.ADMITTED));
        scenario.publish(scenario.withdrawn());
        await().atMost(PATIENCE).untilAsserted(() -> scenario.dashboard().jsonPath("$.startups.length()").isEqualTo(0));

        String promotedReference = "su-" + UUID.randomUUID();
        scenario.publish(new ApplicationDecided(UUID.randomUUID().toString(), UUID.randomUUID().toString(), Instant.now(),
                scenario.incubator, null, 2, Decision.ADMITTED, scenario.cohortId, promotedReference,
                UUID.randomUUID().toString(), "Promue", "Promoted", List.of()));

        await().atMost(PATIENCE).untilAsserted(() -> scenario.dashboard().jsonPath("$.startups.length()").isEqualTo(1)
                .jsonPath("$.startups[0].startupReference").isEqualTo(promotedReference));
    }

    @Test
    void refusesKpisFromTheFounderOfAWithdrawnStartupAndStoresNothing() {
        scenario.publish(scenario.decided(1, Decision.ADMITTED));
        var withdrawn = scenario.withdrawn();
        scenario.publish(withdrawn);
        await().atMost(PATIENCE).until(() -> processed(withdrawn.eventId()));

        scenario.report(scenario.founder, scenario.reference, "2026-10", DashboardScenario.kpis(2, 0, 0))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/startup-not-found");

        var stored = mongo.findOne(Query.query(Criteria.where("incubatorId").is(scenario.incubator)
                .and("startupReference").is(scenario.reference)), Document.class, "cohort_startups").block();
        org.assertj.core.api.Assertions.assertThat(stored.get("kpis")).isNull();
    }

    private boolean processed(String eventId) {
        var found = mongo.findOne(Query.query(Criteria.where("_id").is("applications-service/" + eventId)), Document.class,
                IdempotentConsumer.COLLECTION).blockOptional();
        return found.isPresent();
    }
}
