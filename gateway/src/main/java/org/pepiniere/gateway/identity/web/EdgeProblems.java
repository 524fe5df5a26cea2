package org.pepiniere.gateway.identity.web;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.pepiniere.gateway.identity.HashingBusy;
import org.pepiniere.platform.web.ProblemTexts;
import org.pepiniere.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The identity provider's answers to overload: 429 when an address or account tried too often, 503 when
 * password hashing is saturated, both problem+json with {@code Retry-After}. Ordered before the
 * platform's advice, whose catch-all would make them 500s.
 */
@RestControllerAdvice(assignableTypes = AuthController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EdgeProblems {

    /** Hashing frees up within a few hashes' time; a second is a polite pause. */
    static final Duration HASHING_RETRY = Duration.ofSeconds(1);

    @ExceptionHandler(TooManyAttempts.class)
    Mono<ResponseEntity<ProblemDetail>> tooManyAttempts(TooManyAttempts refused, ServerWebExchange exchange) {
        long seconds = seconds(refused.retryAfter());
        return ProblemTexts.language(exchange).map(locale -> answer(exchange, locale, HttpStatus.TOO_MANY_REQUESTS,
                "too-many-attempts", ProblemTexts.text(locale, "too-many-attempts.detail", seconds), seconds));
    }

    @ExceptionHandler(HashingBusy.class)
    Mono<ResponseEntity<ProblemDetail>> hashingBusy(HashingBusy busy, ServerWebExchange exchange) {
        long seconds = seconds(HASHING_RETRY);
        return ProblemTexts.language(exchange).map(locale -> answer(exchange, locale, HttpStatus.SERVICE_UNAVAILABLE,
                "busy", ProblemTexts.text(locale, "busy.detail", seconds), seconds));
    }

    private static ResponseEntity<ProblemDetail> answer(ServerWebExchange exchange, Locale locale, HttpStatus status,
            String slug, String detail, long retryAfterSeconds) {
        ProblemDetail problem = Problems.problem(status, slug, status.getReasonPhrase(), detail);
        ProblemTexts.localizeTitle(problem, locale);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return ResponseEntity.status(status)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Whole seconds, rounded up and at least one: Retry-After has no fractions. */
    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
