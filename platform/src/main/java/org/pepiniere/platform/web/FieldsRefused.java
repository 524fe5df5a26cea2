package org.pepiniere.platform.web;

import java.util.List;
import java.util.Locale;

import org.pepiniere.platform.web.Problems.FieldProblem;
import org.pepiniere.platform.web.Problems.RefusedField;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Fields a service refused, each with the key of its reason; the advice writes them in the caller's language. */
final class FieldsRefused extends ErrorResponseException {

    private final List<RefusedField> fields;

    FieldsRefused(List<RefusedField> fields) {
        super(HttpStatus.BAD_REQUEST, Problems.invalidFields(in(fields, Locale.FRENCH)).getBody(), null,
                "invalid-request.detail", new Object[] {fields.size()});
        this.fields = List.copyOf(fields);
    }

    List<FieldProblem> in(Locale locale) {
        return in(fields, locale);
    }

    private static List<FieldProblem> in(List<RefusedField> fields, Locale locale) {
        return fields.stream().map(field -> new FieldProblem(field.field(),
                ProblemTexts.text(locale, field.reasonKey(), field.arguments().toArray()))).toList();
    }
}
