package org.pepiniere.applications.decisions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

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

/** When an admitted start-up withdraws, the first wait-listed one is admitted; ties at the cut are drawn reproducibly. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class WaitlistAndTieBreakTest {

    private static final String PROMOTION = """
            {"cohortId": "%s", "reasonsFr": "Une place s'est libérée", "reasonsEn": "A seat came free"}""";

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void promotesTheFirstWaitListedOnceAnAdmittedStartupWithdraws() {
        var call = new DecisionScenario(web, mongo);
        String small = call.cohort(1);
        var admitted = call.reviewed("Admise", 9);
        var first = call.reviewed("Première", 7);
        var second = call.reviewed("Seconde", 7);
        call.admit(admitted.id(), small).expectStatus().isCreated();
        String reference = call.waitlist(first.id()).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("startupReference").toString();
        call.waitlist(second.id()).expectStatus().isCreated();
        call.post("/api/calls/" + call.callId + "/waitlist/promote", call.staff, PROMOTION.formatted(small))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/cohort-full");

        call.withdraw(admitted);
        call.post("/api/calls/" + call.callId + "/waitlist/promote", call.staff, PROMOTION.formatted(small))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.applicationId").isEqualTo(first.id())
                .jsonPath("$.decision").isEqualTo("ADMITTED")
                .jsonPath("$.cohortId").isEqualTo(small)
                .jsonPath("$.sequence").isEqualTo(2)
                .jsonPath("$.waitlistPosition").doesNotExist()
                .jsonPath("$.startupReference").isEqualTo(reference);

        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(decided(first.id()))
                .extracting(ApplicationDecided::sequence).containsExactlyInAnyOrder(1, 2));
        var promoted = decided(first.id()).stream().filter(event -> event.sequence() == 2).findFirst().orElseThrow();
        assertThat(promoted.decision()).isEqualTo(ApplicationDecided.Decision.ADMITTED);
        assertThat(promoted.startupReference()).isEqualTo(reference);
        call.get("/api/applications/" + second.id() + "/decision", call.staff).expectStatus().isOk().expectBody()
                .jsonPath("$.decision").isEqualTo("WAITLISTED");
    }

    @Test
    void skipsAWaitListedApplicationWithdrawnSince() {
        var call = new DecisionScenario(web, mongo);
        var gone = call.reviewed("Partie", 7);
        var next = call.reviewed("Suivante", 7);
        call.waitlist(gone.id()).expectStatus().isCreated();
        call.waitlist(next.id()).expectStatus().isCreated();
        call.withdraw(gone);

        call.post("/api/calls/" + call.callId + "/waitlist/promote", call.staff, PROMOTION.formatted(call.cohortId))
                .expectStatus().isOk().expectBody().jsonPath("$.applicationId").isEqualTo(next.id());

        call.post("/api/calls/" + call.callId + "/waitlist/promote", call.staff, PROMOTION.formatted(call.cohortId))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/nobody-waiting");
    }

    @Test
    void drawsTheTieAtTheCutReproduciblyFromTheStoredSeed() throws Exception {
        var call = new DecisionScenario(web, mongo);
        var top = call.reviewed("Première", 10);
        var tied = List.of(call.reviewed("A", 8).id(), call.reviewed("B", 8).id(), call.reviewed("C", 8).id());
        var last = call.reviewed("Dernière", 3);

        var drawn = call.post("/api/calls/" + call.callId + "/tie-break", call.staff, "{\"seats\": 2}").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        String seed = drawn.get("seed").toString();
        assertThat(seed).matches("[0-9a-f]{32}");
        assertThat(drawn.get("cutScore")).isEqualTo(80.0);
        assertThat(drawn.get("algorithm").toString()).contains("SHA-256").contains("seed + \":\" + applicationId");
        var expected = new ArrayList<>(tied);
        expected.sort(Comparator.comparing(id -> sha256Hex(seed + ":" + id)));
        assertThat(drawn.get("tied")).isEqualTo(expected);
        var order = new ArrayList<String>();
        order.add(top.id());
        order.addAll(expected);
        order.add(last.id());
        assertThat(drawn.get("order")).isEqualTo(order);
        Document record = mongo.findOne(Query.query(Criteria.where("_id").is(call.callId)), Document.class,
                "applications.call_decisions").block();
        Document stored = record.get("tieBreak", Document.class);
        assertThat(record.getList("tieBreaks", Document.class)).singleElement().extracting(d -> d.getString("seed")).isEqualTo(seed);
        assertThat(stored.getString("seed")).isEqualTo(seed);
        assertThat(stored.getList("tied", String.class)).isEqualTo(expected);
        call.get("/api/calls/" + call.callId + "/tie-break", call.staff).expectStatus().isOk().expectBody()
                .jsonPath("$.seed").isEqualTo(seed).jsonPath("$.seats").isEqualTo(2);
        call.get("/api/calls/" + call.callId + "/decisions", call.staff).expectStatus().isOk().expectBody()
                .jsonPath("$.tieBreak.seed").isEqualTo(seed);
    }

    @Test
    void keepsEveryDrawAndShowsTheLast() {
        var call = new DecisionScenario(web, mongo);
        call.reviewed("A", 8);
        call.reviewed("B", 8);
        String first = call.post("/api/calls/" + call.callId + "/tie-break", call.staff, "{\"seats\": 1}").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("seed").toString();

        String second = call.post("/api/calls/" + call.callId + "/tie-break", call.staff, "{\"seats\": 1}").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("seed").toString();

        call.get("/api/calls/" + call.callId + "/tie-break", call.staff).expectStatus().isOk().expectBody().jsonPath("$.seed").isEqualTo(second);
        Document record = mongo.findOne(Query.query(Criteria.where("_id").is(call.callId)), Document.class,
                "applications.call_decisions").block();
        assertThat(record.getList("tieBreaks", Document.class)).extracting(d -> d.getString("seed")).containsExactly(first, second);
    }

    @Test
    void listsEveryDrawNewestFirstWithTheCallsDecisions() {
        var call = new DecisionScenario(web, mongo);
        call.reviewed("A", 8);
        call.reviewed("B", 8);
        String first = call.post("/api/calls/" + call.callId + "/tie-break", call.staff, "{\"seats\": 1}").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("seed").toString();
        String second = call.post("/api/calls/" + call.callId + "/tie-break", call.staff, "{\"seats\": 1}").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("seed").toString();

        var read = call.get("/api/calls/" + call.callId + "/decisions", call.staff).expectStatus().isOk().expectBody();

        read.jsonPath("$.tieBreak.seed").isEqualTo(second)
                .jsonPath("$.tieBreaks.length()").isEqualTo(2)
                .jsonPath("$.tieBreaks[0].seed").isEqualTo(second)
                .jsonPath("$.tieBreaks[1].seed").isEqualTo(first)
                .jsonPath("$.tieBreaks[1].tied.length()").isEqualTo(2)
                .jsonPath("$.tieBreaks[1].drawnAt").exists();
    }

    @Test
    void listsNoDrawBeforeTheFirst() {
        var call = new DecisionScenario(web, mongo);
        call.reviewed("A", 8);

        var read = call.get("/api/calls/" + call.callId + "/decisions", call.staff).expectStatus().isOk().expectBody();

        read.jsonPath("$.tieBreak").doesNotExist().jsonPath("$.tieBreaks.length()").isEqualTo(0);
    }

    @Test
    void drawsNothingWhenNoTieCrossesTheCut() {
        var call = new DecisionScenario(web, mongo);
        call.reviewed("A", 9);
        call.reviewed("B", 8);
        call.reviewed("C", 8);

        call.post("/api/calls/" + call.callId + "/tie-break", call.staff, "{\"seats\": 1}").expectStatus().isCreated().expectBody()
                .jsonPath("$.tied.length()").isEqualTo(0)
                .jsonPath("$.cutScore").isEqualTo(90.0)
                .jsonPath("$.order.length()").isEqualTo(3);
    }

    private List<ApplicationDecided> decided(String applicationId) {
        var events = PublishedEvents.ofType(Topics.APPLICATIONS, EventTypes.APPLICATION_DECIDED).stream()
                .filter(event -> applicationId.equals(event.getSubject())).toList();
        events.forEach(EventSchemas::assertConforms);
        return events.stream().map(event -> PublishedEvents.data(event, ApplicationDecided.class)).toList();
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
