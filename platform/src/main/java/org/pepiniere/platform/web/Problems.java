package org.pepiniere.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problems with a stable {@code type} per kind of problem. Web adapters map a refused
 * command to one of these; the platform's advice renders them as {@code application/problem+json}.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://pepiniere.org/problems/";

    /** One field of a request and why it was refused. */
    public record FieldProblem(String field, String reason) {
    }

    /**
     * One field of a request and the problem text {@code reasonKey} that says why it was refused, with the
     * text's {@code {0}}, {@code {1}}… arguments.
     */
    public record RefusedField(String field, String reasonKey, List<Object> arguments) {

        public RefusedField {
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        }

        public RefusedField(String field, String reasonKey, Object... arguments) {
            this(field, reasonKey, Arrays.asList(arguments));
        }
    }

    /**
     * A refusal whose detail is the problem text {@code detailKey}: the platform's advice writes it in
     * the caller's language when it answers (French until then). This is how services explain themselves.
     */
    public static ErrorResponseException refused(HttpStatus status, String slug, String detailKey, Object... arguments) {
        var problem = problem(status, slug, ProblemTexts.text(Locale.FRENCH, "status." + status.value()),
                ProblemTexts.text(Locale.FRENCH, detailKey, arguments));
        return new ErrorResponseException(status, problem, null, detailKey, arguments);
    }

    /** A 400 naming one field, whose reason is the problem text {@code reasonKey} in the caller's language. */
    public static ErrorResponseException invalidField(String field, String reasonKey, Object... arguments) {
        return new FieldsRefused(List.of(new RefusedField(field, reasonKey, arguments)));
    }

    /** A 400 naming every refused field, each reason written in the caller's language. */
    public static ErrorResponseException fieldsRefused(List<RefusedField> fields) {
        return new FieldsRefused(fields);
    }

    public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    public static ErrorResponseException exception(ProblemDetail problem) {
        return new ErrorResponseException(HttpStatus.valueOf(problem.getStatus()), problem, null);
    }

    public static ErrorResponseException notFound(String what, String id) {
        var problem = problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No " + what + " with id " + id + ".");
        return exception(problem);
    }

    public static ErrorResponseException unauthorized(String detail) {
        return exception(problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated", detail));
    }

    public static ErrorResponseException forbidden(String detail) {
        return exception(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail));
    }

    public static ErrorResponseException conflict(String slug, String detail) {
        return exception(problem(HttpStatus.CONFLICT, slug, "Conflict", detail));
    }

    public static ErrorResponseException unprocessable(String slug, String detail) {
        return exception(problem(HttpStatus.UNPROCESSABLE_CONTENT, slug, "Request refused", detail));
    }

    public static ErrorResponseException badRequest(String slug, String detail) {
        return exception(problem(HttpStatus.BAD_REQUEST, slug, "Bad request", detail));
    }

    public static ErrorResponseException invalidFields(List<FieldProblem> fields) {
        var problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request has " + fields.size() + " invalid field(s).");
        problem.setProperty("errors", fields);
        return exception(problem);
    }

    private Problems() {
    }
}
