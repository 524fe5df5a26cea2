package org.pepiniere.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.gateway.GatewayApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as it runs, against the embedded Kafka and MongoDB, with a stub in place of the
 * applications and notifications services and nothing where mentoring and funding should be. Every test class that
 * extends it shares one application context.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "pepiniere.identity.bcrypt-strength=6",
    "pepiniere.identity.demo-accounts=true",
    // every test calls from 127.0.0.1 and registers and logs in many people; EdgeDefaultsTest checks the limits
    "pepiniere.identity.rate-limits.enabled=false",
    "pepiniere.gateway.timeout=1s",
    "pepiniere.outbox.sweep-interval=500ms"
})
// the first API document is built on first request: on a loaded machine that takes longer than the 5 s default
@AutoConfigureWebTestClient(timeout = "30s")
public abstract class GatewayTest {

    protected static final StubService APPLICATIONS = StubService.start();
    protected static final Path DATA_DIRECTORY = temporaryDirectory();

    @Autowired
    protected WebTestClient web;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("pepiniere.data-dir", DATA_DIRECTORY::toString);
        registry.add("pepiniere.services.applications-uri", APPLICATIONS::uri);
        String down = StubService.downServiceUri();
        registry.add("pepiniere.services.mentoring-uri", () -> down);
        registry.add("pepiniere.services.funding-uri", () -> down);
        registry.add("pepiniere.services.notifications-uri", APPLICATIONS::uri);
    }

    @BeforeEach
    void awaitReadiness() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk());
    }

    protected String logIn(String email, String password) {
        var body = web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body).containsKey("accessToken");
        return (String) body.get("accessToken");
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("pepiniere-gateway-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
