package org.pepiniere.platform.web;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.pepiniere.platform.PlatformTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@EmbeddedInfrastructure
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ProblemDetailsTest {

    private static final String FOUNDER = TestIdentity.token("user-1", "incubator-a", Role.FOUNDER);

    @Autowired
    WebTestClient web;

    @LocalServerPort
    int port;

    @Test
    void answersMalformedJsonWithAProblem() {
        post("{\"name\": \"x\", ").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/malformed-json");
    }

    @Test
    void namesTheMissingField() {
        post("{\"colour\": \"RED\"}").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void speaksFrenchByDefault() {
        post("{\"colour\": \"RED\"}").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Requête invalide")
                .jsonPath("$.detail").isEqualTo("La requête a 1 champ(s) invalide(s).");
    }

    @Test
    void speaksEnglishToWhoAsksForIt() {
        web.post().uri("/api/echo").header("Authorization", "Bearer " + FOUNDER).header("Accept-Language", "en-GB,fr;q=0.5")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"colour\": \"RED\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Bad request")
                .jsonPath("$.detail").isEqualTo("The request has 1 invalid field(s).");
    }

    @Test
    void speaksTheLanguageOfTheUsersTokenWhenTheRequestNamesNone() {
        String english = TestIdentity.token(org.pepiniere.embedded.test.TestUser.of("user-2", "incubator-a", Role.FOUNDER).withLanguage("en"));

        web.post().uri("/api/echo").header("Authorization", "Bearer " + english)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": ").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("The request body is not well-formed JSON.");
    }

    @Test
    void namesTheFieldOfTheWrongType() {
        post("{\"name\": \"x\", \"colour\": \"RED\", \"count\": \"many\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("count");
    }

    @Test
    void refusesAnEmptyStringForANumber() {
        post("{\"name\": \"x\", \"colour\": \"RED\", \"count\": \"\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("count");
    }

    @Test
    void answersARequestTheFirewallTurnsAwayWithAProblem() {
        get("/api/things//abc").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.instance").isEqualTo("/api/things//abc");
    }

    @Test
    void listsTheKnownValuesOfAnUnknownEnumValue() {
        post("{\"name\": \"x\", \"colour\": \"BLUE\"}").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("colour")
                .jsonPath("$.errors[0].reason").value(reason -> org.assertj.core.api.Assertions.assertThat((String) reason).contains("RED, GREEN"));
    }

    @Test
    void refusesAnUnknownField() {
        post("{\"name\": \"x\", \"colour\": \"RED\", \"$where\": \"1\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("$where");
    }

    @Test
    void refusesMapKeysThatCouldReachAQuery() {
        post("{\"name\": \"x\", \"colour\": \"RED\", \"tags\": {\"a\": {\"$gt\": \"\"}}}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("tags");
    }

    @Test
    void refusesABodyOverTheSizeLimit() {
        String big = "{\"name\": \"x\", \"colour\": \"RED\", \"notes\": [\"" + "a".repeat(1_100_000) + "\"]}";

        post(big).expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesAPathIdThatStartsWithADollarNamingTheParameter() {
        get("/api/things/%24where").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("id")
                .jsonPath("$.errors[0].reason").isEqualTo("format incorrect");
    }

    @Test
    void refusesAQueryNumberOutOfRangeNamingTheParameterAndTheBound() {
        get("/api/things/abc?limit=0").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("limit")
                .jsonPath("$.errors[0].reason").isEqualTo("doit valoir au moins 1");
    }

    @Test
    void refusesAQueryNumberThatIsNotANumber() {
        get("/api/things/abc?limit=many").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("limit")
                .jsonPath("$.errors[0].reason").isEqualTo("type incorrect ou valeur manquante");
    }

    @Test
    void refusesAnEmptyQueryNumber() {
        get("/api/things/abc?limit=").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
    }

    @Test
    void explainsARefusedParameterInEnglishToWhoAsksForIt() {
        web.get().uri("/api/things/abc?limit=101").header("Authorization", "Bearer " + FOUNDER).header("Accept-Language", "en")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.detail").isEqualTo("The request has 1 invalid field(s).")
                .jsonPath("$.errors[0].reason").isEqualTo("must be at most 100");
    }

    @Test
    void namesTheRequestPathAsTheInstanceNotTheServiceAddress() {
        get("/api/things/%24where?limit=0").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.instance").isEqualTo("/api/things/%24where");
    }

    @Test
    void namesTheRequestPathAsTheInstanceOfAServicesOwnRefusal() {
        get("/api/refusal").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.instance").isEqualTo("/api/refusal");
    }

    @Test
    void writesAServicesRefusalInTheLanguageOfTheUsersToken() {
        String english = TestIdentity.token(org.pepiniere.embedded.test.TestUser.of("user-2", "incubator-a", Role.FOUNDER).withLanguage("en"));

        web.get().uri("/api/refusal").header("Authorization", "Bearer " + english).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/test-conflict")
                .jsonPath("$.title").isEqualTo("Conflict")
                .jsonPath("$.detail").isEqualTo("This needs one of the roles [STAFF].");
    }

    @Test
    void writesAServicesRefusalInTheLanguageTheRequestAsksForBeforeTheTokens() {
        String english = TestIdentity.token(org.pepiniere.embedded.test.TestUser.of("user-2", "incubator-a", Role.FOUNDER).withLanguage("en"));

        web.get().uri("/api/refusal").header("Authorization", "Bearer " + english).header("Accept-Language", "fr-FR").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("Cela demande l'un des rôles [STAFF].");
    }

    @Test
    void namesEveryFieldAServiceRefusedWithItsReasonInFrenchByDefault() {
        get("/api/fields-refused").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/invalid-request")
                .jsonPath("$.detail").isEqualTo("La requête a 2 champ(s) invalide(s).")
                .jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[0].reason").isEqualTo("doit être renseigné")
                .jsonPath("$.errors[1].field").isEqualTo("count")
                .jsonPath("$.errors[1].reason").isEqualTo("doit valoir au plus 100");
    }

    @Test
    void namesEveryFieldAServiceRefusedInTheLanguageTheRequestAsksFor() {
        web.get().uri("/api/fields-refused").header("Authorization", "Bearer " + TestIdentity.token("user-1", "incubator-a", Role.FOUNDER))
                .header("Accept-Language", "en").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Bad request")
                .jsonPath("$.detail").isEqualTo("The request has 2 invalid field(s).")
                .jsonPath("$.errors[1].reason").isEqualTo("must be at most 100");
    }

    @Test
    void asksForATokenWithAProblem() {
        web.get().uri("/api/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/unauthenticated");
    }

    @Test
    void refusesAnExpiredToken() {
        getMe(TestIdentity.expiredToken("user-1", "incubator-a", Role.FOUNDER)).expectStatus().isUnauthorized();
    }

    @Test
    void refusesATamperedToken() {
        getMe(TestIdentity.tamperedToken("user-1", "incubator-a", Role.FOUNDER)).expectStatus().isUnauthorized();
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        getMe(TestIdentity.foreignToken("user-1", "incubator-a", Role.FOUNDER)).expectStatus().isUnauthorized();
    }

    @Test
    void readsTheUserAndKeepsTheCallersCorrelationId() {
        web.get().uri("/api/me").header("Authorization", "Bearer " + FOUNDER).header("X-Correlation-Id", "abc-123")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Correlation-Id", "abc-123")
                .expectBody()
                .jsonPath("$.id").isEqualTo("user-1")
                .jsonPath("$.incubatorId").isEqualTo("incubator-a")
                .jsonPath("$.correlationId").isEqualTo("abc-123");
    }

    @Test
    void replacesACorrelationIdThatIsNotAPlainToken() {
        web.get().uri("/api/me").header("Authorization", "Bearer " + FOUNDER).header("X-Correlation-Id", "a\"b<script>")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().value("X-Correlation-Id", id -> org.assertj.core.api.Assertions.assertThat(id).matches("[0-9a-f-]{36}"));
    }

    private WebTestClient.ResponseSpec post(String body) {
        return web.post().uri("/api/echo").header("Authorization", "Bearer " + FOUNDER)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String uri) {
        // a full URI, so that the client sends the path exactly as written, %24 included
        return web.get().uri(java.net.URI.create("http://127.0.0.1:" + port + uri)).header("Authorization", "Bearer " + FOUNDER).exchange();
    }

    private WebTestClient.ResponseSpec getMe(String token) {
        return web.get().uri("/api/me").header("Authorization", "Bearer " + token).exchange();
    }
}
