package org.pepiniere.platform.web;

import java.util.List;
import java.util.Locale;

import org.pepiniere.platform.web.Problems.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Fields a service refused, each with the key of its reason; the advice writes them in the caller's language. */
final class FieldsRefused extends ErrorResponseException {

    record Reason(String field, String key, Object[] arguments) {
    }

    private final List<Reason> reasons;

    FieldsRefused(List<Reason> reasons) {
        super(HttpStatus.BAD_REQUEST, Problems.invalidFields(in(reasons, Locale.FRENCH)).getBody(), null,
                "invalid-request.detail", new Object[] {reasons.size()});
        this.reasons = List.copyOf(reasons);
    }

    List<FieldProblem> in(Locale locale) {
        return in(reasons, locale);
    }

    private static List<FieldProblem> in(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(reason -> new FieldProblem(reason.field(),
                ProblemTexts.text(locale, reason.key(), reason.arguments()))).toList();
    }
}
