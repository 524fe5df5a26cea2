package org.pepiniere.platform.security;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;

/**
 * What a token must say besides a good signature and dates: who issued it ({@code iss}), that it is meant
 * for Pépinière ({@code aud}), and whose it is ({@code sub}, {@code incubatorId}). A token signed by the
 * right key for another audience, or without a user or a tenant, is refused with a 401 like a forged one.
 */
public final class TokenChecks {

    private TokenChecks() {
    }

    /** The checks, without the signature and expiry ones every decoder already makes. */
    public static OAuth2TokenValidator<Jwt> of(String issuer, String audience) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtIssuerValidator(issuer),
                audienceOf(audience),
                TokenChecks::userAndTenant));
    }

    private static OAuth2TokenValidator<Jwt> audienceOf(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : failure("The token is not meant for " + audience);
    }

    private static OAuth2TokenValidatorResult userAndTenant(Jwt jwt) {
        if (isBlank(jwt.getClaimAsString(JwtClaimNames.SUB))) {
            return failure("The token names no user (sub)");
        }
        if (isBlank(jwt.getClaimAsString(CurrentUser.INCUBATOR_CLAIM))) {
            return failure("The token names no incubator (" + CurrentUser.INCUBATOR_CLAIM + ")");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
