package org.pepiniere.applications.jury;

import java.util.Set;

/** Tries every way to give each application k jurors and keeps the cheapest within the rules. */
final class BruteForce {

    private final AssignmentRequest request;
    private final LoadRange range;
    private final int[] loads;
    private long cheapest = -1;
    private long pairsCost;
    private final boolean[][] allowed;
    private final boolean[][] forced;
    private final long[][] affinityCosts;

    BruteForce(AssignmentRequest request) {
        this.request = request;
        this.range = request.loadRange();
        int jurors = request.jurors().size();
        this.loads = new int[jurors];
        int applications = request.applications().size();
        allowed = new boolean[applications][jurors];
        forced = new boolean[applications][jurors];
        affinityCosts = new long[applications][jurors];
        for (int a = 0; a < applications; a++) {
            var application = request.applications().get(a);
            for (int j = 0; j < jurors; j++) {
                var juror = request.jurors().get(j);
                var pair = new Pair(application.id(), juror.id());
                allowed[a][j] = !AssignmentRules.inConflict(juror, application) && !request.forbids().contains(pair);
                forced[a][j] = request.pins().contains(pair) || request.locked().contains(pair);
                affinityCosts[a][j] = affinityCost(request, application, juror);
            }
        }
    }

    /** @return the least cost, or -1 when no assignment keeps every rule */
    long cheapest() {
        assign(0);
        return cheapest;
    }

    private void assign(int a) {
        if (a == request.applications().size()) {
            long cost = pairsCost;
            for (int load : loads) {
                if (load < range.min()) {
                    return;
                }
                cost += request.costs().loadCost(load);
            }
            cheapest = cheapest < 0 ? cost : Math.min(cheapest, cost);
            return;
        }
        choose(a, 0, 0, 0);
    }

    private void choose(int a, int from, int chosen, long cost) {
        if (chosen == request.reviewsPerApplication()) {
            for (int j = from; j < loads.length; j++) {
                if (forced[a][j]) {
                    return;
                }
            }
            pairsCost += cost;
            assign(a + 1);
            pairsCost -= cost;
            return;
        }
        for (int j = from; j < loads.length; j++) {
            if (allowed[a][j] && loads[j] < range.max()) {
                loads[j]++;
                choose(a, j + 1, chosen + 1, cost + affinityCosts[a][j]);
                loads[j]--;
            }
            if (forced[a][j]) {
                return; // a pinned or locked juror cannot be left out
            }
        }
    }

    static long affinityCost(AssignmentRequest request, ApplicationToReview application, Juror juror) {
        Set<String> needs = AssignmentRules.normalised(application.needs());
        var expertise = AssignmentRules.normalised(juror.expertise());
        int matched = (int) needs.stream().filter(expertise::contains).count();
        return request.costs().affinityCost(matched, needs.size());
    }
}
