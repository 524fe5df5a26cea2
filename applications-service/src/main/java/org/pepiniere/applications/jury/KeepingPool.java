package org.pepiniere.applications.jury;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;

import reactor.core.publisher.Mono;

/**
 * Staff replace the jury pool of a call. Each member must be a known juror of the incubator, so that the pool holds
 * only users whose token carried the juror role; staff write the name, tags and affiliation, never the conflicts.
 */
public class KeepingPool {

    private final JuryPools pools;
    private final KnownJurors known;
    private final Calls calls;

    public KeepingPool(JuryPools pools, KnownJurors known, Calls calls) {
        this.pools = pools;
        this.known = known;
        this.calls = calls;
    }

    public Mono<JuryOutcome<JuryPool>> keep(String incubatorId, String callId, long expectedVersion, List<PoolMember> members) {
        var ids = members.stream().map(PoolMember::jurorId).toList();
        return calls.find(incubatorId, new CallId(callId))
                .flatMap(call -> known.find(incubatorId, ids).map(KnownJuror::jurorId).collect(Collectors.toSet()))
                .flatMap(found -> {
                    var unknown = ids.stream().filter(id -> !found.contains(id)).findFirst();
                    if (unknown.isPresent()) {
                        return Mono.just(JuryOutcome.<JuryPool>refused(JuryRefusal.UNKNOWN_JUROR, unknown.get()));
                    }
                    if (new HashSet<>(ids).size() != ids.size()) {
                        return Mono.just(JuryOutcome.<JuryPool>refused(JuryRefusal.DUPLICATE_JUROR, duplicate(ids)));
                    }
                    return pools.find(incubatorId, callId).flatMap(pool -> pool.version() != expectedVersion
                            ? Mono.just(JuryOutcome.<JuryPool>refused(JuryRefusal.CHANGED_MEANWHILE, callId))
                            : pools.save(pool.replacedBy(members), expectedVersion)
                                    .<JuryOutcome<JuryPool>>map(JuryOutcome.Done::new)
                                    .defaultIfEmpty(JuryOutcome.refused(JuryRefusal.CHANGED_MEANWHILE, callId)));
                })
                .defaultIfEmpty(JuryOutcome.refused(JuryRefusal.CALL_NOT_FOUND, callId));
    }

    private static String duplicate(List<String> ids) {
        var seen = new HashSet<String>();
        return ids.stream().filter(id -> !seen.add(id)).findFirst().orElseThrow();
    }
}
