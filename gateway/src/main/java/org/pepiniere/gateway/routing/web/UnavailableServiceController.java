package org.pepiniere.gateway.routing.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import org.pepiniere.gateway.routing.Service;
import org.pepiniere.platform.web.ProblemTexts;
import org.pepiniere.platform.web.Problems;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import io.swagger.v3.oas.annotations.Hidden;

import reactor.core.publisher.Mono;

/**
 * Where the circuit breaker forwards a request that its service did not answer: 504 when it was too
 * slow, 503 when it is down or its circuit is open, and the gateway's own refusal (such as a body
 * over the limit) as it is, each in the caller's language. A service's own error answers never come here: they pass
 * through unchanged.
 */
@RestController
@Hidden
public class UnavailableServiceController {

    public static final String PATH = "/gateway/fallback";
    static final int RETRY_AFTER_SECONDS = 10;

    @RequestMapping(PATH + "/{service}")
    Mono<ResponseEntity<ProblemDetail>> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        return ProblemTexts.language(exchange).map(locale -> unavailable(service, exchange, locale));
    }

    private static ResponseEntity<ProblemDetail> unavailable(String service, ServerWebExchange exchange, Locale locale) {
        var known = Arrays.stream(Service.values()).filter(candidate -> candidate.id().equals(service)).findFirst();
        if (known.isEmpty()) {
            return answer(problem(locale, HttpStatus.NOT_FOUND, "not-found", "gateway.unknown-service"), exchange);
        }
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (failure instanceof ErrorResponse refusal) {
            var problem = ProblemTexts.localizeDetail(refusal.getBody(), refusal, locale);
            return answer(ProblemTexts.localizeTitle(problem, locale), exchange);
        }
        if (causedBy(failure, TimeoutException.class)) {
            return answer(problem(locale, HttpStatus.GATEWAY_TIMEOUT, "service-timeout", "gateway.service-timeout", service), exchange);
        }
        var problem = problem(locale, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "gateway.service-unavailable", service);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(withInstance(problem, exchange));
    }

    private static ProblemDetail problem(Locale locale, HttpStatus status, String slug, String detailKey, Object... arguments) {
        return Problems.problem(status, slug, ProblemTexts.text(locale, "status." + status.value()),
                ProblemTexts.text(locale, detailKey, arguments));
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, ServerWebExchange exchange) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(withInstance(problem, exchange));
    }

    private static ProblemDetail withInstance(ProblemDetail problem, ServerWebExchange exchange) {
        String original = exchange.getAttribute(RoutedRequestContext.ORIGINAL_PATH);
        problem.setInstance(URI.create(original != null ? original : exchange.getRequest().getPath().value()));
        return problem;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
