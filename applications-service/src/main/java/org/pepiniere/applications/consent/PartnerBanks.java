package org.pepiniere.applications.consent;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The partner banks this service has learnt of, per incubator; each read is scoped to one incubator. */
public interface PartnerBanks {

    /**
     * Records the bank unless the incubator already has one with its id: a bank is registered once, so the first
     * announcement read wins and a replay, even of an older version of the event, changes nothing.
     */
    Mono<Void> remember(PartnerBank bank);

    Mono<PartnerBank> find(String incubatorId, String bankId);

    /** By name, at most {@code limit}. */
    Flux<PartnerBank> ofIncubator(String incubatorId, int limit);
}
