package org.pepiniere.applications.dashboard.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A month's KPIs as a founder reports them: what happened during that month, money in cents of {@code currency}. */
record KpiRequest(
        @NotNull @Min(0) @Max(100_000) Integer jobsCreated,
        @NotNull @Min(0) @Max(1_000_000_000_000L) Long moneyRaisedCents,
        @NotNull @Min(0) @Max(1_000_000_000_000L) Long revenueCents,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{applications.currency}") String currency) {
}
