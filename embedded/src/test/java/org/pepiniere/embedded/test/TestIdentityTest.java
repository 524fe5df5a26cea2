package org.pepiniere.embedded.test;

import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.identity.Role;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestIdentityTest {

    private static final String INCUBATOR = "imt-mines-ales-enscm";
    private static final String USER = "5f0c6c2e-8a43-4a8e-9d1c-2f6f1b8a7e11";

    private final JwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(TestIdentity.jwkSetUri()).build();

    @Test
    void aTokenVerifiesAgainstTheServedKeysAndCarriesTheGatewayClaims() {
        String token = TestIdentity.token(USER, INCUBATOR, "credit-agricole-demo", "banque@pepiniere.demo", "Banque démo", "en", Role.BANK);

        Jwt jwt = decoder.decode(token);

        assertThat(jwt.getSubject()).isEqualTo(USER);
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("pepiniere");
        assertThat(jwt.getAudience()).containsExactly("pepiniere");
        assertThat(jwt.getClaimAsString("incubatorId")).isEqualTo(INCUBATOR);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("BANK");
        assertThat(jwt.getClaimAsString("org")).isEqualTo("credit-agricole-demo");
        assertThat(jwt.getClaimAsString("email")).isEqualTo("banque@pepiniere.demo");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Banque démo");
        assertThat(jwt.getClaimAsString("lang")).isEqualTo("en");
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getExpiresAt()).isAfter(jwt.getIssuedAt().plusSeconds(3599));
    }

    @Test
    void aUserWithoutOrganisationHasNoOrgClaim() {
        Jwt jwt = decoder.decode(TestIdentity.token(USER, INCUBATOR, Role.FOUNDER));

        assertThat(jwt.hasClaim("org")).isFalse();
        assertThat(jwt.getClaimAsString("lang")).isEqualTo("fr");
    }

    @Test
    void changesTheClaimsOfAValidTokenBeforeSigningIt() {
        String token = TestIdentity.tokenWith(TestUser.of(USER, INCUBATOR, Role.FOUNDER),
                claims -> claims.audience("another-api").claim("incubatorId", null));

        Jwt jwt = decoder.decode(token);

        assertThat(jwt.getAudience()).containsExactly("another-api");
        assertThat(jwt.hasClaim("incubatorId")).isFalse();
        assertThat(jwt.getSubject()).isEqualTo(USER);
    }

    @Test
    void rejectsAnExpiredToken() {
        String token = TestIdentity.expiredToken(USER, INCUBATOR, Role.FOUNDER);

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class).hasMessageContaining("expired");
    }

    @Test
    void rejectsATamperedToken() {
        String token = TestIdentity.tamperedToken(USER, INCUBATOR, Role.FOUNDER);

        assertThat(TestIdentity.claimsOf(token).getClaim("roles").toString()).contains("STAFF");
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void rejectsATokenSignedByAForeignKey() {
        String token = TestIdentity.foreignToken(USER, INCUBATOR, Role.STAFF);

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }
}
