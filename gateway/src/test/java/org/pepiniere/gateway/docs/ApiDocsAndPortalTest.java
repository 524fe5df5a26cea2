package org.pepiniere.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pepiniere.gateway.support.GatewayTest;
import org.pepiniere.gateway.support.StubService;
import org.springframework.http.MediaType;

class ApiDocsAndPortalTest extends GatewayTest {

    @Test
    void servesThePortalShellInFrenchWithoutAbsoluteLinks() {
        String page = web.get().uri("/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("<html lang=\"fr\">", "Aller au contenu", "/swagger-ui.html", "/assets/app.js")
                .doesNotContain("http://", "https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/index.html", "/assets/portal.css", "/assets/app.js", "/assets/i18n/fr.json", "/assets/i18n/en.json",
        "/assets/pages/founder/application.js", "/favicon.svg"})
    void servesThePortalFilesWithoutAToken(String path) {
        web.get().uri(path).exchange().expectStatus().isOk();
    }

    @Test
    void describesTheAuthenticationEndpointsWithTheirRequestBodies() {
        web.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("Pépinière gateway")
                .jsonPath("$.paths['/api/auth/register'].post.requestBody.content['application/json'].schema.$ref")
                .isEqualTo("#/components/schemas/RegisterRequest")
                .jsonPath("$.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.$ref")
                .isEqualTo("#/components/schemas/LoginRequest")
                .jsonPath("$.paths['/api/auth/users'].post.security[0].bearer").exists()
                .jsonPath("$.paths['/.well-known/jwks.json'].get").exists()
                .jsonPath("$.components.schemas.RegisterRequest.properties.password.minLength").isEqualTo(10)
                .jsonPath("$.components.schemas.RegisterRequest.required").value(required ->
                        assertThat(required.toString()).contains("email", "password", "displayName"))
                .jsonPath("$.components.schemas.CreateUserRequest.properties.roles.items.enum").value(roles ->
                        assertThat(roles.toString()).contains("FOUNDER", "JUROR", "MENTOR", "STAFF", "BANK"))
                .jsonPath("$.paths['/gateway/fallback/{service}']").doesNotExist();
    }

    @Test
    void servesEachServiceDocumentThroughTheGateway() {
        web.get().uri("/v3/api-docs/applications").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(StubService.API_DOCS);
    }

    @Test
    void listsTheGatewayAndEveryServiceInSwaggerUi() {
        web.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls.length()").isEqualTo(5)
                .jsonPath("$.urls[?(@.name == 'notifications-service')].url").isEqualTo("/v3/api-docs/notifications");
    }

    @Test
    void opensSwaggerUiWithoutAToken() {
        web.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
        web.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void exposesProbesToAnyoneAndCircuitBreakerMetricsToStaffOnly() {
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        web.get().uri("/actuator/info").exchange().expectStatus().isUnauthorized();
        String staff = logIn("staff@pepiniere.demo", "demo-pepiniere");
        // a route's breaker exists from its first request: route one here rather than rely on another test having done it
        web.get().uri("/v3/api-docs/applications").exchange().expectStatus().isOk();

        String metrics = web.get().uri("/actuator/prometheus").header("Authorization", "Bearer " + staff).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("resilience4j_circuitbreaker_state");
    }
}
