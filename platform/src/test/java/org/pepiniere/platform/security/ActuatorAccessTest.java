package org.pepiniere.platform.security;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.pepiniere.platform.PlatformTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@EmbeddedInfrastructure
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ActuatorAccessTest {

    @Autowired
    WebTestClient web;

    @Test
    void answersTheHealthProbesToAnyone() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void refusesMetricsToAnAnonymousCaller() {
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesBuildInformationToAnAnonymousCaller() {
        web.get().uri("/actuator/info").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void refusesMetricsToAFounder() {
        web.get().uri("/actuator/prometheus")
                .header("Authorization", TestIdentity.bearer(TestIdentity.token("user-1", "incubator-a", Role.FOUNDER)))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void showsMetricsToStaff() {
        web.get().uri("/actuator/prometheus")
                .header("Authorization", TestIdentity.bearer(TestIdentity.token("user-2", "incubator-a", Role.STAFF)))
                .exchange().expectStatus().isOk();
    }
}
