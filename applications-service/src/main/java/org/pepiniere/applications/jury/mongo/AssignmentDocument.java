package org.pepiniere.applications.jury.mongo;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.pepiniere.applications.jury.Affinity;
import org.pepiniere.applications.jury.AssignedPair;
import org.pepiniere.applications.jury.Assignment;
import org.pepiniere.applications.jury.JurorLoad;
import org.pepiniere.applications.jury.LateConflict;
import org.pepiniere.applications.jury.LoadRange;
import org.pepiniere.applications.jury.Pair;
import org.pepiniere.applications.jury.PairOrigin;
import org.pepiniere.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored shape of a call's assignment, with the events still waiting to be published; its id is the call's.
 * Start-up names are a list, not a map keyed by application id, so that no stored key comes from a request.
 */
@Document(MongoAssignments.COLLECTION)
record AssignmentDocument(@Id String id, String incubatorId, String runId, Instant ranAt, String ranBy,
        List<PairDocument> pairs, List<JurorLoad> loads, int minLoad, int maxLoad, long totalCost, List<Pair> pins,
        List<Pair> forbids, List<Named> startupNames, List<LateConflict> gaps, long version, List<OutboxMessage> outbox) {

    record PairDocument(String applicationId, String jurorId, PairOrigin origin, List<String> matchedNeeds, int needs,
            long cost, int jurorLoad) {

        static PairDocument from(AssignedPair pair) {
            var affinity = pair.affinity();
            return new PairDocument(pair.applicationId(), pair.jurorId(), pair.origin(), affinity.matchedNeeds(),
                    affinity.needs(), affinity.cost(), pair.jurorLoad());
        }

        AssignedPair toDomain() {
            return new AssignedPair(applicationId, jurorId, origin,
                    new Affinity(matchedNeeds == null ? List.of() : matchedNeeds, needs, cost), jurorLoad);
        }
    }

    record Named(String applicationId, String startupName) {
    }

    static List<PairDocument> pairs(Assignment assignment) {
        return assignment.pairs().stream().map(PairDocument::from).toList();
    }

    static List<Named> names(Assignment assignment) {
        return assignment.startupNames().entrySet().stream().map(e -> new Named(e.getKey(), e.getValue())).toList();
    }

    Assignment toDomain() {
        return new Assignment(id, incubatorId, runId, ranAt, ranBy, pairs.stream().map(PairDocument::toDomain).toList(),
                orEmpty(loads), new LoadRange(minLoad, maxLoad), totalCost, Set.copyOf(orEmpty(pins)),
                Set.copyOf(orEmpty(forbids)),
                orEmpty(startupNames).stream().collect(Collectors.toMap(Named::applicationId, Named::startupName, (a, b) -> a)),
                orEmpty(gaps), version);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
