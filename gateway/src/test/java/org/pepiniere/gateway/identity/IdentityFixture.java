package org.pepiniere.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.pepiniere.contracts.identity.Role;

import reactor.core.publisher.Mono;

/** An identity provider with its collaborators in memory and the demo incubator in place. */
class IdentityFixture {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final IncubatorId DEMO = DemoTenant.INCUBATOR.id();

    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryIncubators incubators = new InMemoryIncubators().with(DemoTenant.INCUBATOR);
    final InMemoryPartnerBanks banks = new InMemoryPartnerBanks();
    final ReversibleHasher hasher = new ReversibleHasher();
    final TokenIssuer tokens = user -> Mono.just(new AccessToken("token-of-" + user.email(), Duration.ofHours(1)));
    private final AtomicLong ids = new AtomicLong();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final Enrolling enrolling = new Enrolling(users, incubators, banks, hasher, clock, () -> new UUID(0, ids.incrementAndGet()));

    /** The demo incubator with the demo bank registered, as the seed leaves it. */
    IdentityFixture withDemoBank() {
        var bank = ((PartnerBankForm.Checked.Valid) DemoTenant.BANK.check(DEMO, NOW)).bank();
        banks.add(bank, bank.registered(new UUID(1, ids.incrementAndGet()))).block();
        return this;
    }

    RegisteringPartnerBank registeringBank() {
        return new RegisteringPartnerBank(banks, clock, () -> new UUID(2, ids.incrementAndGet()));
    }

    SeedingDemo seeding() {
        return new SeedingDemo(incubators, banks, enrolling, clock, () -> new UUID(3, ids.incrementAndGet()));
    }

    RegisteringFounder registering() {
        return new RegisteringFounder(enrolling, DEMO);
    }

    CreatingUser creating() {
        return new CreatingUser(enrolling);
    }

    LoggingIn loggingIn() {
        return new LoggingIn(users, hasher, tokens);
    }

    static RegisteringFounder.RegisterFounder founder(String email) {
        return new RegisteringFounder.RegisterFounder(email, "a long enough secret", "Ada Lovelace", null, null);
    }

    static CreatingUser.Requester staffOf(IncubatorId incubator) {
        return new CreatingUser.Requester("staff-1", incubator.value(), Set.of(Role.STAFF));
    }

    static CreatingUser.Requester founderOf(IncubatorId incubator) {
        return new CreatingUser.Requester("founder-1", incubator.value(), Set.of(Role.FOUNDER));
    }
}
