package org.pepiniere.gateway.identity.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.nimbusds.jose.jwk.JWKSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public half of the signing key, from which every service checks the tokens. */
@RestController
@Tag(name = "Authentication")
class JwksController {

    private final Map<String, Object> publicKeys;

    JwksController(JWKSet signingKeys) {
        this.publicKeys = signingKeys.toPublicJWKSet().toJSONObject(true);
    }

    @Operation(summary = "The public keys that verify the tokens (RFC 7517)")
    @GetMapping("/.well-known/jwks.json")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(publicKeys);
    }
}
