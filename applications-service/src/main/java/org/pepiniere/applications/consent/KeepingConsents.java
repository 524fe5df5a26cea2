package org.pepiniere.applications.consent;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pepiniere.applications.applying.Application;
import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.Applications;

import reactor.core.publisher.Mono;

/**
 * A founder gives or withdraws consent, per partner bank of their incubator, for their own application; the founder
 * and the incubator's staff read it. Staff never change it: the choice is the founder's (GDPR consent). The caller
 * has checked the role; here an application of someone else or of another incubator is not found, alike.
 */
public class KeepingConsents {

    /** More partner banks than any incubator has; a bound on what one page lists. */
    public static final int MAX_BANKS = 200;

    private final Applications applications;
    private final PartnerBanks banks;
    private final Consents consents;
    private final Clock clock;

    public KeepingConsents(Applications applications, PartnerBanks banks, Consents consents, Clock clock) {
        this.applications = applications;
        this.banks = banks;
        this.consents = consents;
        this.clock = clock;
    }

    /** Who reads: the founder of the application, or staff of its incubator. */
    public record Reader(String userId, String incubatorId, boolean staff) {
    }

    public Mono<ConsentOutcome> read(Reader reader, ApplicationId applicationId) {
        return visible(reader, applicationId)
                .flatMap(application -> all(reader.incubatorId(), applicationId.value()))
                .defaultIfEmpty(new ConsentOutcome.Refused(ConsentRefusal.APPLICATION_NOT_FOUND));
    }

    /** Only a founder calls this, for an application they must own. */
    public Mono<ConsentOutcome> set(String founderId, String incubatorId, ApplicationId applicationId, String bankId,
            boolean granted) {
        String id = applicationId.value();
        return visible(new Reader(founderId, incubatorId, false), applicationId)
                .flatMap(application -> banks.find(incubatorId, bankId)
                        .flatMap(bank -> consents.set(incubatorId, id, bank.bankId(), granted, clock.instant()))
                        .flatMap(changed -> all(incubatorId, id))
                        .defaultIfEmpty(new ConsentOutcome.Refused(ConsentRefusal.UNKNOWN_BANK)))
                .defaultIfEmpty(new ConsentOutcome.Refused(ConsentRefusal.APPLICATION_NOT_FOUND));
    }

    private Mono<Application> visible(Reader reader, ApplicationId applicationId) {
        return applications.find(reader.incubatorId(), applicationId)
                .filter(application -> reader.staff() || application.isOwnedBy(reader.userId()));
    }

    private Mono<ConsentOutcome> all(String incubatorId, String applicationId) {
        return consents.ofApplication(incubatorId, applicationId)
                .collectMap(Consent::bankId, Function.identity())
                .flatMap(chosen -> banks.ofIncubator(incubatorId, MAX_BANKS)
                        .map(bank -> consentFor(bank, chosen))
                        .collectList())
                .map(ConsentOutcome.Consents::new);
    }

    private static BankConsent consentFor(PartnerBank bank, Map<String, Consent> chosen) {
        var consent = chosen.get(bank.bankId());
        return consent == null ? new BankConsent(bank, false, null) : new BankConsent(bank, consent.granted(), consent.changedAt());
    }
}
