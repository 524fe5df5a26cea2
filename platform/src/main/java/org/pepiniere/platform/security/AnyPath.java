package org.pepiniere.platform.security;

import java.util.List;

import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Mono;

/**
 * Matches a request whose path matches any of the patterns. Spring Security's {@code pathMatchers}
 * builds an OR of one matcher per pattern that formats a debug line, the pattern's description, for
 * every pattern it tries, logged or not: with the gateway's two dozen public paths, every API request
 * paid for two dozen strings nobody reads.
 */
final class AnyPath implements ServerWebExchangeMatcher {

    private final List<PathPattern> patterns;

    AnyPath(List<String> patterns) {
        this.patterns = patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        var path = exchange.getRequest().getPath().pathWithinApplication();
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return MatchResult.match();
            }
        }
        return MatchResult.notMatch();
    }

    @Override
    public String toString() {
        return "AnyPath" + patterns;
    }
}
