package org.pepiniere.applications.jury;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything one run of the assignment weighs.
 *
 * @param reviewsPerApplication k: each application gets exactly this many jurors
 * @param pins pairs staff require
 * @param forbids pairs staff refuse
 * @param locked pairs that already have scores: a re-run keeps them as they are
 */
public record AssignmentRequest(List<ApplicationToReview> applications, List<Juror> jurors, int reviewsPerApplication,
        LoadBounds loadBounds, Set<Pair> pins, Set<Pair> forbids, Set<Pair> locked, CostModel costs) {

    public AssignmentRequest {
        applications = List.copyOf(applications);
        jurors = List.copyOf(jurors);
        pins = Set.copyOf(pins);
        forbids = Set.copyOf(forbids);
        locked = Set.copyOf(locked);
        if (reviewsPerApplication < 1) {
            throw new IllegalArgumentException("each application needs at least one review");
        }
        if (jurors.isEmpty()) {
            throw new IllegalArgumentException("the jury pool is empty");
        }
        var applicationIds = unique(applications.stream().map(ApplicationToReview::id).toList(), "application");
        var jurorIds = unique(jurors.stream().map(Juror::id).toList(), "juror");
        for (var pair : union(pins, forbids, locked)) {
            if (!applicationIds.contains(pair.applicationId()) || !jurorIds.contains(pair.jurorId())) {
                throw new IllegalArgumentException("a pinned, forbidden or locked pair names an application or a juror "
                        + "that is not in this assignment: " + pair);
            }
        }
    }

    /** Balanced loads and the default costs, with no pins, forbids or locked pairs. */
    public static AssignmentRequest of(List<ApplicationToReview> applications, List<Juror> jurors, int reviewsPerApplication) {
        return new AssignmentRequest(applications, jurors, reviewsPerApplication, new LoadBounds.Balanced(),
                Set.of(), Set.of(), Set.of(), CostModel.DEFAULT);
    }

    public AssignmentRequest withLoadBounds(LoadBounds bounds) {
        return new AssignmentRequest(applications, jurors, reviewsPerApplication, bounds, pins, forbids, locked, costs);
    }

    public AssignmentRequest withPairs(Set<Pair> pins, Set<Pair> forbids, Set<Pair> locked) {
        return new AssignmentRequest(applications, jurors, reviewsPerApplication, loadBounds, pins, forbids, locked, costs);
    }

    public int reviews() {
        return reviewsPerApplication * applications.size();
    }

    public LoadRange loadRange() {
        return loadBounds.resolve(reviews(), jurors.size());
    }

    private static Set<String> unique(List<String> ids, String what) {
        var seen = new HashSet<String>();
        for (var id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("two of the " + what + "s have the id " + id);
            }
        }
        return seen;
    }

    @SafeVarargs
    private static Set<Pair> union(Set<Pair>... sets) {
        return java.util.Arrays.stream(sets).flatMap(Set::stream).collect(Collectors.toSet());
    }
}
