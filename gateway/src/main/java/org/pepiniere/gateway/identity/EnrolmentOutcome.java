package org.pepiniere.gateway.identity;

import java.util.List;

/** A user was created, or the details were invalid, or the identity provider refused. */
public sealed interface EnrolmentOutcome {

    record Created(User user) implements EnrolmentOutcome {
    }

    record Invalid(List<InvalidField> problems) implements EnrolmentOutcome {
    }

    record Refused(Refusal refusal) implements EnrolmentOutcome {
    }
}
