package org.pepiniere.notifications.webhooks;

import reactor.core.publisher.Mono;

/** The server key of {@link StartupReferences}: the same for every replica and across restarts. */
@FunctionalInterface
public interface ReferenceKey {

    Mono<byte[]> key();
}
