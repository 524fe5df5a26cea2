package org.pepiniere.notifications;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.TestIdentity;

class OperationsIntegrationTest extends NotificationsTestBase {

    @Test
    void answersTheReadinessAndLivenessProbes() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void showsPrometheusMetricsToStaffOnly() {
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();

        web.get().uri("/actuator/prometheus")
                .header("Authorization", TestIdentity.bearer(TestIdentity.token("ops-1", "imt-mines-ales-enscm", Role.STAFF)))
                .exchange().expectStatus().isOk();
    }

    @Test
    void publishesItsApiDocument() {
        web.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/webhooks/endpoints']").exists()
                .jsonPath("$.paths['/api/notifications']").exists();
    }
}
