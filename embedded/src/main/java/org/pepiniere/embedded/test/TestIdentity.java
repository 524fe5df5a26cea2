package org.pepiniere.embedded.test;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;

/**
 * A test JWT issuer: an RSA key made once per JVM, whose JWKS is served on 127.0.0.1 and injected into
 * {@code @EmbeddedInfrastructure} tests as {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}.
 * Tokens carry the claims the gateway issues (RS256, {@code iss} and {@code aud} = pepiniere, one hour),
 * which are what every service checks by default ({@code pepiniere.security.issuer} and {@code .audience}).
 */
public final class TestIdentity {

    public static final String ISSUER = "pepiniere";
    public static final String AUDIENCE = "pepiniere";
    public static final String JWK_SET_URI_PROPERTY = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    private static final Duration LIFETIME = Duration.ofHours(1);

    private TestIdentity() {
    }

    /** Where the public key of the test issuer is published. */
    public static String jwkSetUri() {
        return Keys.jwks().uri();
    }

    /** A valid token for a user of {@code incubatorId}, French, email derived from the id. */
    public static String token(String userId, String incubatorId, Role... roles) {
        return token(TestUser.of(userId, incubatorId, roles));
    }

    /** A valid token with every claim chosen; {@code organisationId} may be null. */
    public static String token(String userId, String incubatorId, @Nullable String organisationId, String email,
                               String name, String lang, Role... roles) {
        return token(TestUser.of(userId, incubatorId, roles).withOrganisation(organisationId).withEmail(email)
                .withName(name).withLanguage(lang));
    }

    public static String token(TestUser user) {
        Instant now = Instant.now();
        return sign(claims(user, now, now.plus(LIFETIME)), Keys.issuer());
    }

    /**
     * A token signed by the test issuer whose claims were changed before signing, to show what a service
     * refuses: {@code claims -> claims.audience("another-api")}, {@code claims -> claims.claim("incubatorId", null)}.
     */
    public static String tokenWith(TestUser user, UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet claims = change.apply(new JWTClaimsSet.Builder(claims(user, now, now.plus(LIFETIME)))).build();
        return sign(claims, Keys.issuer());
    }

    /** A token that expired an hour ago. */
    public static String expiredToken(String userId, String incubatorId, Role... roles) {
        Instant issued = Instant.now().minus(LIFETIME.multipliedBy(2));
        return sign(claims(TestUser.of(userId, incubatorId, roles), issued, issued.plus(LIFETIME)), Keys.issuer());
    }

    /** A token whose claims were changed after signing (it now claims every role): its signature no longer matches. */
    public static String tamperedToken(String userId, String incubatorId, Role... roles) {
        String[] parts = token(userId, incubatorId, roles).split("\\.");
        Instant now = Instant.now();
        JWTClaimsSet forged = claims(TestUser.of(userId, incubatorId, Role.values()), now, now.plus(LIFETIME));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    /** A well-formed, unexpired token signed by a key the JWKS does not publish. */
    public static String foreignToken(String userId, String incubatorId, Role... roles) {
        Instant now = Instant.now();
        return sign(claims(TestUser.of(userId, incubatorId, roles), now, now.plus(LIFETIME)), Keys.foreign());
    }

    /** The value of an {@code Authorization} header for {@code token}. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The claims of a token, without checking its signature; for assertions in tests. */
    public static JWTClaimsSet claimsOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    private static JWTClaimsSet claims(TestUser user, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user.userId())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .claim("incubatorId", user.incubatorId())
                .claim("roles", user.roles().stream().map(Role::name).sorted().toList())
                .claim("email", user.email())
                .claim("name", user.name())
                .claim("lang", user.lang());
        if (user.organisationId() != null) {
            claims.claim("org", user.organisationId());
        }
        return claims.build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Keys made lazily, once per JVM. */
    private static final class Keys {
        private static @Nullable RSAKey issuer;
        private static @Nullable RSAKey foreign;
        private static @Nullable JwksServer jwks;

        static synchronized RSAKey issuer() {
            if (issuer == null) {
                issuer = generate("pepiniere-test");
            }
            return issuer;
        }

        static synchronized RSAKey foreign() {
            if (foreign == null) {
                foreign = generate("foreign");
            }
            return foreign;
        }

        static synchronized JwksServer jwks() {
            if (jwks == null) {
                jwks = JwksServer.start(List.of(issuer().toPublicJWK()));
            }
            return jwks;
        }

        private static RSAKey generate(String keyId) {
            try {
                return new RSAKeyGenerator(2048).keyID(keyId + "-" + UUID.randomUUID()).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
