package org.pepiniere.gateway.identity.web;

import java.util.List;

import org.pepiniere.gateway.identity.InvalidField;
import org.pepiniere.gateway.identity.Refusal;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The problem+json answer to each refusal of the identity provider, written in the caller's language by the platform. */
final class IdentityProblems {

    static ErrorResponseException of(Refusal refusal, Object... arguments) {
        return Problems.refused(status(refusal), refusal.slug(), refusal.key(), arguments);
    }

    private static HttpStatus status(Refusal refusal) {
        return switch (refusal) {
            case EMAIL_TAKEN -> HttpStatus.CONFLICT;
            case UNKNOWN_INCUBATOR -> HttpStatus.UNPROCESSABLE_CONTENT;
            case STAFF_ONLY, BANKS_STAFF_ONLY -> HttpStatus.FORBIDDEN;
            case PARTNER_BANK_TAKEN -> HttpStatus.CONFLICT;
            case UNKNOWN_PARTNER_BANK -> HttpStatus.NOT_FOUND;
            case WRONG_CREDENTIALS -> HttpStatus.UNAUTHORIZED;
        };
    }

    static ErrorResponseException of(List<InvalidField> problems) {
        return Problems.fieldsRefused(problems.stream()
                .map(problem -> new Problems.RefusedField(problem.field(), problem.rule().key(), problem.rule().arguments()))
                .toList());
    }

    private IdentityProblems() {
    }
}
