package org.pepiniere.funding.startups;

import java.time.Instant;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A start-up of an incubator as funding knows it: what its submitted application said of it.
 *
 * @param amountSoughtCents money sought, in cents of {@code currency}, or null
 */
public record Startup(
        ApplicationId applicationId,
        String incubatorId,
        String name,
        String sector,
        String stage,
        @Nullable Long amountSoughtCents,
        @Nullable String currency,
        Instant submittedAt) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Startup {
        require("incubator id", incubatorId, 64);
        require("start-up name", name, 120);
        require("sector", sector, 40);
        require("stage", stage, 40);
        if (applicationId == null || submittedAt == null) {
            throw new IllegalArgumentException("A start-up needs its application id and submission time");
        }
        if (amountSoughtCents != null && amountSoughtCents < 0) {
            throw new IllegalArgumentException("The amount sought cannot be negative");
        }
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("A currency is an ISO 4217 code of three capital letters");
        }
    }

    private static void require(String what, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("The " + what + " must be 1 to " + max + " characters");
        }
    }
}
