package org.pepiniere.applications.applying.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pepiniere.applications.ApplicationsService;
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

/** A founder applies to an open call of their incubator, and submits only a complete application while it is open. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class ApplyingToACallApiTest {

    static final String INCUBATOR = ApplyingApiTest.INCUBATOR;
    /** A call asking a required long text "market", a required number "jobs" and an optional choice "stage". */
    static final String CALL = """
            {"title": {"fr": "Incubation 2027", "en": "Incubation 2027"}, "description": {"fr": "D", "en": "D"},
             "opensAt": "2026-01-05T08:00:00Z", "closesAt": "2099-02-15T22:59:00Z", "reviewDeadline": "2099-03-15T22:59:00Z",
             "seats": 8, "programme": {"kind": "INCUBATION"}, "reviewsPerApplication": 3,
             "criteria": [{"id": "innovation", "name": {"fr": "Innovation", "en": "Innovation"}, "weight": 3, "scaleMin": 1, "scaleMax": 5}],
             "questions": [{"id": "market", "label": {"fr": "Marché", "en": "Market"}, "type": "LONG_TEXT", "required": true, "maxLength": 2000},
                           {"id": "jobs", "label": {"fr": "Emplois", "en": "Jobs"}, "type": "NUMBER", "required": true},
                           {"id": "stage", "label": {"fr": "Stade", "en": "Stage"}, "type": "SINGLE_CHOICE", "required": false,
                            "options": [{"id": "idea", "label": {"fr": "Idée", "en": "Idea"}}, {"id": "mvp", "label": {"fr": "MVP", "en": "MVP"}}]}]}
            """;

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    final String founderId = UUID.randomUUID().toString();
    final String founder = TestIdentity.token(founderId, INCUBATOR, Role.FOUNDER);
    final String staff = TestIdentity.token(UUID.randomUUID().toString(), INCUBATOR, Role.STAFF);

    @Test
    void submitsACompleteApplicationToAnOpenCallAndNamesTheCallInTheEvent() {
        String call = openCall();
        String id = draft(call, "\"answers\": {\"market\": \"Cosmetics makers\", \"jobs\": \"4\"}");

        submit(id).expectStatus().isOk().expectBody().jsonPath("$.callId").isEqualTo(call);

        var event = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_SUBMITTED, id);
        EventSchemas.assertConforms(event);
        assertThat(PublishedEvents.data(event, ApplicationSubmitted.class).callId()).isEqualTo(call);
    }

    @Test
    void announcesTheNeedsTheTeamsAffiliationsAndTheProgrammeOfTheCall() {
        String call = openCall();
        String id = draft(call, "\"needs\": [\"Chimie\", \"levée de fonds\"], "
                + "\"answers\": {\"market\": \"Cosmetics makers\", \"jobs\": \"4\"}");

        submit(id).expectStatus().isOk();

        var event = PublishedEvents.awaitEvent(Topics.APPLICATIONS, EventTypes.APPLICATION_SUBMITTED, id);
        EventSchemas.assertConforms(event);
        var data = PublishedEvents.data(event, ApplicationSubmitted.class);
        assertThat(data.needs()).containsExactly("chimie", "levée de fonds");
        assertThat(data.teamAffiliations()).containsExactly("ENSCM");
        assertThat(data.programme()).isEqualTo("INCUBATION");
        assertThat(data.amountSoughtCents()).isEqualTo(15_000_000L);
        assertThat(new String(event.getData().toBytes())).doesNotContain("Camille", "camille@chlorofil.fr");
    }

    @Test
    void refusesAnOperatorKeyAmongTheAnswersToACall() {
        String call = openCall();

        create(call, "\"answers\": {\"$where\": \"1\", \"market\": \"Cosmetics\"}").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").value(field -> assertThat((String) field).startsWith("answers"));
    }

    @Test
    void namesEveryMissingOrMistypedFieldAndKeepsTheDraft() {
        String call = openCall();
        String id = draft(call, "\"answers\": {\"jobs\": \"four\", \"stage\": \"bootcamp\"}, \"team\": []");

        submit(id).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString())
                        .contains("answers.market", "answers.jobs", "answers.stage", "team"))
                .jsonPath("$.errors[?(@.field == 'answers.market')].reason").isEqualTo("cette question de l'appel demande une réponse");

        assertThat(stored(id).getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void refusesToSubmitOnceTheCallIsClosed() {
        String call = openCall();
        String id = draft(call, "\"answers\": {\"market\": \"Cosmetics makers\", \"jobs\": \"4\"}");
        web.post().uri("/api/calls/{id}/close", call).header("Authorization", "Bearer " + staff).exchange().expectStatus().isOk();

        submit(id).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/call-not-open");

        assertThat(stored(id).getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void refusesADraftForACallThatIsNotOpen() {
        String draftCall = prepareCall();
        String otherIncubatorCall = openCall(TestIdentity.token(UUID.randomUUID().toString(), "another-incubator", Role.STAFF));

        for (String callId : new String[] {draftCall, otherIncubatorCall, "no-such-call"}) {
            create(callId, "\"answers\": {}").expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("callId");
        }
    }

    private String prepareCall() {
        return prepareCall(staff);
    }

    private String prepareCall(String token) {
        return web.post().uri("/api/calls").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CALL).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private String openCall() {
        return openCall(staff);
    }

    private String openCall(String token) {
        String id = prepareCall(token);
        web.post().uri("/api/calls/{id}/open", id).header("Authorization", "Bearer " + token).exchange().expectStatus().isOk();
        return id;
    }

    private String draft(String callId, String answersAndTeam) {
        return create(callId, answersAndTeam).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private WebTestClient.ResponseSpec create(String callId, String answersAndTeam) {
        String body = ApplyingApiTest.DRAFT.replace("{\"startupName\"", "{\"callId\": \"" + callId + "\", \"startupName\"")
                .replace("\"answers\": {\"market\": \"Cosmetics makers in Occitanie\"}", answersAndTeam);
        if (answersAndTeam.contains("\"team\"")) {
            body = body.replaceAll("(?s),\\s*\"team\": \\[\\{.*?\\}\\]", "");
        }
        return web.post().uri("/api/applications").header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec submit(String id) {
        return web.post().uri("/api/applications/{id}/submit", id).header("Authorization", "Bearer " + founder).exchange();
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, "applications").block();
    }
}
