package org.pepiniere.applications.consent;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One partner bank and what the founder chose for it; without a choice yet, not granted and never changed. */
public record BankConsent(PartnerBank bank, boolean granted, @Nullable Instant changedAt) {
}
