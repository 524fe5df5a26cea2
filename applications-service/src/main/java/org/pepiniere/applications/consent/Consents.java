package org.pepiniere.applications.consent;

import java.time.Instant;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The founders' consents, one per application and partner bank; each read is scoped to one incubator.
 * <p>
 * The port that decisions use: {@link #grantedBanks} gives the partner banks that may receive the start-up's name
 * and amount sought in {@code ApplicationDecided}; every other bank gets only the decision and an opaque reference.
 * A bank without a stored consent has not consented.
 */
public interface Consents {

    /**
     * Sets the consent of the application for the bank, in one upsert keyed by both: true when it changed, false when
     * it already had that value (its {@code changedAt} is then left as it was), so repeating a request is harmless.
     */
    Mono<Boolean> set(String incubatorId, String applicationId, String bankId, boolean granted, Instant at);

    Flux<Consent> ofApplication(String incubatorId, String applicationId);

    /** The ids of the partner banks the founder of the application has consented to share its summary with. */
    Mono<Set<String>> grantedBanks(String incubatorId, String applicationId);
}
