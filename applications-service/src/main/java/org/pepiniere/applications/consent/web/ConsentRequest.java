package org.pepiniere.applications.consent.web;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Whether the bank may receive the start-up's name and the amount sought with the decision")
record ConsentRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Boolean granted) {
}
