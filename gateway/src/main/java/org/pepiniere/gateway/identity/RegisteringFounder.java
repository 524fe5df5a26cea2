package org.pepiniere.gateway.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;

import reactor.core.publisher.Mono;

/** A founder creates their own account, in the demo incubator unless they name another. */
public class RegisteringFounder {

    private final Enrolling enrolling;
    private final IncubatorId defaultIncubator;

    public RegisteringFounder(Enrolling enrolling, IncubatorId defaultIncubator) {
        this.enrolling = enrolling;
        this.defaultIncubator = defaultIncubator;
    }

    public record RegisterFounder(
            @Nullable String email,
            @Nullable String password,
            @Nullable String displayName,
            @Nullable String language,
            @Nullable String incubatorId) {
    }

    public Mono<EnrolmentOutcome> register(RegisterFounder command) {
        return enrolling.enrol(new Enrolment.Form(command.email(), command.password(), command.displayName(),
                command.language(), Set.of(Role.FOUNDER), null,
                command.incubatorId() == null ? defaultIncubator.value() : command.incubatorId()));
    }
}
