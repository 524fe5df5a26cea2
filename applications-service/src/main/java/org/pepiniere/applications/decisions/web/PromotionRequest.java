package org.pepiniere.applications.decisions.web;

import org.jspecify.annotations.Nullable;

record PromotionRequest(@Nullable String cohortId, @Nullable String reasonsFr, @Nullable String reasonsEn) {
}
