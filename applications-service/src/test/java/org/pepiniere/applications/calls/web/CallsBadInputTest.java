package org.pepiniere.applications.calls.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
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

/** Every kind of bad call gets a problem naming its fields, and changes nothing. */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class CallsBadInputTest {

    static final String CALL = CallsApiTest.CALL;
    static final String CRITERION = "{\"id\": \"c%d\", \"name\": {\"fr\": \"C\", \"en\": \"C\"}, \"weight\": 1, \"scaleMin\": 0, \"scaleMax\": 5}";

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    final String staff = TestIdentity.token(UUID.randomUUID().toString(), CallsApiTest.INCUBATOR, Role.STAFF);

    static Map<String, String[]> badCalls() {
        var bad = new LinkedHashMap<String, String[]>();
        bad.put("closing before opening", new String[] {"closesAt", CALL.replace("2099-02-15T22:59:00Z", "2025-12-01T00:00:00Z")});
        bad.put("review deadline before closing", new String[] {"reviewDeadline",
            CALL.replace("2099-03-15T22:59:00+01:00", "2099-02-01T00:00:00Z")});
        bad.put("weight zero", new String[] {"criteria[0].weight", CALL.replace("\"weight\": 3", "\"weight\": 0")});
        bad.put("negative weight", new String[] {"criteria[0].weight", CALL.replace("\"weight\": 3", "\"weight\": -2")});
        bad.put("flat scale", new String[] {"criteria[0].scaleMax", CALL.replace("\"scaleMin\": 1, \"scaleMax\": 5",
            "\"scaleMin\": 5, \"scaleMax\": 5")});
        bad.put("scale too wide", new String[] {"criteria[0].scaleMax", CALL.replace("\"scaleMax\": 5", "\"scaleMax\": 1000")});
        bad.put("no reviews", new String[] {"reviewsPerApplication", CALL.replace("\"reviewsPerApplication\": 3",
            "\"reviewsPerApplication\": 0")});
        bad.put("no seats", new String[] {"seats", CALL.replace("\"seats\": 8", "\"seats\": 0")});
        bad.put("same criterion twice", new String[] {"criteria[1].id", CALL.replace("\"id\": \"team\"", "\"id\": \"innovation\"")});
        bad.put("same question twice", new String[] {"questions[1].id", CALL.replace("\"id\": \"stage\"", "\"id\": \"market\"")});
        bad.put("same option twice", new String[] {"questions[1].options[1].id", CALL.replace("\"id\": \"mvp\"", "\"id\": \"idea\"")});
        bad.put("long text without limit", new String[] {"questions[0].maxLength", CALL.replace(", \"maxLength\": 2000", "")});
        bad.put("operator as criterion id", new String[] {"criteria[0].id", CALL.replace("\"id\": \"innovation\"", "\"id\": \"$where\"")});
        bad.put("path as question id", new String[] {"questions[0].id", CALL.replace("\"id\": \"market\"", "\"id\": \"team.0\"")});
        bad.put("operator object as a title", new String[] {"title.fr", CALL.replace("\"Accélération 2027\"", "{\"$gt\": \"\"}")});
        bad.put("operator key", new String[] {"$set", CALL.replace("{\"title\"", "{\"$set\": {\"status\": \"OPEN\"}, \"title\"")});
        bad.put("unknown field", new String[] {"status", CALL.replace("{\"title\"", "{\"status\": \"OPEN\", \"title\"")});
        bad.put("title too long", new String[] {"title.en", CALL.replace("Acceleration 2027", "x".repeat(201))});
        bad.put("too many criteria", new String[] {"criteria", CALL.replaceAll("(?s)\"criteria\": \\[.*?\\}\\],",
            "\"criteria\": [" + String.join(",", java.util.stream.IntStream.range(0, 21).mapToObj(i -> CRITERION.formatted(i)).toList())
                + "],")});
        bad.put("acceleration without track", new String[] {"programme.track", CALL.replace("\"track\": \"Village by CA\"", "\"track\": \"\"")});
        bad.put("incubation with a track", new String[] {"programme.track", CALL.replace("\"ACCELERATION\"", "\"INCUBATION\"")});
        bad.put("unknown question type", new String[] {"questions[0].type", CALL.replace("LONG_TEXT", "ESSAY")});
        bad.put("not an instant", new String[] {"opensAt", CALL.replace("2026-01-05T08:00:00Z", "5 janvier")});
        bad.put("missing title", new String[] {"title", CALL.replace("\"title\": {\"fr\": \"Accélération 2027\", \"en\": \"Acceleration 2027\"},", "")});
        return bad;
    }

    @Test
    void refusesEveryBadCallNamingItsFieldAndStoresNothing() {
        long before = count();

        badCalls().forEach((why, fieldAndBody) -> create(fieldAndBody[1])
                .expectStatus().value(status -> assertThat(status).as(why).isEqualTo(400))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).as(why)
                        .contains(fieldAndBody[0])));

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void refusesEveryBadEditAndChangesNothing() {
        String id = create(CALL).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();

        badCalls().forEach((why, fieldAndBody) -> web.put().uri("/api/calls/{id}", id).header("Authorization", "Bearer " + staff)
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).bodyValue(fieldAndBody[1]).exchange()
                .expectStatus().value(status -> assertThat(status).as(why).isEqualTo(400)));

        assertThat(stored(id).getLong("version")).isZero();
    }

    @Test
    void namesEveryBrokenRuleAtOnceInTheCallersLanguage() {
        String body = CALL.replace("\"id\": \"team\"", "\"id\": \"innovation\"").replace("\"track\": \"Village by CA\"", "\"track\": \"\"")
                .replace("2099-03-15T22:59:00+01:00", "2099-02-01T00:00:00Z");

        web.post().uri("/api/calls").header("Authorization", "Bearer " + staff).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[?(@.field == 'reviewDeadline')].reason").isEqualTo("must come after the closing date");
    }

    @Test
    void explainsADateOutOfOrderInFrenchByDefault() {
        create(CALL.replace("2099-03-15T22:59:00+01:00", "2099-02-01T00:00:00Z"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Requête invalide")
                .jsonPath("$.errors[0].field").isEqualTo("reviewDeadline")
                .jsonPath("$.errors[0].reason").isEqualTo("doit suivre la date de clôture");
    }

    private WebTestClient.ResponseSpec create(String body) {
        return web.post().uri("/api/calls").header("Authorization", "Bearer " + staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, "calls").block();
    }

    private long count() {
        return mongo.getCollection("calls").flatMap(c -> reactor.core.publisher.Mono.from(c.countDocuments())).block();
    }
}
