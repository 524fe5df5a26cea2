package org.pepiniere.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.pepiniere.platform.web.Problems.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of every service as RFC 9457 problem details: which field, and why. No stack traces
 * and no internals reach the caller.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    public ProblemDetailsAdvice() {
        ProblemTexts.load();
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        return ProblemTexts.language(exchange).flatMap(locale -> respond(describeInputProblem(ex, locale), locale, exchange));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        var fields = ex.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), reason(error)))
                .toList();
        var global = ex.getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), String.valueOf(error.getDefaultMessage())));
        var all = java.util.stream.Stream.concat(fields.stream(), global).toList();
        return ProblemTexts.language(exchange).flatMap(locale -> respond(invalidFields(all, locale), locale, exchange));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        var fields = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        return ProblemTexts.language(exchange).flatMap(locale -> respond(invalidFields(fields, locale), locale, exchange));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    Mono<ResponseEntity<Object>> duplicate(DuplicateKeyException ex, ServerWebExchange exchange) {
        return ProblemTexts.language(exchange).flatMap(locale -> respond(Problems.problem(HttpStatus.CONFLICT,
                "already-exists", "Already exists", ProblemTexts.text(locale, "already-exists.detail")), locale, exchange));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Mono<ResponseEntity<Object>> denied(AccessDeniedException ex, ServerWebExchange exchange) {
        return ProblemTexts.language(exchange).flatMap(locale -> respond(
                Problems.forbidden(ProblemTexts.text(locale, "forbidden.detail")).getBody(), locale, exchange));
    }

    @ExceptionHandler(Exception.class)
    Mono<ResponseEntity<Object>> unexpected(Exception ex, ServerWebExchange exchange) {
        log.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
        return ProblemTexts.language(exchange).flatMap(locale -> respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", "Internal error", ProblemTexts.text(locale, "internal-error.detail")), locale, exchange));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        // Spring hands an ErrorResponse over with no body and reads the response's own problem later
        Object problemBody = body == null && ex instanceof ErrorResponse response ? response.getBody() : body;
        if (!(problemBody instanceof ProblemDetail problem)) {
            return super.handleExceptionInternal(ex, body, headers, status, exchange);
        }
        return ProblemTexts.language(exchange)
                .doOnNext(locale -> ProblemTexts.localizeTitle(problem, locale))
                .then(Mono.defer(() -> super.handleExceptionInternal(ex, problem, headers, status, exchange)));
    }

    private Mono<ResponseEntity<Object>> respond(ProblemDetail problem, Locale locale, ServerWebExchange exchange) {
        ProblemTexts.localizeTitle(problem, locale);
        problem.setInstance(exchange.getRequest().getURI().resolve(exchange.getRequest().getPath().value()));
        return Mono.just(ResponseEntity.status(problem.getStatus()).body(problem));
    }

    static ProblemDetail describeInputProblem(ServerWebInputException ex, Locale locale) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
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

    private static ProblemDetail invalidFields(List<FieldProblem> fields, Locale locale) {
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
        return java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String reason(FieldError error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "invalid";
    }
}
