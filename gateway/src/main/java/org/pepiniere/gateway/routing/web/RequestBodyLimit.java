package org.pepiniere.gateway.routing.web;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.pepiniere.platform.web.ProblemTexts;
import org.pepiniere.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body over the limit of its path with 413, before anything reads it: at once when
 * Content-Length says so, or as soon as a streamed body passes the limit. Runs before authentication
 * so that nobody can make the gateway read a large body for free.
 */
public class RequestBodyLimit implements WebFilter, Ordered {

    /** A limit for the paths that match a pattern. */
    public record PathLimit(String pattern, long maxBytes) {
    }

    private record CompiledLimit(PathPattern pattern, long maxBytes) {
    }

    private final long defaultMaxBytes;
    private final List<CompiledLimit> limits;
    private final ProblemResponses problems;

    public RequestBodyLimit(long defaultMaxBytes, List<PathLimit> limits, ProblemResponses problems) {
        this.defaultMaxBytes = defaultMaxBytes;
        this.limits = limits.stream()
                .map(limit -> new CompiledLimit(PathPatternParser.defaultInstance.parse(limit.pattern()), limit.maxBytes()))
                .toList();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        long max = maxBytes(exchange);
        long length = request.getHeaders().getContentLength();
        if (length > max) {
            return ProblemTexts.language(exchange).flatMap(locale -> problems.write(exchange, tooLarge(max, locale)));
        }
        if (length >= 0) {
            return chain.filter(exchange);
        }
        var limited = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return limit(super.getBody(), max);
            }
        };
        return chain.filter(exchange.mutate().request(limited).build());
    }

    private long maxBytes(ServerWebExchange exchange) {
        var path = exchange.getRequest().getPath().pathWithinApplication();
        return limits.stream().filter(limit -> limit.pattern().matches(path)).mapToLong(CompiledLimit::maxBytes)
                .findFirst().orElse(defaultMaxBytes);
    }

    private static Flux<DataBuffer> limit(Flux<DataBuffer> body, long max) {
        return Flux.defer(() -> {
            var read = new AtomicLong();
            return body.handle((buffer, sink) -> {
                if (read.addAndGet(buffer.readableByteCount()) > max) {
                    DataBufferUtils.release(buffer);
                    // an ErrorResponse, so that whoever meets it (a controller, the routing) answers 413 as it says
                    var tooLarge = Problems.refused(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "payload-too-large.detail");
                    tooLarge.getBody().setProperty("maxBytes", max);
                    sink.error(tooLarge);
                } else {
                    sink.next(buffer);
                }
            });
        });
    }

    static ProblemDetail tooLarge(long maxBytes, Locale locale) {
        var problem = Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", ProblemTexts.text(locale, "status.413"),
                ProblemTexts.text(locale, "payload-too-large.detail"));
        problem.setProperty("maxBytes", maxBytes);
        return problem;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
