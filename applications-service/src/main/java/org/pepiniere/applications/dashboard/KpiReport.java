package org.pepiniere.applications.dashboard;

import java.time.Instant;
import java.time.YearMonth;

/**
 * What a founder reports of their start-up for one month: the jobs created, the money raised and the revenue made
 * during that month (flows, not running totals, so that a cohort's months add up), in cents of {@code currency}.
 * Reporting a month again replaces its report.
 */
public record KpiReport(YearMonth period, int jobsCreated, long moneyRaisedCents, long revenueCents, String currency,
        Instant reportedAt) {

    public static final int MOST_JOBS = 100_000;
    public static final long MOST_CENTS = 1_000_000_000_000L;

    public KpiReport {
        if (jobsCreated < 0 || jobsCreated > MOST_JOBS || moneyRaisedCents < 0 || moneyRaisedCents > MOST_CENTS
                || revenueCents < 0 || revenueCents > MOST_CENTS || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("KPIs are positive or zero, in cents of an ISO 4217 currency");
        }
    }
}
