package org.pepiniere.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.pepiniere.platform.PlatformTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

import reactor.core.publisher.Mono;

/**
 * A request is authenticated by its token alone: nothing on the way asks for a web session, which
 * would cost every request a random id drawn on another thread and two thread switches.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(StatelessRequestsTest.CountingSessions.class)
class StatelessRequestsTest {

    @Autowired
    WebTestClient web;

    @Autowired
    CountingSessions sessions;

    @BeforeEach
    void forgetEarlierRequests() {
        sessions.asked.set(0);
    }

    @Test
    void anAuthenticatedRequestNeverAsksForASession() {
        web.get().uri("/api/things/abc")
                .header("Authorization", TestIdentity.bearer(TestIdentity.token("user-1", "incubator-a", Role.FOUNDER)))
                .exchange().expectStatus().isOk()
                .expectHeader().doesNotExist("Set-Cookie");

        assertThat(sessions.asked).hasValue(0);
    }

    @Test
    void neitherDoesARefusedOne() {
        web.get().uri("/api/things/abc").exchange().expectStatus().isUnauthorized()
                .expectHeader().doesNotExist("Set-Cookie");
        web.get().uri("/actuator/prometheus")
                .header("Authorization", TestIdentity.bearer(TestIdentity.token("user-1", "incubator-a", Role.FOUNDER)))
                .exchange().expectStatus().isForbidden();

        assertThat(sessions.asked).hasValue(0);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class CountingSessions {

        final AtomicInteger asked = new AtomicInteger();

        /** Replaces the web session manager that WebFlux looks up by this name. */
        @Bean
        WebSessionManager webSessionManager() {
            var sessions = new DefaultWebSessionManager();
            return new WebSessionManager() {
                @Override
                public Mono<WebSession> getSession(ServerWebExchange exchange) {
                    // every exchange builds this Mono; what costs is subscribing to it
                    return sessions.getSession(exchange).doOnSubscribe(subscription -> asked.incrementAndGet());
                }
            };
        }
    }
}
