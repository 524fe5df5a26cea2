package org.pepiniere.platform.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.pepiniere.platform.web.ProblemTexts;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 from the security filter chain, as problem+json like every other error. */
public class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final JsonMapper json;

    public ProblemSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        boolean tokenGiven = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                tokenGiven ? "Bearer error=\"invalid_token\"" : "Bearer");
        return ProblemTexts.language(exchange).flatMap(locale -> write(exchange, locale, Problems.problem(HttpStatus.UNAUTHORIZED,
                "unauthenticated", "Unauthenticated",
                ProblemTexts.text(locale, tokenGiven ? "unauthenticated.invalid-token" : "unauthenticated.detail"))));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return ProblemTexts.language(exchange).flatMap(locale -> write(exchange, locale,
                Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ProblemTexts.text(locale, "forbidden.detail"))));
    }

    private Mono<Void> write(ServerWebExchange exchange, Locale locale, ProblemDetail problem) {
        ProblemTexts.localizeTitle(problem, locale);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
