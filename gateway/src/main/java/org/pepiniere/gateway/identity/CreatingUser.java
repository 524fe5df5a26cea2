package org.pepiniere.gateway.identity;

import java.util.Collection;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;

import reactor.core.publisher.Mono;

/** Staff create the accounts of jurors, mentors, bank users and other staff of their own incubator. */
public class CreatingUser {

    private final Enrolling enrolling;

    public CreatingUser(Enrolling enrolling) {
        this.enrolling = enrolling;
    }

    /** Who asks, as their token says. */
    public record Requester(String userId, String incubatorId, Set<Role> roles) {
    }

    public record CreateUser(
            @Nullable String email,
            @Nullable String password,
            @Nullable String displayName,
            @Nullable String language,
            @Nullable Collection<Role> roles,
            @Nullable String organisationId) {
    }

    public Mono<EnrolmentOutcome> create(Requester requester, CreateUser command) {
        if (!requester.roles().contains(Role.STAFF)) {
            return Mono.just(new EnrolmentOutcome.Refused(Refusal.STAFF_ONLY));
        }
        return enrolling.enrol(new Enrolment.Form(command.email(), command.password(), command.displayName(),
                command.language(), command.roles(), command.organisationId(), requester.incubatorId()));
    }
}
