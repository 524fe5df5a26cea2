package org.pepiniere.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request the security firewall turns away before any controller sees it (an empty path segment, an
 * encoded slash…): a 400 problem like every other, where Spring Security would answer with no body.
 */
public class RejectedRequestProblems implements ServerExchangeRejectedHandler {

    private final JsonMapper json;

    public RejectedRequestProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException ex) {
        return ProblemTexts.language(exchange).flatMap(locale -> {
            var problem = Problems.problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
                    ProblemTexts.text(locale, "bad-request.detail"));
            ProblemTexts.localizeTitle(problem, locale);
            problem.setInstance(ProblemDetailsAdvice.instance(exchange));
            var response = exchange.getResponse();
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
        });
    }
}
