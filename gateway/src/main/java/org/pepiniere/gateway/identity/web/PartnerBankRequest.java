package org.pepiniere.gateway.identity.web;

import org.jspecify.annotations.Nullable;
import org.pepiniere.gateway.identity.PartnerBankForm;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A partner bank that staff register in their own incubator")
record PartnerBankRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$",
                description = "unique in the incubator; what its bank users' organisationId will be", example = "banque-populaire-sud")
        @Nullable String id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 120, example = "Banque Populaire du Sud")
        @Nullable String name,
        @Schema(description = "a short presentation, in French and in English, each optional")
        @Nullable Description description) {

    record Description(
            @Schema(maxLength = 280) @Nullable String fr,
            @Schema(maxLength = 280) @Nullable String en) {
    }

    PartnerBankForm toForm() {
        return new PartnerBankForm(id, name, description == null ? null : description.fr(),
                description == null ? null : description.en());
    }
}
