package org.pepiniere.gateway.identity.web;

import java.util.List;

import org.pepiniere.gateway.identity.Enrolment;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a registration, built only from what the caller sent: the same whether the address was
 * free or already had an account. The user's id is the {@code sub} of the token a login returns.
 */
@Schema(description = "A registration was accepted: log in with the address and password given")
record RegistrationView(String email, String displayName, String language, List<String> roles, String incubatorId) {

    static RegistrationView of(Enrolment enrolment) {
        return new RegistrationView(enrolment.email().value(), enrolment.displayName().value(), enrolment.language().code(),
                enrolment.roles().stream().map(Enum::name).sorted().toList(), enrolment.incubatorId().value());
    }
}
