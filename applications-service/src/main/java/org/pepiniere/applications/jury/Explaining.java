package org.pepiniere.applications.jury;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns the chosen pairs and the forced ones into the assignment as staff read it, each pair with why and at what cost. */
final class Explaining {

    private record Chosen(int juror, PairOrigin origin) {
    }

    private Explaining() {
    }

    static AssignmentOutcome.Assigned assignment(Screening screening, FlowNetwork network) {
        var pool = screening.pool;
        var costs = pool.request.costs();
        var byApplication = new ArrayList<List<Chosen>>();
        for (int a = 0; a < pool.applications; a++) {
            byApplication.add(new ArrayList<>());
        }
        var loads = new int[pool.jurors];
        screening.forced.forEach((pair, origin) -> {
            int j = pool.juror(pair);
            byApplication.get(pool.application(pair)).add(new Chosen(j, origin));
            loads[j]++;
        });
        for (int arc = 0; arc < network.pairArcs(); arc++) {
            if (network.chosen(arc)) {
                int j = network.jurorOf(arc);
                byApplication.get(network.applicationOf(arc)).add(new Chosen(j, PairOrigin.SOLVED));
                loads[j]++;
            }
        }
        long total = 0;
        var pairs = new ArrayList<AssignedPair>();
        for (int a = 0; a < pool.applications; a++) {
            var jurors = byApplication.get(a);
            jurors.sort(Comparator.comparingInt(Chosen::juror));
            for (var juror : jurors) {
                var affinity = pool.affinity(a, juror.juror());
                total += affinity.cost();
                pairs.add(new AssignedPair(pool.application(a).id(), pool.juror(juror.juror()).id(), juror.origin(),
                        affinity, loads[juror.juror()]));
            }
        }
        var jurorLoads = new ArrayList<JurorLoad>();
        for (int j = 0; j < pool.jurors; j++) {
            var cost = costs.loadCost(loads[j]);
            total += cost;
            jurorLoads.add(new JurorLoad(pool.juror(j).id(), loads[j], screening.forcedPerJuror[j], cost));
        }
        return new AssignmentOutcome.Assigned(pairs, jurorLoads, screening.loads, total);
    }
}
