package org.pepiniere.applications.jury.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.pepiniere.applications.jury.AssignedPair;
import org.pepiniere.applications.jury.Assignment;
import org.pepiniere.applications.jury.JuryPool;
import org.pepiniere.applications.jury.PairOrigin;
import org.pepiniere.applications.jury.PoolMember;

/**
 * A call's assignment as staff read it: per application its jurors and why, per juror the load, and the gaps late
 * conflicts left, which the next run fills.
 */
record AssignmentView(String callId, long version, String runId, Instant ranAt, String ranBy, int minLoad, int maxLoad,
        long totalCost, List<Reviewed> applications, List<Load> jurors, List<Gap> gaps, List<PairView> pins,
        List<PairView> forbids) {

    record Reviewed(String applicationId, String startupName, List<Juror> jurors) {
    }

    /** @param needs how many needs the application states; {@code matchedNeeds} those the juror's expertise covers */
    record Juror(String jurorId, String displayName, PairOrigin origin, List<String> matchedNeeds, int needs, long cost,
            int jurorLoad) {
    }

    record Load(String jurorId, String displayName, int load, int forced, long cost) {
    }

    record Gap(String applicationId, String startupName, String jurorId, String displayName, Instant declaredAt) {
    }

    record PairView(String applicationId, String jurorId) {
    }

    static AssignmentView of(Assignment assignment, JuryPool pool) {
        var names = pool.members().stream().collect(Collectors.toMap(PoolMember::jurorId, PoolMember::displayName));
        var startups = assignment.startupNames();
        var byApplication = assignment.pairs().stream()
                .collect(Collectors.groupingBy(AssignedPair::applicationId, java.util.LinkedHashMap::new, Collectors.toList()));
        startups.keySet().forEach(id -> byApplication.putIfAbsent(id, List.of()));
        var applications = byApplication.entrySet().stream()
                .map(e -> new Reviewed(e.getKey(), startups.getOrDefault(e.getKey(), e.getKey()), e.getValue().stream()
                        .map(p -> new Juror(p.jurorId(), name(names, p.jurorId()), p.origin(), p.affinity().matchedNeeds(),
                                p.affinity().needs(), p.cost(), p.jurorLoad()))
                        .toList()))
                .sorted(Comparator.comparing(Reviewed::startupName))
                .toList();
        // a late conflict takes a pair out: the load shown is what the juror reviews now
        var loads = assignment.loads().stream()
                .map(l -> new Load(l.jurorId(), name(names, l.jurorId()), assignment.of(l.jurorId()).size(), l.forced(), l.cost()))
                .sorted(Comparator.comparing(Load::displayName))
                .toList();
        var gaps = assignment.gaps().stream()
                .map(g -> new Gap(g.applicationId(), startups.getOrDefault(g.applicationId(), g.applicationId()), g.jurorId(),
                        name(names, g.jurorId()), g.declaredAt()))
                .toList();
        return new AssignmentView(assignment.callId(), assignment.version(), assignment.runId(), assignment.ranAt(),
                assignment.ranBy(), assignment.loadRange().min(), assignment.loadRange().max(), assignment.totalCost(),
                applications, loads, gaps,
                assignment.pins().stream().map(p -> new PairView(p.applicationId(), p.jurorId())).toList(),
                assignment.forbids().stream().map(p -> new PairView(p.applicationId(), p.jurorId())).toList());
    }

    private static String name(Map<String, String> names, String jurorId) {
        return names.getOrDefault(jurorId, jurorId);
    }

    String etag() {
        return JuryProblems.etag(version);
    }
}
