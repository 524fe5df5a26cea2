package org.pepiniere.gateway.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.gateway.GatewayApplication;
import org.pepiniere.gateway.identity.DemoTenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;

/**
 * The gateway started on its own, with the production defaults of the identity provider: no demo
 * accounts, the default attempt limits, and a hashing pool of one thread and one waiting place. Each
 * test calls from its own address (a trusted proxy's {@code X-Forwarded-For}) so that the per-address
 * limits of one test do not spill into another.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // a database of its own: the other gateway tests share the embedded MongoDB and turn the demo accounts on
    "spring.mongodb.database=pepiniere-gateway-standalone",
    "pepiniere.identity.rate-limits.trust-forwarded-for=true",
    "pepiniere.identity.hashing.threads=1",
    "pepiniere.identity.hashing.queue=1"
})
@AutoConfigureWebTestClient
class StandaloneGatewayDefaultsTest {

    private static final String PASSWORD = "a long enough secret";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    WebTestClient web;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("pepiniere-gateway-defaults-").toString();
        registry.add("pepiniere.data-dir", () -> dir);
    }

    @BeforeEach
    void awaitReadiness() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk());
    }

    @Test
    void seedsNoDemoAccount() {
        for (var demo : DemoTenant.USERS) {
            login(address(), demo.email(), DemoTenant.PASSWORD).expectStatus().isUnauthorized();
        }
    }

    @Test
    void letsAFounderRegisterIntoTheDemoIncubatorAndLogIn() {
        String email = email();

        register(address(), email, "Ada Lovelace").expectStatus().isAccepted()
                .expectBody().jsonPath("$.incubatorId").isEqualTo(DemoTenant.INCUBATOR.id().value());

        login(address(), email, PASSWORD).expectStatus().isOk();
    }

    @Test
    void answersARegistrationForAnEmailThatHasAnAccountAsForANewOne() {
        String email = email();
        EntityExchangeResult<String> fresh = register(address(), email, "Ada Lovelace").expectBody(String.class).returnResult();

        EntityExchangeResult<String> again = register(address(), email, "Ada Lovelace").expectBody(String.class).returnResult();

        assertThat(again.getStatus()).isEqualTo(fresh.getStatus());
        assertThat(again.getResponseHeaders().getContentType()).isEqualTo(fresh.getResponseHeaders().getContentType());
        assertThat(again.getResponseBody()).isEqualTo(fresh.getResponseBody());
    }

    @Test
    void refusesTheEleventhLoginToOneAccountWithinAMinuteWhateverTheAddress() {
        String email = email();
        IntStream.range(0, 10).forEach(i -> login(address(), email, "not the password").expectStatus().isUnauthorized());

        tooMany(login(address(), email, "not the password"))
                .jsonPath("$.title").isEqualTo("Trop de tentatives")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("Trop de tentatives depuis cette adresse"));
    }

    @Test
    void saysInEnglishThatThereWereTooManyAttempts() {
        String email = email();
        IntStream.range(0, 10).forEach(i -> login(address(), email, "not the password").expectStatus().isUnauthorized());

        tooMany(web.post().uri("/api/auth/login").header("X-Forwarded-For", address()).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("email", email, "password", "not the password")).exchange())
                .jsonPath("$.title").isEqualTo("Too many requests")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("Too many attempts from this address"));
    }

    @Test
    void refusesTheThirtyFirstLoginFromOneAddressWithinAMinute() {
        String address = address();
        IntStream.range(0, 30).forEach(i -> login(address, email(), "not the password").expectStatus().isUnauthorized());

        tooMany(login(address, email(), "not the password"));
    }

    @Test
    void refusesTheSixthRegistrationFromOneAddressWithinAMinute() {
        String address = address();
        IntStream.range(0, 5).forEach(i -> register(address, email(), "Ada Lovelace").expectStatus().isAccepted());

        tooMany(register(address, email(), "Ada Lovelace"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr | Le service est très sollicité", "en | The service is very busy"})
    void refusesHashingBeyondItsQueueWithA503InsteadOfWaiting(String language, String detail) {
        var client = WebClient.create("http://127.0.0.1:" + port);

        List<ResponseEntity<String>> answers = Flux.range(0, 16)
                .flatMap(i -> client.post().uri("/api/auth/login").header("X-Forwarded-For", address()).header("Accept-Language", language)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("email", email(), "password", "not the password"))
                        .exchangeToMono(response -> response.toEntity(String.class)), 16)
                .collectList().block(Duration.ofSeconds(60));

        assertThat(answers).extracting(answer -> answer.getStatusCode().value()).containsOnly(401, 503).contains(503);
        var busy = answers.stream().filter(answer -> answer.getStatusCode().value() == 503).findFirst().orElseThrow();
        assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(busy.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(busy.getBody()).contains("https://pepiniere.org/problems/busy", detail);
    }

    private WebTestClient.BodyContentSpec tooMany(WebTestClient.ResponseSpec answer) {
        return answer.expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L))
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/too-many-attempts");
    }

    private WebTestClient.ResponseSpec login(String address, String email, String password) {
        return web.post().uri("/api/auth/login").header("X-Forwarded-For", address).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password)).exchange();
    }

    private WebTestClient.ResponseSpec register(String address, String email, String displayName) {
        return web.post().uri("/api/auth/register").header("X-Forwarded-For", address).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "displayName", displayName)).exchange();
    }

    private static String email() {
        return "founder-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A client address no other call of this class used: a random one met another test's now and then. */
    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "10." + (n / 250 % 250) + "." + (n % 250) + ".1";
    }
}
