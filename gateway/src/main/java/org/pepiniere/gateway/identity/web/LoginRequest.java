package org.pepiniere.gateway.identity.web;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

record LoginRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "founder@pepiniere.demo") @Nullable String email,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "password", example = "demo-pepiniere") @Nullable String password) {
}
