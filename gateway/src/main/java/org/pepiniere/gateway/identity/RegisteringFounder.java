package org.pepiniere.gateway.identity;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;

import reactor.core.publisher.Mono;

/**
 * A founder creates their own account, in the demo incubator unless they name another. A new address and
 * one that already has an account get the same answer after the same work, so registering does not tell
 * anyone who has an account; the account that exists is left untouched.
 */
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

    public sealed interface Outcome {

        /** The account was created, or the address already had one: the caller cannot tell which. */
        record Accepted(Enrolment enrolment) implements Outcome {
        }

        record Invalid(List<InvalidField> problems) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
        }
    }

    public Mono<Outcome> register(RegisterFounder command) {
        var form = new Enrolment.Form(command.email(), command.password(), command.displayName(),
                command.language(), Set.of(Role.FOUNDER), null,
                command.incubatorId() == null ? defaultIncubator.value() : command.incubatorId());
        return enrolling.enrol(form).map(outcome -> {
            if (outcome instanceof EnrolmentOutcome.Invalid invalid) {
                return new Outcome.Invalid(invalid.problems());
            }
            if (outcome instanceof EnrolmentOutcome.Refused refused && refused.refusal() != Refusal.EMAIL_TAKEN) {
                return new Outcome.Refused(refused.refusal());
            }
            return new Outcome.Accepted(((Enrolment.Checked.Valid) form.check()).enrolment());
        });
    }
}
