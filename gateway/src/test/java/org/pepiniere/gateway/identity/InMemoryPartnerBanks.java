package org.pepiniere.gateway.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pepiniere.contracts.identity.PartnerBankRegistered;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class InMemoryPartnerBanks implements PartnerBanks {

    final Map<String, PartnerBank> bySubject = new LinkedHashMap<>();
    final List<PartnerBankRegistered> events = new ArrayList<>();

    @Override
    public synchronized Mono<PartnerBank> add(PartnerBank bank, PartnerBankRegistered event) {
        if (bySubject.containsKey(bank.subject())) {
            return Mono.empty();
        }
        bySubject.put(bank.subject(), bank);
        events.add(event);
        return Mono.just(bank);
    }

    @Override
    public synchronized Mono<PartnerBank> find(IncubatorId incubator, OrganisationId id) {
        return Mono.justOrEmpty(bySubject.get(incubator.value() + '/' + id.value()));
    }

    @Override
    public synchronized Flux<PartnerBank> ofIncubator(IncubatorId incubator, int limit) {
        return Flux.fromIterable(bySubject.values().stream().filter(bank -> bank.incubatorId().equals(incubator))
                .sorted(Comparator.comparing(PartnerBank::name)).limit(limit).toList());
    }
}
