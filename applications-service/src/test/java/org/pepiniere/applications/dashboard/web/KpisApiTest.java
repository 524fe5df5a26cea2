package org.pepiniere.applications.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.decisions.ApplicationDecided.Decision;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;

/** A founder reports the KPIs of their own admitted start-up, month by month; staff read them on the dashboard. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class KpisApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    JsonMapper json;

    DashboardScenario scenario;

    @BeforeEach
    void admittedStartup() {
        scenario = new DashboardScenario(web, mongo, json);
        scenario.publish(scenario.decided(1, Decision.ADMITTED));
        await().atMost(PATIENCE).untilAsserted(() -> mine(scenario.founder).expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1));
    }

    @Test
    void letsTheFounderFindTheirAdmittedStartupAndItsCohort() {
        mine(scenario.founder).expectBody()
                .jsonPath("$[0].startupReference").isEqualTo(scenario.reference)
                .jsonPath("$[0].name").isEqualTo("Chlorofil")
                .jsonPath("$[0].cohortId").isEqualTo(scenario.cohortId)
                .jsonPath("$[0].cohortName.fr").isEqualTo("Hiver 2099")
                .jsonPath("$[0].kpis.length()").isEqualTo(0);
    }

    @Test
    void showsTheReportedMonthToTheFounderAndOnTheStaffDashboard() {
        scenario.report(scenario.founder, scenario.reference, "2026-09", DashboardScenario.kpis(1, 0, 120_000)).expectStatus().isNoContent();

        scenario.report(scenario.founder, scenario.reference, "2026-10", DashboardScenario.kpis(2, 5_000_000, 300_000))
                .expectStatus().isNoContent();

        mine(scenario.founder).expectBody()
                .jsonPath("$[0].kpis.length()").isEqualTo(2)
                .jsonPath("$[0].kpis[0].period").isEqualTo("2026-10");
        scenario.dashboard()
                .jsonPath("$.startups[0].latestKpis.period").isEqualTo("2026-10")
                .jsonPath("$.startups[0].latestKpis.jobsCreated").isEqualTo(2)
                .jsonPath("$.startups[0].latestKpis.moneyRaisedCents").isEqualTo(5_000_000)
                .jsonPath("$.totals.jobsCreated").isEqualTo(3)
                .jsonPath("$.totals.revenue.EUR").isEqualTo(420_000)
                .jsonPath("$.series.length()").isEqualTo(2)
                .jsonPath("$.series[1].figures.moneyRaised.EUR").isEqualTo(5_000_000);
    }

    @Test
    void replacesAMonthReportedAgain() {
        scenario.report(scenario.founder, scenario.reference, "2026-10", DashboardScenario.kpis(2, 0, 0)).expectStatus().isNoContent();

        scenario.report(scenario.founder, scenario.reference, "2026-10", DashboardScenario.kpis(3, 0, 0)).expectStatus().isNoContent();

        mine(scenario.founder).expectBody().jsonPath("$[0].kpis.length()").isEqualTo(1)
                .jsonPath("$[0].kpis[0].jobsCreated").isEqualTo(3);
    }

    @Test
    void refusesAnotherFoundersStartupAsIfItDidNotExist() {
        var before = stored();
        String another = TestIdentity.token(UUID.randomUUID().toString(), scenario.incubator, Role.FOUNDER);

        scenario.report(another, scenario.reference, "2026-10", DashboardScenario.kpis(2, 0, 0)).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/startup-not-found");
        mine(another).expectBody().jsonPath("$.length()").isEqualTo(0);

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void refusesTheFounderOfTheSameIdInAnotherIncubator() {
        var before = stored();
        String elsewhere = TestIdentity.token(scenario.founderId, "another-" + scenario.incubator, Role.FOUNDER);

        scenario.report(elsewhere, scenario.reference, "2026-10", DashboardScenario.kpis(2, 0, 0)).expectStatus().isNotFound();
        mine(elsewhere).expectBody().jsonPath("$.length()").isEqualTo(0);

        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "FOUNDER", mode = EnumSource.Mode.EXCLUDE)
    void refusesEveryOtherRoleStaffIncluded(Role role) {
        var before = stored();
        String token = TestIdentity.token(scenario.founderId, scenario.incubator, role);

        scenario.report(token, scenario.reference, "2026-10", DashboardScenario.kpis(2, 0, 0)).expectStatus().isForbidden();
        mine(token).expectStatus().isForbidden();

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void refusesAMonthThatHasNotBegun() {
        var before = stored();
        String next = YearMonth.now(ZoneOffset.UTC).plusMonths(1).toString();

        scenario.report(scenario.founder, scenario.reference, next, DashboardScenario.kpis(2, 0, 0)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("period");

        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-1", "10-2026", "2026-10-01", "$where"})
    void refusesAMalformedMonth(String month) {
        var before = stored();

        scenario.report(scenario.founder, scenario.reference, month, DashboardScenario.kpis(2, 0, 0)).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"jobsCreated\": -1, \"moneyRaisedCents\": 0, \"revenueCents\": 0, \"currency\": \"EUR\"}",
            "{\"jobsCreated\": 1, \"moneyRaisedCents\": -5, \"revenueCents\": 0, \"currency\": \"EUR\"}",
            "{\"jobsCreated\": 1, \"moneyRaisedCents\": 0, \"revenueCents\": -5, \"currency\": \"EUR\"}",
            "{\"jobsCreated\": 1, \"moneyRaisedCents\": 0, \"revenueCents\": 0, \"currency\": \"euro\"}",
            "{\"jobsCreated\": 1, \"moneyRaisedCents\": 0, \"revenueCents\": 0}",
            "{\"jobsCreated\": 1, \"moneyRaisedCents\": 0, \"revenueCents\": 0, \"currency\": \"EUR\", \"$set\": {\"founderId\": \"x\"}}"})
    void refusesBadValues(String body) {
        var before = stored();

        scenario.report(scenario.founder, scenario.reference, "2026-10", body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(stored()).isEqualTo(before);
    }

    private WebTestClient.ResponseSpec mine(String token) {
        return web.get().uri("/api/startups/mine").header("Authorization", "Bearer " + token).exchange();
    }

    private List<Document> stored() {
        return mongo.findAll(Document.class, "cohort_startups").collectList().block();
    }
}
