package org.pepiniere.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.TestIdentity;
import org.pepiniere.gateway.identity.DemoTenant;
import org.pepiniere.gateway.support.GatewayTest;
import org.pepiniere.gateway.support.StubService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import reactor.core.publisher.Flux;

class RoutingTest extends GatewayTest {

    @Autowired
    RSAKey signingKey;

    @Autowired
    CircuitBreakerRegistry breakers;

    private String founder() {
        return logIn("founder@pepiniere.demo", DemoTenant.PASSWORD);
    }

    @Test
    void forwardsARequestWithTheCallersTokenAndCorrelationId() {
        String token = founder();

        web.get().uri("/api/applications/forwarded-1").headers(headers -> headers.setBearerAuth(token))
                .header("X-Correlation-Id", "caller-chosen-id")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().values("X-Correlation-Id", values -> assertThat(values).containsExactly("caller-chosen-id"))
                .expectBody().jsonPath("$.path").isEqualTo("/api/applications/forwarded-1");

        var received = APPLICATIONS.receivedOn("/api/applications/forwarded-1");
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.header("X-Correlation-Id")).isEqualTo("caller-chosen-id");
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + token);
        });
    }

    @Test
    void givesTheServiceTheCorrelationIdItMadeWhenTheCallerHadNone() {
        String token = founder();

        String answered = web.get().uri("/api/calls/forwarded-2").headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");

        assertThat(answered).isNotBlank();
        assertThat(APPLICATIONS.receivedOn("/api/calls/forwarded-2")).singleElement()
                .satisfies(request -> assertThat(request.header("X-Correlation-Id")).isEqualTo(answered));
    }

    @Test
    void replacesACorrelationIdThatCouldForgeLogLines() {
        String token = founder();

        web.get().uri("/api/cohorts/forwarded-3").headers(headers -> headers.setBearerAuth(token))
                .header("X-Correlation-Id", "x\", \"level\": \"ERROR")
                .exchange()
                .expectStatus().isOk();

        assertThat(APPLICATIONS.receivedOn("/api/cohorts/forwarded-3")).singleElement()
                .satisfies(request -> assertThat(UUID.fromString(request.header("X-Correlation-Id"))).isNotNull());
    }

    @Test
    void passesAProblemOfTheServiceThroughUnchanged() {
        String token = founder();

        var body = web.post().uri("/api/applications/conflict").headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(StubService.SERVICE_PROBLEM);
    }

    @Test
    void answers503WithAProblemWhenTheServiceIsDown() {
        String token = founder();

        web.get().uri("/api/mentors/me").headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/service-unavailable")
                .jsonPath("$.instance").isEqualTo("/api/mentors/me");
    }

    @Test
    void answers504WithAProblemWhenTheServiceIsTooSlow() {
        String token = founder();

        web.mutate().responseTimeout(Duration.ofSeconds(10)).build()
                .get().uri("/api/applications/slow").headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/service-timeout");
    }

    @Test
    void opensTheCircuitOfAServiceThatKeepsFailing() {
        String token = founder();

        for (int call = 0; call < 10; call++) {
            web.get().uri("/api/mentoring/sessions").headers(headers -> headers.setBearerAuth(token))
                    .exchange().expectStatus().isEqualTo(503);
        }

        assertThat(breakers.circuitBreaker("mentoring").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        web.get().uri("/api/mentoring/sessions").headers(headers -> headers.setBearerAuth(token))
                .exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/service-unavailable");
    }

    @Test
    void letsAStreamLastLongerThanTheTimeLimit() {
        String token = founder();

        web.mutate().responseTimeout(Duration.ofSeconds(10)).build()
                .get().uri("/api/notifications/stream").headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void namesTheUnavailableServiceInItsProblem() {
        String token = founder();

        web.get().uri("/api/funding/requests").headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo("Le service funding est indisponible pour le moment ; réessayez dans un instant.");
    }

    @Test
    void refusesARoutedRequestWithoutAToken() {
        expectUnauthorized(null, "/api/applications/no-token");
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        var past = Instant.now().minus(Duration.ofHours(2));
        String expired = sign(new JWTClaimsSet.Builder().issuer("pepiniere").subject(UUID.randomUUID().toString())
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofHours(1))))
                .claim("incubatorId", "imt-mines-ales-enscm").claim("roles", java.util.List.of("STAFF")).build());

        expectUnauthorized(expired, "/api/applications/expired");
    }

    @Test
    void refusesATokenWhoseClaimsWereChanged() throws Exception {
        var parts = founder().split("\\.");
        var claims = SignedJWT.parse(String.join(".", parts)).getJWTClaimsSet().toJSONObject();
        claims.put("roles", java.util.List.of("STAFF"));
        String forgedPayload = com.nimbusds.jose.util.Base64URL.encode(JWTClaimsSet.parse(claims).toString()).toString();

        expectUnauthorized(parts[0] + "." + forgedPayload + "." + parts[2], "/api/applications/tampered");
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        expectUnauthorized(TestIdentity.token("someone", "imt-mines-ales-enscm", Role.STAFF), "/api/applications/foreign");
    }

    @Test
    void refusesATokenOfAnotherIssuer() throws Exception {
        var now = Instant.now();
        String otherIssuer = sign(new JWTClaimsSet.Builder().issuer("elsewhere").subject(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1)))).build());

        expectUnauthorized(otherIssuer, "/api/applications/other-issuer");
    }

    @Test
    void refusesABodyOverTheLimitBeforeItReachesTheService() {
        String token = founder();

        web.post().uri("/api/applications/too-large").headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("\"" + "x".repeat(1_100_000) + "\"")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/payload-too-large");

        assertThat(APPLICATIONS.receivedOn("/api/applications/too-large")).isEmpty();
    }

    @Test
    void refusesAStreamedBodyOverTheLimit() {
        String token = founder();
        var chunks = Flux.range(0, 40).map(i -> "x".repeat(30_000));

        web.post().uri("/api/applications/streamed").headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(chunks, String.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void forwardsAStreamedBodyUnderTheLimit() {
        String token = founder();
        var chunks = Flux.range(0, 10).map(i -> "x".repeat(10_000));

        web.post().uri("/api/applications/streamed-small").headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(chunks, String.class)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyLength").isEqualTo(100_000);
    }

    @Test
    void forwardsAPitchDeckOfTwentyMegabytes() {
        String token = founder();

        web.mutate().responseTimeout(Duration.ofSeconds(60)).build()
                .put().uri("/api/applications/twenty/deck").headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_PDF).bodyValue(new byte[20 * 1024 * 1024])
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyLength").isEqualTo(20 * 1024 * 1024);
    }

    @Test
    void refusesAPitchDeckOverTwentyMegabytesInTheCallersLanguage() {
        String token = founder();

        web.put().uri("/api/applications/twenty-one/deck").headers(headers -> headers.setBearerAuth(token))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_PDF).bodyValue(new byte[20 * 1024 * 1024 + 1])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.maxBytes").isEqualTo(20 * 1024 * 1024)
                .jsonPath("$.title").isEqualTo("Payload too large");

        assertThat(APPLICATIONS.receivedOn("/api/applications/twenty-one/deck")).isEmpty();
    }

    @Test
    void keepsTheDefaultLimitBesideTheDeck() {
        String token = founder();

        web.put().uri("/api/applications/two/deck/info").headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_PDF).bodyValue(new byte[2 * 1024 * 1024])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.title").isEqualTo("Requête trop volumineuse");
    }

    /** A deck moves at the pace of the founder's line: the service's time limit (1 s in these tests) does not cut it. */
    @Test
    void letsADeckTakeLongerThanTheServicesTimeLimit() {
        String token = founder();

        web.mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .put().uri("/api/applications/slow/deck").headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_PDF).bodyValue(new byte[1000])
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.slow").isEqualTo(true);
    }

    private void expectUnauthorized(String token, String path) {
        web.get().uri(path).headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/unauthenticated");

        assertThat(APPLICATIONS.receivedOn(path)).isEmpty();
    }

    private String sign(JWTClaimsSet claims) throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signingKey));
        return jwt.serialize();
    }
}
