package org.pepiniere.applications.calls.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.calls.Transition;
import org.pepiniere.contracts.EventExtensions;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.calls.CallClosed;
import org.pepiniere.contracts.calls.CallOpened;
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
@AutoConfigureWebTestClient(timeout = "PT30S")
class CallsApiTest {

    static final String INCUBATOR = "imt-mines-ales-enscm";
    static final String CALL = """
            {"title": {"fr": "Accélération 2027", "en": "Acceleration 2027"},
             "description": {"fr": "Six mois au Village by CA.", "en": "Six months at the Village by CA."},
             "opensAt": "2026-01-05T08:00:00Z", "closesAt": "2099-02-15T22:59:00Z", "reviewDeadline": "2099-03-15T22:59:00+01:00",
             "seats": 8, "programme": {"kind": "ACCELERATION", "track": "Village by CA"}, "reviewsPerApplication": 3,
             "criteria": [{"id": "innovation", "name": {"fr": "Innovation", "en": "Innovation"}, "weight": 3, "scaleMin": 1, "scaleMax": 5},
                          {"id": "team", "name": {"fr": "Équipe", "en": "Team"}, "weight": 2, "scaleMin": 0, "scaleMax": 10}],
             "questions": [{"id": "market", "label": {"fr": "Votre marché", "en": "Your market"}, "type": "LONG_TEXT",
                            "required": true, "maxLength": 2000},
                           {"id": "stage", "label": {"fr": "Stade", "en": "Stage"}, "type": "SINGLE_CHOICE", "required": false,
                            "options": [{"id": "idea", "label": {"fr": "Idée", "en": "Idea"}},
                                        {"id": "mvp", "label": {"fr": "Produit minimal", "en": "MVP"}}]}],
             "blindReview": true}
            """;

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Calls calls;

