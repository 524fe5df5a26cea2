package org.pepiniere.applications.consent;

import org.jspecify.annotations.Nullable;

/** A partner bank of an incubator, as the gateway announced it; {@code bankId} is its organisation id. */
public record PartnerBank(
        String incubatorId,
        String bankId,
        String name,
        @Nullable String descriptionFr,
        @Nullable String descriptionEn) {
}
