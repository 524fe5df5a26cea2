package org.pepiniere.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pepiniere.gateway.portal.web.PortalHeaders;
import org.pepiniere.gateway.support.GatewayTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class PortalShellTest extends GatewayTest {

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/register", "/notifications", "/founder/applications", "/founder/applications/new",
        "/founder/applications/0f3c2a9e-1b7d-4c55-9a61-2f1e8d1c3b42", "/staff/applications", "/staff/applications/app-1",
        "/bank/endpoints", "/bank/endpoints/new", "/bank/endpoints/ep-7", "/juror", "/mentor", "/calls", "/calls/call-2027",
        "/staff/calls", "/staff/calls/new", "/staff/calls/0f3c2a9e-1b7d-4c55-9a61-2f1e8d1c3b42",
        "/staff/calls/0f3c2a9e-1b7d-4c55-9a61-2f1e8d1c3b42/ranking", "/staff/calls/0f3c2a9e-1b7d-4c55-9a61-2f1e8d1c3b42/decisions"})
    void servesTheShellOnADeepRouteOpenedByABrowser(String route) {
        String page = page(route).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("<html lang=\"fr\">", "<main id=\"main\"", "src=\"/assets/app.js\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/founder/applications/abc", "/bank/endpoints", "/assets/app.js",
        "/assets/core/router.js", "/assets/i18n/fr.json", "/assets/portal.css", "/favicon.svg"})
    void givesTheShellAndItsFilesTheSecurityHeaders(String path) {
        page(path).expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", PortalHeaders.CONTENT_SECURITY_POLICY)
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
                .expectHeader().valueEquals("Permissions-Policy", PortalHeaders.PERMISSIONS_POLICY)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void allowsOnlyTheGatewayItselfAsASourceOfScriptsStylesAndRequests() {
        assertThat(PortalHeaders.CONTENT_SECURITY_POLICY)
                .startsWith("default-src 'self';")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nowhere", "/founder", "/founder/applications/abc/more", "/staff/nothing-here", "/bank/endpoints/ep-7/x",
        "/calls/call-2027/more"})
    void leavesAnUnknownPathNotFound(String path) {
        String token = logIn("founder@pepiniere.demo", "demo-pepiniere");

        web.get().uri(path).accept(MediaType.TEXT_HTML).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void answersAnApiClientOnAPortalRouteWithoutTheShell() {
        web.get().uri("/founder/applications").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void leavesTheApiRoutesToTheirServicesWithoutThePortalPolicy() {
        String token = logIn("founder@pepiniere.demo", "demo-pepiniere");

        web.get().uri("/api/applications").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Content-Security-Policy")
                .expectBody().jsonPath("$.path").isEqualTo("/api/applications");
    }

    @Test
    void stillRefusesTheApiWithoutATokenAsAProblem() {
        web.get().uri("/api/notifications").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist("Content-Security-Policy");
    }

    @Test
    void servesSwaggerUiWithoutThePortalPolicyItsInlineScriptsWouldBreakOn() {
        page("/webjars/swagger-ui/index.html").expectStatus().isOk()
                .expectHeader().doesNotExist("Content-Security-Policy");
        web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectHeader().doesNotExist("Content-Security-Policy");
    }

    @Test
    void keepsTheShellFreeOfInlineScriptsAndStyles() {
        String page = page("/").expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).doesNotContain("<style", "style=", "onclick", "onload", "javascript:")
                .containsPattern("<script type=\"module\" src=\"/assets/app.js\"></script>");
        assertThat(page.split("<script", -1)).hasSize(2);
    }

    private WebTestClient.ResponseSpec page(String path) {
        return web.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
    }
}
