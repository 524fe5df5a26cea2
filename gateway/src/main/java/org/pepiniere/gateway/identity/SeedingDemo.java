package org.pepiniere.gateway.identity;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Creates the demo incubator, its partner bank and its users when they are missing. A demo user or bank that
 * already exists is left as it is and not announced again, so running it at every start is harmless. The users
 * share a published password, so they are created only when asked for; the incubator, which founders join when
 * they name none, holds no secret and is always there. The bank comes before the users: its user belongs to it.
 */
public class SeedingDemo {

    private final Incubators incubators;
    private final PartnerBanks banks;
    private final Enrolling enrolling;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public SeedingDemo(Incubators incubators, PartnerBanks banks, Enrolling enrolling, Clock clock, Supplier<UUID> ids) {
        this.incubators = incubators;
        this.banks = banks;
        this.enrolling = enrolling;
        this.clock = clock;
        this.ids = ids;
    }

    /** The incubator, its bank and its users; completes with the number of users created by this run. */
    public Mono<Long> seed() {
        return seedIncubator()
                .then(seedBank())
                .thenMany(Flux.fromIterable(DemoTenant.USERS).concatMap(enrolling::enrol))
                .filter(EnrolmentOutcome.Created.class::isInstance)
                .count();
    }

    /** Only the demo incubator, without any account. */
    public Mono<Void> seedIncubator() {
        return incubators.ensure(DemoTenant.INCUBATOR).then();
    }

    private Mono<Void> seedBank() {
        var checked = DemoTenant.BANK.check(DemoTenant.INCUBATOR.id(), clock.instant());
        var bank = ((PartnerBankForm.Checked.Valid) checked).bank();
        return banks.find(bank.incubatorId(), bank.id())
                .hasElement()
                // empty from add too when another start registered it meanwhile: either way it is there once
                .flatMap(exists -> exists ? Mono.<Void>empty() : banks.add(bank, bank.registered(ids.get())).then());
    }
}
