package org.pepiniere.applications.applying.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.contracts.EventExtensions;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.EventSchemas;
import org.pepiniere.embedded.test.PublishedEvents;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the first requests of a cold service on a busy machine (the API document above all) may take longer than 5 s
@AutoConfigureWebTestClient(timeout = "PT30S")
class ApplyingApiTest {

    static final String INCUBATOR = "imt-mines-ales-enscm";
    static final String DRAFT = """
            {"startupName": "Chlorofil", "summary": "Bio-sourced solvents from vine waste.",
             "sector": "CHEMISTRY", "stage": "PROTOTYPE", "amountSoughtCents": 15000000, "currency": "EUR",
             "answers": {"market": "Cosmetics makers in Occitanie"},
             "team": [{"name": "Camille Martin", "email": "camille@chlorofil.fr", "affiliation": "ENSCM"}]}
            """;

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    final String founderId = UUID.randomUUID().toString();
    final String founder = TestIdentity.token(founderId, INCUBATOR, Role.FOUNDER);
    final String staff = TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, Role.STAFF);

    @Test
    void submitsADraftAndPublishesApplicationSubmittedOnce() {
        String id = draft(founder);

        web.post().uri("/api/applications/{id}/submit", id).header("Authorization", "Bearer " + founder)
                .header("X-Correlation-Id", "corr-" + id)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.status").isEqualTo("SUBMITTED");

        var event = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_SUBMITTED, id);
        EventSchemas.assertConforms(event);
        var data = PublishedEvents.data(event, ApplicationSubmitted.class);
        assertThat(data.founderId()).isEqualTo(founderId);
        assertThat(data.startupName()).isEqualTo("Chlorofil");
        assertThat(event.getId()).isEqualTo(data.eventId());
        assertThat(event.getExtension(EventExtensions.INCUBATOR_ID)).isEqualTo(INCUBATOR);
        assertThat(event.getExtension(EventExtensions.CORRELATION_ID)).isEqualTo("corr-" + id);
        assertThat(new String(event.getData().toBytes())).doesNotContain("Camille", "camille@chlorofil.fr");
        org.awaitility.Awaitility.await().until(() -> outboxOf(id) == 0);
    }

    @Test
    void refusesToSubmitTwice() {
        String id = draft(founder);
        submit(id, founder).expectStatus().isOk();

        submit(id, founder).expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/already-submitted")
                .jsonPath("$.title").isEqualTo("Conflit")
                .jsonPath("$.detail").isEqualTo("Cette candidature a déjà été soumise ; elle ne peut plus changer.");
    }

    @Test
    void refusesASubmissionBasedOnAnOldVersion() {
        String id = draft(founder);

        web.post().uri("/api/applications/{id}/submit", id).header("Authorization", "Bearer " + founder)
                .header("If-Match", "\"7\"")
                .exchange()
                .expectStatus().isEqualTo(412);

        assertStatus(id, "DRAFT");
    }

    @Test
    void hidesAnApplicationFromAnotherFounder() {
        String id = draft(founder);
        String other = TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, Role.FOUNDER);

        web.get().uri("/api/applications/{id}", id).header("Authorization", "Bearer " + other).exchange()
                .expectStatus().isNotFound();
        submit(id, other).expectStatus().isNotFound();
        assertStatus(id, "DRAFT");
    }

    @Test
    void hidesAnApplicationFromTheStaffOfAnotherIncubator() {
        String id = draft(founder);
        String otherStaff = TestIdentity.token(UUID.randomUUID().toString(), "another-incubator", Role.STAFF);

        web.get().uri("/api/applications/{id}", id).header("Authorization", "Bearer " + otherStaff).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void showsStaffEveryApplicationOfTheirIncubator() {
        String id = draft(founder);

        web.get().uri("/api/applications?limit=200").header("Authorization", "Bearer " + staff).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == '" + id + "')].startupName").isEqualTo("Chlorofil");
    }

    @Test
    void letsOnlyFoundersDraft() {
        long before = count();

        create(TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, Role.JUROR), DRAFT)
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void refusesEveryMalformedDraftAndStoresNothing() {
        long before = count();
        Map<String, String> bad = Map.of(
                "malformed JSON", "{\"startupName\": ",
                "missing name", DRAFT.replace("\"startupName\": \"Chlorofil\",", ""),
                "wrong type", DRAFT.replace("15000000", "\"a lot\""),
                "unknown sector", DRAFT.replace("CHEMISTRY", "ALCHEMY"),
                "operator key", DRAFT.replace("\"market\"", "\"$where\""),
                "path key", DRAFT.replace("\"market\"", "\"team.0\""),
                "operator object as a value", DRAFT.replace("\"Chlorofil\"", "{\"$gt\": \"\"}"),
                "unknown field", DRAFT.replace("{\"startupName\"", "{\"status\": \"SUBMITTED\", \"startupName\""),
                "bad email", DRAFT.replace("camille@chlorofil.fr", "camille"),
                "body over the limit", DRAFT.replace("Bio-sourced", "x".repeat(1_100_000)));

        bad.forEach((why, body) -> create(founder, body)
                .expectStatus().value(status -> assertThat(status).as(why).isIn(400, 413))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void refusesRequestsWithoutAValidToken() {
        long before = count();

        web.post().uri("/api/applications").contentType(MediaType.APPLICATION_JSON).bodyValue(DRAFT).exchange()
                .expectStatus().isUnauthorized();
        create(TestIdentity.expiredToken(founderId, INCUBATOR, Role.FOUNDER), DRAFT).expectStatus().isUnauthorized();
        create(TestIdentity.tamperedToken(founderId, INCUBATOR, Role.FOUNDER), DRAFT).expectStatus().isUnauthorized();

        assertThat(count()).isEqualTo(before);
    }

    private String draft(String token) {
        return create(token, DRAFT)
                .expectStatus().isCreated()
                .expectHeader().valueEquals("ETag", "\"0\"")
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private WebTestClient.ResponseSpec create(String token, String body) {
        return web.post().uri("/api/applications").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec submit(String id, String token) {
        return web.post().uri("/api/applications/{id}/submit", id).header("Authorization", "Bearer " + token).exchange();
    }

    private void assertStatus(String id, String status) {
        web.get().uri("/api/applications/{id}", id).header("Authorization", "Bearer " + founder).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo(status);
    }

    private long count() {
        return mongo.getCollection("applications").flatMap(c -> reactor.core.publisher.Mono.from(c.countDocuments())).block();
    }

    private int outboxOf(String id) {
        var document = mongo.findById(id, org.bson.Document.class, "applications").block();
        return document.getList("outbox", Object.class).size();
    }
}
