package org.pepiniere.gateway.routing;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pepiniere.gateway.identity.DemoTenant;
import org.pepiniere.gateway.support.GatewayTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's own refusals while routing, in French when nothing else is asked and in English with
 * {@code Accept-Language: en}: a path no route answers, a service that is down or too slow. The login's refusals and
 * its rate limit are in {@code IdentityRefusalsInTwoLanguagesTest} and {@code StandaloneGatewayDefaultsTest}.
 */
class RoutingRefusalsInTwoLanguagesTest extends GatewayTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "    | Introuvable | Rien ne répond à cette adresse ; vérifiez le chemin demandé.",
        "fr  | Introuvable | Rien ne répond à cette adresse ; vérifiez le chemin demandé.",
        "en  | Not found   | Nothing answers at this address; check the path you asked for."})
    void refusesAPathThatNoRouteAnswers(String language, String title, String detail) {
        get("/api/nowhere", language)
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo(title)
                .jsonPath("$.detail").isEqualTo(detail)
                .jsonPath("$.instance").isEqualTo("/api/nowhere");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "    | Service indisponible | Le service mentoring est indisponible pour le moment ; réessayez dans un instant.",
        "en  | Service unavailable  | The mentoring service is unavailable at the moment; try again shortly."})
    void saysThatAServiceIsDown(String language, String title, String detail) {
        var answer = get("/api/mentors/me", language);

        answer.expectHeader().exists(HttpHeaders.RETRY_AFTER);
        expectProblem(answer, 503, "service-unavailable", title, detail);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "    | Délai dépassé | Le service applications n'a pas répondu à temps ; réessayez.",
        "en  | Timed out     | The applications service did not answer in time; try again."})
    void saysThatAServiceWasTooSlow(String language, String title, String detail) {
        expectProblem(get("/api/applications/slow", language), 504, "service-timeout", title, detail);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "    | Introuvable | Aucun service de la passerelle ne porte ce nom.",
        "en  | Not found   | No service of the gateway has this name."})
    void refusesAFallbackForAServiceItDoesNotKnow(String language, String title, String detail) {
        expectProblem(get("/gateway/fallback/nothing", language), 404, "not-found", title, detail);
    }

    private static void expectProblem(WebTestClient.ResponseSpec answer, int status, String slug, String title, String detail) {
        answer.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/" + slug)
                .jsonPath("$.title").isEqualTo(title)
                .jsonPath("$.detail").isEqualTo(detail);
    }

    private WebTestClient.ResponseSpec get(String path, String language) {
        String token = logIn("founder@pepiniere.demo", DemoTenant.PASSWORD);
        return web.mutate().responseTimeout(Duration.ofSeconds(10)).build()
                .get().uri(path).accept(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    if (language != null) {
                        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
                    }
                })
                .exchange();
    }
}
