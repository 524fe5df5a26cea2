package org.pepiniere.applications.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pepiniere.applications.applying.Application;
import org.pepiniere.applications.applying.ApplicationContent;
import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.Applications;
import org.pepiniere.applications.applying.Money;
import org.pepiniere.applications.applying.Sector;
import org.pepiniere.applications.applying.Stage;
import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.contracts.applications.ApplicationWithdrawn;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class KeepingConsentsTest {

    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static final ApplicationId APPLICATION = new ApplicationId("app-1");

    private final InMemoryConsents store = new InMemoryConsents();
    private final KeepingConsents keeping = new KeepingConsents(oneApplication(), store, store, Clock.fixed(NOW, ZoneOffset.UTC));

    KeepingConsentsTest() {
        store.remember(new PartnerBank("incubator", "bp-sud", "Banque Populaire du Sud", null, null)).block();
        store.remember(new PartnerBank("incubator", "credit-agricole-demo", "Crédit Agricole (démo)", null, null)).block();
    }

    @Test
    void givesConsentForOneBankAndTellsTheDecisionsThatBankOnly() {
        var outcome = keeping.set("founder-1", "incubator", APPLICATION, "bp-sud", true).block();

        assertThat(outcome).isInstanceOfSatisfying(ConsentOutcome.Consents.class, all -> assertThat(all.banks())
                .extracting(consent -> consent.bank().bankId() + "=" + consent.granted())
                .containsExactly("bp-sud=true", "credit-agricole-demo=false"));
        assertThat(store.grantedBanks("incubator", APPLICATION.value()).block()).containsExactly("bp-sud");
    }

    @Test
    void refusesABankTheIncubatorDoesNotHaveAndKeepsNothing() {
        var outcome = keeping.set("founder-1", "incubator", APPLICATION, "unknown", true).block();

        assertThat(outcome).isEqualTo(new ConsentOutcome.Refused(ConsentRefusal.UNKNOWN_BANK));
        assertThat(store.consents).isEmpty();
    }

    @Test
    void hidesTheApplicationFromAnotherFounderButNotFromStaff() {
        assertThat(keeping.set("founder-2", "incubator", APPLICATION, "bp-sud", true).block())
                .isEqualTo(new ConsentOutcome.Refused(ConsentRefusal.APPLICATION_NOT_FOUND));
        assertThat(keeping.read(new KeepingConsents.Reader("founder-2", "incubator", false), APPLICATION).block())
                .isEqualTo(new ConsentOutcome.Refused(ConsentRefusal.APPLICATION_NOT_FOUND));
        assertThat(keeping.read(new KeepingConsents.Reader("staff-1", "incubator", true), APPLICATION).block())
                .isInstanceOf(ConsentOutcome.Consents.class);
        assertThat(store.consents).isEmpty();
    }

    private static Applications oneApplication() {
        var content = new ApplicationContent("Chlorofil", "Bio-sourced solvents.", Sector.CHEMISTRY, Stage.PROTOTYPE,
                new Money(15_000_000, "EUR"), Map.of(), List.of(), List.of());
        var application = Application.draft(APPLICATION, "incubator", "founder-1", null, content, NOW);
        return new Applications() {
            @Override
            public Mono<Application> find(String incubatorId, ApplicationId id) {
                return "incubator".equals(incubatorId) && APPLICATION.equals(id) ? Mono.just(application) : Mono.empty();
            }

            @Override
            public Mono<Application> add(Application draft) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Flux<Application> ofFounder(String incubatorId, String founderId, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Flux<Application> ofIncubator(String incubatorId, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Mono<Application> saveRevised(Application revised, long expectedVersion) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Mono<Application> saveSubmitted(Application submitted, long expectedVersion, ApplicationSubmitted event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Mono<Application> saveWithdrawn(Application withdrawn, long expectedVersion, ApplicationWithdrawn event) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
