package org.pepiniere.gateway.identity;

import org.pepiniere.contracts.identity.PartnerBankRegistered;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The partner banks of every incubator; each read is scoped to one incubator. */
public interface PartnerBanks {

    /**
     * Stores a new bank together with the event that announces it, in one write, then has the event
     * published; empty when the incubator already has a bank with that id.
     */
    Mono<PartnerBank> add(PartnerBank bank, PartnerBankRegistered event);

    Mono<PartnerBank> find(IncubatorId incubator, OrganisationId id);

    /** By name, at most {@code limit}. */
    Flux<PartnerBank> ofIncubator(IncubatorId incubator, int limit);
}
