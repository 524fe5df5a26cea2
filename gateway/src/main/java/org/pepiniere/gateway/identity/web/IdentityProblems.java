package org.pepiniere.gateway.identity.web;

import java.util.List;

import org.pepiniere.gateway.identity.InvalidField;
import org.pepiniere.gateway.identity.Refusal;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The problem+json answer to each refusal of the identity provider. */
final class IdentityProblems {

    static ErrorResponseException of(Refusal refusal) {
        return switch (refusal) {
            case EMAIL_TAKEN -> Problems.conflict(refusal.slug(), refusal.detail());
            case UNKNOWN_INCUBATOR -> Problems.unprocessable(refusal.slug(), refusal.detail());
            case STAFF_ONLY -> Problems.forbidden(refusal.detail());
            case WRONG_CREDENTIALS -> Problems.exception(Problems.problem(HttpStatus.UNAUTHORIZED, refusal.slug(),
                    "Invalid credentials", refusal.detail()));
        };
    }

    static ErrorResponseException of(List<InvalidField> problems) {
        return Problems.invalidFields(problems.stream()
                .map(problem -> new Problems.FieldProblem(problem.field(), problem.reason()))
                .toList());
    }

    private IdentityProblems() {
    }
}
