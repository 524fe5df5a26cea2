package org.pepiniere.notifications.webhooks;

import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

/** POSTs a signed payload; never fails: what went wrong is in the answer. */
public interface WebhookTransport {

    Mono<Answer> post(URI url, Map<String, String> headers, String body);

    /** The receiver's status, or the reason no status came back. */
    record Answer(@Nullable Integer status, @Nullable String error) {

        public static Answer status(int status) {
            return new Answer(status, null);
        }

        public static Answer failure(String error) {
            return new Answer(null, error);
        }
    }
}
