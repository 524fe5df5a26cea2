package org.pepiniere.notifications;

import org.junit.jupiter.api.Test;

class OperationsIntegrationTest extends NotificationsTestBase {

    @Test
    void answersTheReadinessAndLivenessProbes() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void exposesPrometheusMetrics() {
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
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
