package org.pepiniere.platform.security;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.pepiniere.embedded.test.TestUser;
import org.pepiniere.platform.PlatformTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.nimbusds.jwt.JWTClaimsSet;

@EmbeddedInfrastructure
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class TokenChecksTest {

    private static final TestUser FOUNDER = TestUser.of("user-1", "incubator-a", Role.FOUNDER);

    @Autowired
    WebTestClient web;

    @Test
    void acceptsATokenOfTheIssuerForTheAudienceWithAUserAndATenant() {
        me(TestIdentity.tokenWith(FOUNDER, UnaryOperator.identity())).expectStatus().isOk()
                .expectBody().jsonPath("$.incubatorId").isEqualTo("incubator-a");
    }

    @Test
    void refusesATokenMeantForAnotherAudience() {
        refused(claims -> claims.audience("another-api"));
    }

    @Test
    void refusesATokenWithoutAudience() {
        refused(claims -> claims.audience((String) null));
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        refused(claims -> claims.issuer("https://elsewhere.example"));
    }

    @Test
    void refusesATokenWithoutUser() {
        refused(claims -> claims.subject(null));
    }

    @Test
    void refusesATokenWithoutIncubator() {
        refused(claims -> claims.claim("incubatorId", null));
    }

    private void refused(UnaryOperator<JWTClaimsSet.Builder> change) {
        me(TestIdentity.tokenWith(FOUNDER, change)).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/unauthenticated");
    }

    private WebTestClient.ResponseSpec me(String token) {
        return web.get().uri("/api/me").header("Authorization", TestIdentity.bearer(token)).exchange();
    }
}
