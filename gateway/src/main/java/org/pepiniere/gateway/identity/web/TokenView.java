package org.pepiniere.gateway.identity.web;

import org.pepiniere.gateway.identity.AccessToken;

import io.swagger.v3.oas.annotations.media.Schema;

record TokenView(
        String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "seconds until the token expires", example = "3600") long expiresIn) {

    static TokenView of(AccessToken token) {
        return new TokenView(token.value(), "Bearer", token.expiresIn().toSeconds());
    }
}
