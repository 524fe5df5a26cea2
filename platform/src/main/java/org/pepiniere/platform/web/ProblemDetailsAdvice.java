package org.pepiniere.platform.web;

import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pepiniere.platform.web.Problems.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import reactor.core.publisher.Mono;

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
        return ProblemTexts.language(exchange).flatMap(locale -> respond(InputProblems.describe(ex, locale), locale, exchange));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        return ProblemTexts.language(exchange).flatMap(locale -> respond(InputProblems.invalidFields(InputProblems.bindingProblems(ex, locale), locale),
                locale, exchange));
    }

    /**
     * Path and query parameters (and bodies) that break their constraints, as Spring's built-in method
     * validation reports them: controllers are never {@code @Validated}, whose proxy would throw around this.
     */
    @Override
    protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        return ProblemTexts.language(exchange).flatMap(locale -> {
            var fields = ex.getParameterValidationResults().stream()
                    .flatMap(result -> result instanceof ParameterErrors errors
                            ? InputProblems.bindingProblems(errors, locale).stream()
                            : result.getResolvableErrors().stream().map(error -> new FieldProblem(
                                    InputProblems.parameterName(result.getMethodParameter()), ConstraintReasons.of(error, locale))))
                    .toList();
            return respond(InputProblems.invalidFields(fields, locale), locale, exchange);
        });
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
        Correlated.log(exchange.getResponse().getHeaders().getFirst(CorrelationIdFilter.HEADER), () -> log.error(
                "Unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex));
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
                .doOnNext(locale -> localize(ex, problem, locale, exchange))
                .then(Mono.defer(() -> super.handleExceptionInternal(ex, problem, headers, status, exchange)));
    }

    private static void localize(Exception ex, ProblemDetail problem, Locale locale, ServerWebExchange exchange) {
        ProblemTexts.localizeTitle(problem, locale);
        if (ex instanceof ErrorResponse response) {
            ProblemTexts.localizeDetail(problem, response, locale);
        }
        if (ex instanceof FieldsRefused refused) {
            problem.setProperty("errors", refused.in(locale));
        }
        problem.setInstance(instance(exchange));
    }

    private Mono<ResponseEntity<Object>> respond(ProblemDetail problem, Locale locale, ServerWebExchange exchange) {
        ProblemTexts.localizeTitle(problem, locale);
        problem.setInstance(instance(exchange));
        return Mono.just(ResponseEntity.status(problem.getStatus()).body(problem));
    }

    /**
     * The path the caller asked for, as a relative reference (RFC 9457 allows it): the service's own
     * address means nothing outside, and the gateway routes every path unchanged.
     */
    static @Nullable URI instance(ServerWebExchange exchange) {
        try {
            return URI.create(exchange.getRequest().getPath().value());
        } catch (IllegalArgumentException notAUriPath) {
            return null;
        }
    }
}
