package org.pepiniere.applications.consent;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Consents and partner banks in maps, keyed as the MongoDB adapters key them. */
final class InMemoryConsents implements Consents, PartnerBanks {

    final Map<String, Consent> consents = new LinkedHashMap<>();
    final Map<String, PartnerBank> banks = new LinkedHashMap<>();

    @Override
    public synchronized Mono<Boolean> set(String incubatorId, String applicationId, String bankId, boolean granted, Instant at) {
        var stored = consents.get(applicationId + '/' + bankId);
        if (stored != null && stored.granted() == granted) {
            return Mono.just(false);
        }
        consents.put(applicationId + '/' + bankId, new Consent(applicationId, bankId, granted, at));
        return Mono.just(true);
    }

    @Override
    public synchronized Flux<Consent> ofApplication(String incubatorId, String applicationId) {
        return Flux.fromIterable(consents.values().stream().filter(c -> c.applicationId().equals(applicationId)).toList());
    }

    @Override
    public synchronized Mono<Set<String>> grantedBanks(String incubatorId, String applicationId) {
        return Mono.just(consents.values().stream().filter(c -> c.applicationId().equals(applicationId) && c.granted())
                .map(Consent::bankId).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public synchronized Mono<Void> remember(PartnerBank bank) {
        banks.putIfAbsent(bank.incubatorId() + '/' + bank.bankId(), bank);
        return Mono.empty();
    }

    @Override
    public synchronized Mono<PartnerBank> find(String incubatorId, String bankId) {
        return Mono.justOrEmpty(banks.get(incubatorId + '/' + bankId));
    }

    @Override
    public synchronized Flux<PartnerBank> ofIncubator(String incubatorId, int limit) {
        return Flux.fromIterable(banks.values().stream().filter(b -> b.incubatorId().equals(incubatorId)).limit(limit).toList());
    }
}
