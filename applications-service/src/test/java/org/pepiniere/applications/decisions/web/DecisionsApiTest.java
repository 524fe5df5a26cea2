package org.pepiniere.applications.decisions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.decisions.ApplicationDecided;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.EventSchemas;
import org.pepiniere.embedded.test.PublishedEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Staff decide: admitted into a cohort, wait-listed in order, rejected; the event says only what each bank may read. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class DecisionsApiTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void admitsIntoACohortAndAnnouncesItWithTheConsentedBanksDisclosuresOnly() {
        var call = new DecisionScenario(web, mongo);
        var application = call.reviewed("Chimie Verte", 8);
        call.consent(application.id(), "bank-consented", true);
        call.consent(application.id(), "bank-withdrawn", false);

        call.admit(application.id(), call.cohortId).expectStatus().isCreated().expectBody()
                .jsonPath("$.decision").isEqualTo("ADMITTED")
                .jsonPath("$.cohortId").isEqualTo(call.cohortId)
                .jsonPath("$.sequence").isEqualTo(1)
                .jsonPath("$.reasonsFr").isEqualTo("Équipe solide")
                .jsonPath("$.reasonsEn").isEqualTo("Strong team")
                .jsonPath("$.startupReference").value(reference -> assertThat((String) reference).startsWith("su-"));

        var event = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_DECIDED, application.id());
        EventSchemas.assertConforms(event);
        var decided = PublishedEvents.data(event, ApplicationDecided.class);
        assertThat(decided.sequence()).isEqualTo(1);
        assertThat(decided.decision()).isEqualTo(ApplicationDecided.Decision.ADMITTED);
        assertThat(decided.cohortId()).isEqualTo(call.cohortId);
        assertThat(decided.founderId()).isEqualTo(application.founderId());
        assertThat(decided.callId()).isEqualTo(call.callId);
        assertThat(decided.disclosures()).containsExactly(
                new ApplicationDecided.Disclosure("bank-consented", "Chimie Verte", 15_000_000L, "EUR"));
        assertThat(stored(application.id()).getString("startupReference")).isEqualTo(decided.startupReference());
    }

    @Test
    void announcesNoDisclosureWhenTheFounderConsentedToNoBank() {
        var call = new DecisionScenario(web, mongo);
        var application = call.reviewed("Lumen", 5);

        call.decide(application.id(), call.staff, """
                {"decision": "REJECTED", "reasonsFr": "Marché trop étroit", "reasonsEn": "Market too narrow"}""")
                .expectStatus().isCreated().expectBody().jsonPath("$.decision").isEqualTo("REJECTED")
                .jsonPath("$.cohortId").doesNotExist();

        var event = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_DECIDED, application.id());
        EventSchemas.assertConforms(event);
        var decided = PublishedEvents.data(event, ApplicationDecided.class);
        assertThat(decided.disclosures()).isEmpty();
        assertThat(decided.cohortId()).isNull();
        assertThat(new String(event.getData().toBytes())).doesNotContain("Lumen");
    }

    @Test
    void givesEachWaitListedApplicationTheNextPlace() {
        var call = new DecisionScenario(web, mongo);
        var first = call.reviewed("Un", 6);
        var second = call.reviewed("Deux", 6);

        call.waitlist(first.id()).expectStatus().isCreated().expectBody().jsonPath("$.waitlistPosition").isEqualTo(1);
        call.waitlist(second.id()).expectStatus().isCreated().expectBody().jsonPath("$.waitlistPosition").isEqualTo(2);

        call.get("/api/calls/" + call.callId + "/decisions", call.staff).expectStatus().isOk().expectBody()
                .jsonPath("$.decisions.length()").isEqualTo(2)
                .jsonPath("$.decisions[?(@.applicationId == '" + second.id() + "')].waitlistPosition").isEqualTo(List.of(2))
                .jsonPath("$.tieBreak").doesNotExist();
    }

    @Test
    void letsTheFounderReadTheDecisionAndItsReasons() {
        var call = new DecisionScenario(web, mongo);
        var application = call.reviewed("Vélo Libre", 9);
        call.admit(application.id(), call.cohortId).expectStatus().isCreated();

        call.get("/api/applications/" + application.id() + "/decision", application.founderToken()).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.decision").isEqualTo("ADMITTED")
                .jsonPath("$.reasonsFr").isEqualTo("Équipe solide")
                .jsonPath("$.reasonsEn").isEqualTo("Strong team");
    }

    @Test
    void fillsTheExportsDecisionColumn() {
        var call = new DecisionScenario(web, mongo);
        var application = call.reviewed("Chimie Verte", 8);
        call.admit(application.id(), call.cohortId).expectStatus().isCreated();

        String csv = web.get().uri("/api/calls/" + call.callId + "/ranking.csv").header("Authorization", "Bearer " + call.staff)
                .header("Accept-Language", "en").exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();

        assertThat(csv).contains("Admitted");
    }

    private Document stored(String applicationId) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(applicationId)), Document.class, "applications.decisions").block();
    }
}
