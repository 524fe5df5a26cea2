package org.pepiniere.applications.consent.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.consent.BankConsent;

/**
 * One partner bank and the founder's consent for it.
 *
 * @param changedAt when the founder last changed it; null while they never chose (not granted)
 */
record ConsentView(String bankId, String name, Description description, boolean granted, @Nullable Instant changedAt) {

    record Description(@Nullable String fr, @Nullable String en) {
    }

    static ConsentView of(BankConsent consent) {
        var bank = consent.bank();
        return new ConsentView(bank.bankId(), bank.name(), new Description(bank.descriptionFr(), bank.descriptionEn()),
                consent.granted(), consent.changedAt());
    }
}
