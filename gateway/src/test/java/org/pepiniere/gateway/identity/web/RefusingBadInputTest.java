package org.pepiniere.gateway.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.identity.UserRegistered;
import org.pepiniere.embedded.test.PublishedEvents;
import org.pepiniere.gateway.identity.DemoTenant;
import org.pepiniere.gateway.identity.mongo.MongoUsers;
import org.pepiniere.gateway.support.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;

/** Every bad request gets a problem+json answer, and leaves no user and no event behind. */
class RefusingBadInputTest extends GatewayTest {

    private static final String VALID = "\"email\": \"bad-input@example.org\", \"password\": \"a long enough secret\", "
            + "\"displayName\": \"Bad Input\"";

    @Autowired
    ReactiveMongoTemplate mongo;

    private long usersBefore;

    @BeforeEach
    void countTheUsers() {
        usersBefore = users();
    }

    @AfterEach
    void nothingWasStoredNorAnnounced() {
        assertThat(users()).isEqualTo(usersBefore);
        assertThat(PublishedEvents.ofType(Topics.IDENTITY, EventTypes.USER_REGISTERED))
                .noneMatch(event -> PublishedEvents.data(event, UserRegistered.class).email().startsWith("bad-input"));
    }

    private long users() {
        return mongo.count(new Query(), MongoUsers.COLLECTION).block();
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                Arguments.of("malformed JSON", "{" + VALID + ", ", 400, "malformed-json", null),
                Arguments.of("no body at all", "", 400, "bad-request", null),
                Arguments.of("a JSON array", "[]", 400, "malformed-json", null),
                Arguments.of("missing password and name", "{\"email\": \"bad-input@example.org\"}", 400, "invalid-request", "password"),
                Arguments.of("a password of the wrong type", "{\"email\": \"bad-input@example.org\", \"password\": [\"x\"], "
                        + "\"displayName\": \"Bad Input\"}", 400, "invalid-request", "password"),
                Arguments.of("an unknown field", "{" + VALID + ", \"roles\": [\"STAFF\"]}", 400, "invalid-request", "roles"),
                Arguments.of("a too short password", "{\"email\": \"bad-input@example.org\", \"password\": \"short\", "
                        + "\"displayName\": \"Bad Input\"}", 400, "invalid-request", "password"),
                Arguments.of("an invalid email", "{\"email\": \"bad-input.example.org\", \"password\": \"a long enough secret\", "
                        + "\"displayName\": \"Bad Input\"}", 400, "invalid-request", "email"),
                Arguments.of("an unknown language", "{" + VALID + ", \"language\": \"de\"}", 400, "invalid-request", "language"),
                Arguments.of("an operator instead of an email", "{\"email\": {\"$gt\": \"\"}, \"password\": \"a long enough secret\", "
                        + "\"displayName\": \"Bad Input\"}", 400, "invalid-request", "email"),
                Arguments.of("an operator as a field", "{" + VALID + ", \"$where\": \"1\"}", 400, "invalid-request", "$where"),
                Arguments.of("an unknown incubator", "{" + VALID + ", \"incubatorId\": \"nowhere\"}", 422, "unknown-incubator", null),
                Arguments.of("a malformed incubator id", "{" + VALID + ", \"incubatorId\": \"../../x\"}", 400, "invalid-request", "incubatorId"),
                Arguments.of("a body over the limit", "{" + VALID + ", \"language\": \"" + "x".repeat(1_100_000) + "\"}", 413,
                        "payload-too-large", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void refusesARegistrationWith(String what, String body, int status, String problem, String field) {
        var answer = web.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();

        expectProblem(answer, status, problem, field);
    }

    @Test
    void refusesATextBody() {
        var answer = web.post().uri("/api/auth/register").contentType(MediaType.TEXT_PLAIN).bodyValue("{" + VALID + "}")
                .exchange();

        answer.expectStatus().isEqualTo(415).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesAStreamedBodyOverTheLimit() {
        var chunks = Flux.range(0, 40).map(i -> i == 0 ? "{" + VALID + ", \"language\": \"" : "x".repeat(30_000));

        var answer = web.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON).body(chunks, String.class)
                .exchange();

        expectProblem(answer, 413, null, null);
    }

    @Test
    void answersARegistrationForAnEmailThatAlreadyHasAnAccountWithoutSayingSo() {
        var answer = web.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": \"FOUNDER@pepiniere.demo\", \"password\": \"a long enough secret\", \"displayName\": \"Twin\"}")
                .exchange();

        answer.expectStatus().isAccepted()
                .expectBody().jsonPath("$.email").isEqualTo("founder@pepiniere.demo").jsonPath("$.type").doesNotExist();
        logIn("founder@pepiniere.demo", "demo-pepiniere");
    }

    @Test
    void refusesAUserOfAnUnknownRole() {
        String staff = logIn("staff@pepiniere.demo", DemoTenant.PASSWORD);

        var answer = web.post().uri("/api/auth/users").contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.setBearerAuth(staff))
                .bodyValue("{" + VALID + ", \"roles\": [\"ADMIN\"]}")
                .exchange();

        expectProblem(answer, 400, "invalid-request", "roles[0]");
    }

    @Test
    void refusesABankUserWithoutAnOrganisation() {
        String staff = logIn("staff@pepiniere.demo", DemoTenant.PASSWORD);

        var answer = web.post().uri("/api/auth/users").contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.setBearerAuth(staff))
                .bodyValue("{" + VALID + ", \"roles\": [\"BANK\"]}")
                .exchange();

        expectProblem(answer, 400, "invalid-request", "organisationId");
    }

    @Test
    void refusesALoginWithoutPassword() {
        var answer = web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": \"staff@pepiniere.demo\"}")
                .exchange();

        expectProblem(answer, 400, "invalid-request", "password");
    }

    @Test
    void refusesALoginWithAnOperatorForPassword() {
        var answer = web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": \"staff@pepiniere.demo\", \"password\": {\"$ne\": \"\"}}")
                .exchange();

        expectProblem(answer, 400, "invalid-request", "password");
    }

    private static void expectProblem(WebTestClient.ResponseSpec answer, int status, String problem, String field) {
        var body = answer.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
        body.jsonPath("$.status").isEqualTo(status);
        if (problem != null) {
            body.jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/" + problem);
        }
        if (field != null) {
            body.jsonPath("$.errors[0].field").isEqualTo(field);
        }
    }
}
