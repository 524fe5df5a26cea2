package org.pepiniere.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pepiniere.platform.web.Problems.FieldProblem;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** What is wrong with a request that could not be read or bound: which field or parameter, and why. */
final class InputProblems {

    static ProblemDetail describe(ServerWebInputException ex, Locale locale) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof MissingRequestValueException missing) {
                return fieldProblem(missing.getName(), ProblemTexts.text(locale, "field.missing"), locale);
            }
            if (cause instanceof TypeMismatchException && ex.getMethodParameter() != null) {
                return fieldProblem(parameterName(ex.getMethodParameter()), ProblemTexts.text(locale, "field.wrong-type"), locale);
            }
            if (cause instanceof DataBufferLimitException) {
                return Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                        ProblemTexts.text(locale, "payload-too-large.detail"));
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return fieldProblem(path(unknown), ProblemTexts.text(locale, "field.unknown"), locale);
            }
            if (cause instanceof InvalidFormatException invalid) {
                String reason = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                        ? ProblemTexts.text(locale, "field.unknown-value", enumValues(invalid.getTargetType()))
                        : ProblemTexts.text(locale, "field.wrong-format");
                return fieldProblem(path(invalid), reason, locale);
            }
            if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                return fieldProblem(path(databind), ProblemTexts.text(locale, "field.wrong-type"), locale);
            }
            if (cause instanceof StreamReadException) {
                return Problems.problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                        ProblemTexts.text(locale, "malformed-json.detail"));
            }
            if (cause instanceof JacksonException) {
                return Problems.problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                        ProblemTexts.text(locale, "unreadable-json.detail"));
            }
        }
        return Problems.problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", ProblemTexts.text(locale, "bad-request.detail"));
    }

    private static ProblemDetail fieldProblem(String field, String reason, Locale locale) {
        return invalidFields(List.of(new FieldProblem(field, reason)), locale);
    }

    static ProblemDetail invalidFields(List<FieldProblem> fields, Locale locale) {
        var problem = Problems.invalidFields(fields).getBody();
        problem.setDetail(ProblemTexts.text(locale, "invalid-request.detail", fields.size()));
        return problem;
    }

    private static String path(DatabindException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }

    static List<FieldProblem> bindingProblems(Errors errors, Locale locale) {
        var fields = errors.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), ConstraintReasons.of(error, locale)));
        var global = errors.getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), ConstraintReasons.of(error, locale)));
        return Stream.concat(fields, global).toList();
    }

    /** The name the caller used: the one a {@code @RequestParam} or {@code @PathVariable} gives, else the Java name. */
    static String parameterName(MethodParameter parameter) {
        var query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.name().isEmpty()) {
            return query.name();
        }
        var path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        return String.valueOf(parameter.getParameterName());
    }

    private InputProblems() {
    }
}
