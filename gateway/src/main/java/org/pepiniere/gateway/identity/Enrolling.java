package org.pepiniere.gateway.identity;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/** Creates a user from the details of a form: the incubator must exist and the email address be free. */
public class Enrolling {

    private final Users users;
    private final Incubators incubators;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public Enrolling(Users users, Incubators incubators, PasswordHasher hasher, Clock clock, Supplier<UUID> ids) {
        this.users = users;
        this.incubators = incubators;
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
                .flatMap(incubator -> users.exists(enrolment.email()))
                // a taken address costs the same hashing as a free one, so timing does not tell them apart
                .flatMap(taken -> taken ? hasher.hash(enrolment.password()).thenReturn(refused(Refusal.EMAIL_TAKEN)) : store(enrolment))
                .defaultIfEmpty(refused(Refusal.UNKNOWN_INCUBATOR));
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
