package org.pepiniere.gateway.identity.wiring;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.pepiniere.gateway.identity.TokenIssuer;
import org.pepiniere.gateway.identity.tokens.JwtTokenIssuer;
import org.pepiniere.gateway.identity.tokens.SigningKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

/** The signing key kept under {@code pepiniere.data-dir}/gateway, the tokens it signs, and how the gateway checks them. */
@Configuration(proxyBeanMethods = false)
class TokensConfiguration {

    @Bean
    RSAKey signingKey(@Value("${pepiniere.data-dir:./data}") Path dataDirectory) {
        return SigningKeys.loadOrCreate(dataDirectory.resolve("gateway"));
    }

    @Bean
    JWKSet signingKeys(RSAKey signingKey) {
        return new JWKSet(signingKey);
    }

    @Bean
    TokenIssuer tokenIssuer(RSAKey signingKey, Clock clock, IdentityProperties properties,
            @Value("${pepiniere.security.issuer}") String issuer, @Value("${pepiniere.security.audience}") String audience) {
        return new JwtTokenIssuer(signingKey, issuer, audience, clock, properties.tokenLifetime());
    }

    /**
     * The gateway issued the tokens: it checks them with its own public key, without asking itself over HTTP,
     * and makes the same checks as every service.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(RSAKey signingKey, OAuth2TokenValidator<Jwt> pepiniereTokenChecks) throws JOSEException {
        var decoder = NimbusReactiveJwtDecoder.withPublicKey(signingKey.toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(List.of(pepiniereTokenChecks)));
        return decoder;
    }
}
