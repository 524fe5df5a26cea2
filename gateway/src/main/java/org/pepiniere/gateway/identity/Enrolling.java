package org.pepiniere.gateway.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.pepiniere.contracts.identity.Role;

import reactor.core.publisher.Mono;

/**
 * Creates a user from the details of a form: the incubator must exist, the email address be free, and a bank
 * user belong to a partner bank registered in that incubator, so that nobody can be given another bank's rights.
 */
public class Enrolling {

    private final Users users;
    private final Incubators incubators;
    private final PartnerBanks banks;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public Enrolling(Users users, Incubators incubators, PartnerBanks banks, PasswordHasher hasher, Clock clock,
            Supplier<UUID> ids) {
        this.users = users;
        this.incubators = incubators;
        this.banks = banks;
        this.hasher = hasher;
        this.clock = clock;
        this.ids = ids;
    }

    public Mono<EnrolmentOutcome> enrol(Enrolment.Form form) {
        var checked = form.check();
        if (checked instanceof Enrolment.Checked.Invalid invalid) {
            return Mono.just(new EnrolmentOutcome.Invalid(invalid.problems()));
        }
        var enrolment = ((Enrolment.Checked.Valid) checked).enrolment();
        return incubators.find(enrolment.incubatorId())
                .flatMap(incubator -> bankProblem(enrolment))
                .flatMap(problem -> problem.isPresent() ? Mono.just(problem.get()) : users.exists(enrolment.email())
                        // a taken address costs the same hashing as a free one, so timing does not tell them apart
                        .flatMap(taken -> taken ? hasher.hash(enrolment.password()).thenReturn(refused(Refusal.EMAIL_TAKEN))
                                : store(enrolment)))
                .defaultIfEmpty(refused(Refusal.UNKNOWN_INCUBATOR));
    }

    /** Only staff create bank users, so this early answer tells nobody outside the incubator anything. */
    private Mono<Optional<EnrolmentOutcome>> bankProblem(Enrolment enrolment) {
        if (!enrolment.roles().contains(Role.BANK) || enrolment.organisationId() == null) {
            return Mono.just(Optional.empty());
        }
        return banks.find(enrolment.incubatorId(), enrolment.organisationId())
                .map(bank -> Optional.<EnrolmentOutcome>empty())
                .defaultIfEmpty(Optional.of(new EnrolmentOutcome.Invalid(
                        List.of(new InvalidField("organisationId", FieldRule.NOT_A_PARTNER_BANK)))));
    }

    private Mono<EnrolmentOutcome> store(Enrolment enrolment) {
        return hasher.hash(enrolment.password()).flatMap(hash -> {
            var user = new User(new UserId(ids.get()), enrolment.incubatorId(), enrolment.email(), enrolment.displayName(),
                    enrolment.language(), enrolment.roles(), enrolment.organisationId(), hash, clock.instant());
            return users.add(user, user.registered(ids.get()))
                    .<EnrolmentOutcome>map(EnrolmentOutcome.Created::new)
                    // the unique index caught a registration that raced this one
                    .defaultIfEmpty(refused(Refusal.EMAIL_TAKEN));
        });
    }

    private static EnrolmentOutcome refused(Refusal refusal) {
        return new EnrolmentOutcome.Refused(refusal);
    }
}
