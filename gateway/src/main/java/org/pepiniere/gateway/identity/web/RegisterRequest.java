package org.pepiniere.gateway.identity.web;

import org.jspecify.annotations.Nullable;
import org.pepiniere.gateway.identity.RegisteringFounder.RegisterFounder;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A founder's own registration")
record RegisterRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email", maxLength = 254, example = "ada@example.org")
        @Nullable String email,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "password", minLength = 10, maxLength = 128)
        @Nullable String password,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 120, example = "Ada Lovelace")
        @Nullable String displayName,
        @Schema(allowableValues = {"fr", "en"}, defaultValue = "fr", description = "language of every message the user reads")
        @Nullable String language,
        @Schema(description = "the incubator to join; the demo incubator when absent", example = "imt-mines-ales-enscm")
        @Nullable String incubatorId) {

    RegisterFounder toCommand() {
        return new RegisterFounder(email, password, displayName, language, incubatorId);
    }
}
