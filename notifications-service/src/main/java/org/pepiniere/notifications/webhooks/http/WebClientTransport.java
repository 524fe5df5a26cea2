package org.pepiniere.notifications.webhooks.http;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import org.pepiniere.notifications.webhooks.HostResolver;
import org.pepiniere.notifications.webhooks.WebhookTargetPolicy;
import org.pepiniere.notifications.webhooks.WebhookTransport;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * POSTs deliveries with Reactor Netty: bounded connect and response times, no redirects (a redirect
 * could lead to an internal address), and every address checked by the target policy.
 */
public class WebClientTransport implements WebhookTransport {

    private static final String USER_AGENT = "Pepiniere-Webhooks/1";

    private final WebClient client;
    private final WebhookTargetPolicy policy;
    private final Duration overallTimeout;

    public WebClientTransport(WebClient.Builder builder, WebhookTargetPolicy policy, HostResolver resolver,
            Duration connectTimeout, Duration responseTimeout) {
        var http = HttpClient.create()
                .resolver(new GuardedAddressResolverGroup(policy, resolver))
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
                .responseTimeout(responseTimeout)
                .followRedirect(false);
        this.client = builder.clientConnector(new ReactorClientHttpConnector(http)).build();
        this.policy = policy;
        this.overallTimeout = connectTimeout.plus(responseTimeout).plusSeconds(1);
    }

    @Override
    public Mono<Answer> post(URI url, Map<String, String> headers, String body) {
        var refused = literalRefused(url);
        if (refused.isPresent()) {
            return Mono.just(Answer.failure(refused.get()));
        }
        return client.post().uri(url)
                .headers(http -> {
                    headers.forEach(http::set);
                    http.set("User-Agent", USER_AGENT);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchangeToMono(response -> response.releaseBody().thenReturn(Answer.status(response.statusCode().value())))
                .timeout(overallTimeout)
                .onErrorResume(e -> Mono.just(Answer.failure(describe(e))));
    }

    /** An IP literal needs no resolution, so it never meets the guarded resolver: judge it here. */
    private Optional<String> literalRefused(URI url) {
        String host = WebhookTargetPolicy.host(url);
        return WebhookTargetPolicy.literal(host)
                .flatMap(address -> policy.judge(host, List.of(address)))
                .map(refusal -> "target refused: " + ForbiddenTargetException.logged(refusal));
    }

    /** A short reason for the bank's delivery log, without internals of our network. */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ForbiddenTargetException forbidden) {
                return "target refused: " + forbidden.getMessage();
            }
            if (cause instanceof UnknownHostException) {
                return "host not found";
            }
            if (cause instanceof ConnectTimeoutException) {
                return "connect timeout";
            }
            if (cause instanceof ReadTimeoutException || cause instanceof TimeoutException) {
                return "response timeout";
            }
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof SSLException) {
                return "TLS handshake failed";
            }
        }
        return "request failed (" + failure.getClass().getSimpleName() + ")";
    }
}
