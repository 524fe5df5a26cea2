package org.pepiniere.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.TestIdentity;
import org.pepiniere.embedded.test.TestUser;
import org.pepiniere.notifications.NotificationsTestBase;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class EndpointsApiIntegrationTest extends NotificationsTestBase {

    private static final String SUBMITTED = EventTypes.APPLICATION_SUBMITTED;

    private final TestUser bank = bank("credit-agricole-demo");
    private boolean registered;

    @AfterEach
    void storesNothingForBadInput() {
        if (!registered) {
            assertThat(endpointsOf(bank)).as("endpoints stored for the bank").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:8080/hook", "http://[fd00:ec2::254]/", "http://0.0.0.0/", "http://localhost:8080/hook",
        "https://loopback.pepiniere.test/hook", "https://metadata.pepiniere.test/hook"})
    void refusesTargetsInsideTheNetwork(String url) {
        expectProblem(postEndpoint(bank, Map.of("url", url, "eventTypes", List.of(SUBMITTED))), 422, "webhook-target-forbidden");
    }

    @Test
    void explainsARefusalInFrenchByDefault() {
        postEndpoint(bank, Map.of("url", "http://127.0.0.1:8080/hook", "eventTypes", List.of(SUBMITTED)))
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Requête refusée")
                .jsonPath("$.detail").isEqualTo("L'hôte 127.0.0.1 mène à une adresse de bouclage ; "
                        + "les webhooks ne peuvent viser que des adresses publiques.");
    }

    @Test
    void explainsARefusalInEnglishToWhoeverAsks() {
        postEndpoint(bank, Map.of("url", "http://127.0.0.1:8080/hook", "eventTypes", List.of(SUBMITTED)), "en")
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/webhook-target-forbidden")
                .jsonPath("$.title").isEqualTo("Request refused")
                .jsonPath("$.detail").isEqualTo("The host 127.0.0.1 leads to a loopback address; "
                        + "webhooks may only target public addresses.");
    }

    @Test
    void namesAnUnknownEventTypeInTheCallersLanguage() {
        var body = Map.of("url", "https://bank.pepiniere.test/hook", "eventTypes", List.of("org.pepiniere.secret.v1"));
        String known = String.join(", ", EventTypes.WEBHOOKS);

        postEndpoint(bank, body).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.detail").isEqualTo("Aucun webhook n'est envoyé pour le type « org.pepiniere.secret.v1 » ; types possibles : " + known + ".");
        postEndpoint(bank, body, "en").expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.detail").isEqualTo("No webhook is sent for the type \"org.pepiniere.secret.v1\"; the types you may subscribe to: " + known + ".");
    }

    @Test
    void answersAnUnknownEndpointsRemovalInTheCallersLanguage() {
        web.delete().uri("/api/webhooks/endpoints/{id}", "no-such-endpoint")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bank.token())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("No webhook endpoint has the id no-such-endpoint.");
    }

    @Test
    void registersAPublicTargetAndShowsItsSecretOnce() {
        var created = postEndpoint(bank, Map.of("url", "https://bank.pepiniere.test/hook", "eventTypes", List.of(SUBMITTED)))
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat((String) created.get("secret")).startsWith("whsec_");
        assertThat(endpointsOf(bank)).singleElement().satisfies(endpoint -> assertThat(endpoint)
                .containsEntry("id", created.get("id")).containsEntry("url", "https://bank.pepiniere.test/hook").doesNotContainKey("secret"));
        assertThat(endpointsOf(bank("other-bank"))).isEmpty();
        registered = true;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://bank.example/hook", "https://user:secret@bank.example/hook", "not a url"})
    void refusesUrlsThatAreNotHttpTargets(String url) {
        expectProblem(postEndpoint(bank, Map.of("url", url, "eventTypes", List.of(SUBMITTED))), 422, "invalid-webhook-url");
    }

    @Test
    void refusesAnUnknownEventType() {
        expectProblem(postEndpoint(bank, Map.of("url", "https://bank.pepiniere.test/hook", "eventTypes", List.of("org.pepiniere.secret.v1"))),
                422, "unknown-event-type");
    }

    @Test
    void refusesASecretOfTheWrongFormat() {
        expectProblem(postEndpoint(bank, Map.of("url", "https://bank.pepiniere.test/hook", "eventTypes", List.of(SUBMITTED),
                "secret", "whsec_c2hvcnQ=")), 422, "invalid-webhook-secret");
    }

    @Test
    void refusesMalformedJson() {
        expectProblem(postEndpoint(bank, "{\"url\": \"https://93.184.216.34/hook\", "), 400, "malformed-json");
    }

    @Test
    void refusesMissingFields() {
        expectProblem(postEndpoint(bank, Map.of("url", "https://bank.pepiniere.test/hook")), 400, "invalid-request");
    }

    @Test
    void refusesWrongTypedFields() {
        expectProblem(postEndpoint(bank, Map.of("url", Map.of("$gt", ""), "eventTypes", List.of(SUBMITTED))), 400, "invalid-request");
        expectProblem(postEndpoint(bank, Map.of("url", "https://bank.pepiniere.test/hook", "eventTypes", SUBMITTED + "x")), 400,
                "invalid-request");
    }

    @Test
    void refusesOperatorKeys() {
        expectProblem(postEndpoint(bank, Map.of("url", "https://bank.pepiniere.test/hook", "eventTypes", List.of(SUBMITTED),
                "$set", Map.of("organisationId", "other-bank"))), 400, "invalid-request");
    }

    @Test
    void refusesACallerWhoIsNotABank() {
        var founder = TestIdentity.token(founder("fr").userId(), incubatorId, Role.FOUNDER);

        var response = web.post().uri("/api/webhooks/endpoints")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + founder)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://bank.pepiniere.test/hook", "eventTypes", List.of(SUBMITTED)))
                .exchange();

        expectProblem(response, 403, "forbidden");
    }

    @Test
    void refusesACallerWithoutAToken() {
        var response = web.post().uri("/api/webhooks/endpoints")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://bank.pepiniere.test/hook", "eventTypes", List.of(SUBMITTED)))
                .exchange();

        expectProblem(response, 401, "unauthenticated");
    }

    @Test
    void answersNotFoundForAnUnknownEndpoint() {
        var response = web.get().uri("/api/webhooks/endpoints/{id}/deliveries", "no-such-endpoint")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bank.token())
                .exchange();

        expectProblem(response, 404, "not-found");
    }

    private WebTestClient.ResponseSpec postEndpoint(TestUser user, Object body, String language) {
        return web.post().uri("/api/webhooks/endpoints")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + user.token())
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private static void expectProblem(WebTestClient.ResponseSpec response, int status, String slug) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/" + slug);
    }

    private List<Map<String, Object>> endpointsOf(TestUser user) {
        return web.get().uri("/api/webhooks/endpoints")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + user.token())
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .returnResult().getResponseBody();
    }
}
