package org.pepiniere.gateway.identity.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.gateway.identity.CreatingUser.CreateUser;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A user that staff create in their own incubator")
record CreateUserRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email", maxLength = 254, example = "jury2@example.org")
        @Nullable String email,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "password", minLength = 10, maxLength = 128)
        @Nullable String password,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 120, example = "Marie Curie")
        @Nullable String displayName,
        @Schema(allowableValues = {"fr", "en"}, defaultValue = "fr")
        @Nullable String language,
        @ArraySchema(minItems = 1, uniqueItems = true, schema = @Schema(implementation = Role.class))
        @Nullable List<Role> roles,
        @Schema(description = "the partner organisation; required for a BANK user", example = "credit-agricole-demo")
        @Nullable String organisationId) {

    CreateUser toCommand() {
        return new CreateUser(email, password, displayName, language, roles, organisationId);
    }
}
