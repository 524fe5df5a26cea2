package org.pepiniere.gateway.identity.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pepiniere.gateway.identity.AccessToken;
import org.pepiniere.gateway.identity.TokenIssuer;
import org.pepiniere.gateway.identity.User;
import org.pepiniere.platform.security.CurrentUser;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * RS256 tokens with the claims every service reads through {@link CurrentUser}, and the issuer and
 * audience every service checks ({@code pepiniere.security.issuer} and {@code .audience}).
 */
public class JwtTokenIssuer implements TokenIssuer {

    private final NimbusJwtEncoder encoder;
    private final String issuer;
    private final String audience;
    private final String keyId;
    private final Clock clock;
    private final Duration lifetime;

    public JwtTokenIssuer(RSAKey signingKey, String issuer, String audience, Clock clock, Duration lifetime) {
        this.issuer = issuer;
        this.audience = audience;
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey)));
        this.keyId = signingKey.getKeyID();
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public Mono<AccessToken> issue(User user) {
        return Mono.fromCallable(() -> new AccessToken(sign(user), lifetime)).subscribeOn(Schedulers.parallel());
    }

    private String sign(User user) {
        Instant now = clock.instant();
        var claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(audience))
                .subject(user.id().toString())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim(CurrentUser.INCUBATOR_CLAIM, user.incubatorId().value())
                .claim(CurrentUser.ROLES_CLAIM, user.roles().stream().map(Enum::name).sorted().toList())
                .claim("email", user.email().value())
                .claim("name", user.displayName().value())
                .claim("lang", user.language().code());
        if (user.organisationId() != null) {
            claims.claim(CurrentUser.ORGANISATION_CLAIM, user.organisationId().value());
        }
        var header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