    final String staff = TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, Role.STAFF);

    @Test
    void preparesADraftCallWithItsVersion() {
        web.post().uri("/api/calls").header("Authorization", "Bearer " + staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CALL).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("ETag", "\"0\"")
                .expectHeader().value("Location", location -> assertThat(location).startsWith("/api/calls/"))
                .expectBody()
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.title.en").isEqualTo("Acceleration 2027")
                .jsonPath("$.reviewDeadline").isEqualTo("2099-03-15T21:59:00Z")
                .jsonPath("$.programme.track").isEqualTo("Village by CA")
                .jsonPath("$.criteria[1].scaleMax").isEqualTo(10)
                .jsonPath("$.questions[1].options[1].label.en").isEqualTo("MVP")
                .jsonPath("$.blindReview").isEqualTo(true);
    }

    @Test
    void editsADraftAtTheVersionStaffRead() {
        String id = prepare();

        edit(id, staff, "\"0\"", CALL.replace("\"seats\": 8", "\"seats\": 12"))
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.seats").isEqualTo(12);

        assertThat(stored(id).getLong("version")).isEqualTo(1);
    }

    @Test
    void refusesAnEditMadeFromAVersionSomeoneElseReplaced() {
        String id = prepare();
        edit(id, staff, "\"0\"", CALL.replace("\"seats\": 8", "\"seats\": 12")).expectStatus().isOk();

        edit(id, staff, "\"0\"", CALL.replace("\"seats\": 8", "\"seats\": 3"))
                .expectStatus().isEqualTo(412)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/changed-meanwhile");

        assertThat(stored(id).get("details", Document.class).getInteger("seats")).isEqualTo(12);
    }

    @Test
    void asksForTheVersionOfAnEdit() {
        String id = prepare();

        web.put().uri("/api/calls/{id}", id).header("Authorization", "Bearer " + staff).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CALL).exchange()
                .expectStatus().isEqualTo(428)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("Send in the If-Match"));
    }

    @Test
    void refusesToEditAnOpenCall() {
        String id = prepare();
        act(id, "open", staff).expectStatus().isOk();

        edit(id, staff, "\"1\"", CALL.replace("\"seats\": 8", "\"seats\": 12"))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/call-not-draft")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("brouillon"));

        assertThat(stored(id).get("details", Document.class).getInteger("seats")).isEqualTo(8);
    }

    @Test
    void opensACallAndPublishesCallOpenedOnce() {
        String id = prepare();

        act(id, "open", staff).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.status").isEqualTo("OPEN").jsonPath("$.acceptingApplications").isEqualTo(true);

        var event = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.CALL_OPENED, id);
        EventSchemas.assertConforms(event);
        var data = PublishedEvents.data(event, CallOpened.class);
        assertThat(data.titleFr()).isEqualTo("Accélération 2027");
        assertThat(data.track()).isEqualTo("Village by CA");
        assertThat(data.reviewsPerApplication()).isEqualTo(3);
        assertThat(event.getExtension(EventExtensions.INCUBATOR_ID)).isEqualTo(INCUBATOR);
        Awaitility.await().until(() -> stored(id).getList("outbox", Object.class).isEmpty());
        assertThat(PublishedEvents.ofType(Topics.APPLICATIONS, EventTypes.CALL_OPENED))
                .filteredOn(e -> id.equals(e.getSubject())).hasSize(1);
    }

    @Test
    void closesAnOpenCallAndPublishesCallClosed() {
        String id = prepare();
        act(id, "open", staff).expectStatus().isOk();

        act(id, "close", staff).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CLOSED");

        var event = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.CALL_CLOSED, id);
        EventSchemas.assertConforms(event);
        assertThat(PublishedEvents.data(event, CallClosed.class).titleEn()).isEqualTo("Acceleration 2027");
    }

    @Test
    void refusesToOpenACallTwiceOrToCloseADraft() {
        String draft = prepare();
        act(draft, "close", staff).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/call-not-open");
        String open = prepare();
        act(open, "open", staff).expectStatus().isOk();

        act(open, "open", staff).expectStatus().isEqualTo(409);

        assertThat(stored(draft).getString("status")).isEqualTo("DRAFT");
        assertThat(stored(open).getLong("version")).isEqualTo(1);
    }

    @Test
    void refusesToOpenACallWithoutAGrid() {
        String id = prepare(CALL.replaceAll("(?s)\"criteria\": \\[.*?\\}\\],", "\"criteria\": [],"));

        act(id, "open", staff).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/call-without-grid");

        assertThat(stored(id).getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void refusesToOpenFromAStaleVersion() {
        String id = prepare();

        web.post().uri("/api/calls/{id}/open", id).header("Authorization", "Bearer " + staff).header("If-Match", "\"4\"")
                .exchange().expectStatus().isEqualTo(412);

        assertThat(stored(id).getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void opensACallOnceWhenTwoStaffOpenItAtTheSameTime() {
        String id = prepare();
        var draft = calls.find(INCUBATOR, new CallId(id)).block();
        var opening = (Transition.Accepted) draft.open(UUID.randomUUID().toString(), Instant.now());

        var first = calls.saveOpened(opening.call(), 0, (CallOpened) opening.event()).blockOptional();
        var second = calls.saveOpened(opening.call(), 0, (CallOpened) opening.event()).blockOptional();

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(stored(id).getLong("version")).isEqualTo(1);
    }

    @Test
    void answersAnUnknownCallWithNotFound() {
        web.get().uri("/api/calls/{id}", UUID.randomUUID()).header("Authorization", "Bearer " + staff).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/call-not-found");
    }

    private String prepare() {
        return prepare(CALL);
    }

    String prepare(String body) {
        return web.post().uri("/api/calls").header("Authorization", "Bearer " + staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    WebTestClient.ResponseSpec edit(String id, String token, String ifMatch, String body) {
        return web.put().uri("/api/calls/{id}", id).header("Authorization", "Bearer " + token).header("If-Match", ifMatch)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec act(String id, String action, String token) {
        return web.post().uri("/api/calls/{id}/" + action, id).header("Authorization", "Bearer " + token).exchange();
    }

    Document stored(String id) {
        return mongo.findById(id, Document.class, "calls").block();
    }
}
