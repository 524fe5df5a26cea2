package org.pepiniere.applications.applying;

/** An amount in cents of an ISO 4217 currency. */
public record Money(long cents, String currency) {

    /** A seed or pre-seed round above a hundred million euros is a typing error, not an application. */
    static final long MAX_CENTS = 10_000_000_000L;

    public Money {
        if (cents < 0 || cents > MAX_CENTS) {
            throw new IllegalArgumentException("amount must be between 0 and " + MAX_CENTS + " cents");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR");
        }
    }
}
