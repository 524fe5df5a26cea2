package org.pepiniere.applications.jury;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The assignment as a minimum-cost flow, solved by OR-Tools' SimpleMinCostFlow (called {@code MinCostFlow} in Java).
 * <p>
 * Nodes: a source, one per juror, one per application, a sink. The sink demands D = Σ (k − forced) units: each
 * application's only way to it is an arc of capacity k − forced, so every unit of a full flow fills one of an
 * application's missing seats, and a full flow gives each application exactly k jurors. A juror reaches an application
 * only through an arc of capacity 1, present only for a pair with no conflict, no forbid and not already forced, at
 * the pair's affinity cost. Pinned and locked pairs are outside the graph: they lower the application's k and the
 * juror's capacity, and count in the juror's load.
 * <p>
 * A juror's load L costs C(L) = Σ_{t ≤ L} c(t) with c non-decreasing (convex): the source reaches juror j through
 * parallel unit arcs, the u-th costing c(f + u) for a juror with f forced pairs, up to the maximum load. Any flow that
 * uses a dearer unit arc while a cheaper parallel one is free costs more than the same flow moved onto the cheaper
 * one, so a minimum-cost flow uses them in order, and pays exactly C(f + u) − C(f) for u units.
 * <p>
 * The minimum load is a lower bound ℓ = max(0, min − f) on the source → juror flow, removed by the usual
 * transformation: juror j gets a supply of ℓ of its own (it must send ℓ units to applications), the source's supply
 * drops by ℓ, and only the unit arcs beyond the ℓ first remain. Flows of the two networks map one to one (add or
 * remove those ℓ units on the source → juror side), and their costs differ by Σ_j C(f + ℓ) − C(f), which no choice
 * changes: a minimum-cost flow of one is a minimum-cost flow of the other. The relaxed network, without minimum
 * loads, serves to find which applications fall short when the full network has no feasible flow.
 */
final class FlowNetwork implements AutoCloseable {

    private final Screening screening;
    private final MinCostFlow flow;
    private final int firstPairArc;
    private final int[] arcJuror;
    private final int[] arcApplication;
    private final int firstSinkArc;

    private FlowNetwork(Screening screening, boolean minimumLoads) {
        this.screening = screening;
        var pool = screening.pool;
        var costs = pool.request.costs();
        int source = 0;
        int sink = 1 + pool.jurors + pool.applications;
        int pairs = 0;
        for (var candidates : screening.candidates) {
            pairs += candidates.length;
        }
        int units = 0;
        for (int j = 0; j < pool.jurors; j++) {
            units += Math.max(0, screening.freeCapacity(j));
        }
        flow = new MinCostFlow(sink + 1, units + pairs + pool.applications);
        int demand = 0;
        for (int a = 0; a < pool.applications; a++) {
            demand += screening.reviewsPerApplication - screening.forcedPerApplication[a];
        }
        int sourceSupply = demand;
        for (int j = 0; j < pool.jurors; j++) {
            int forced = screening.forcedPerJuror[j];
            int lower = minimumLoads ? Math.max(0, screening.loads.min() - forced) : 0;
            flow.setNodeSupply(juror(j), lower);
            sourceSupply -= lower;
            for (int unit = lower + 1; unit <= screening.freeCapacity(j); unit++) {
                flow.addArcWithCapacityAndUnitCost(source, juror(j), 1, costs.marginalLoadCost(forced + unit));
            }
        }
        flow.setNodeSupply(source, sourceSupply);
        flow.setNodeSupply(sink, -demand);
        firstPairArc = flow.getNumArcs();
        arcJuror = new int[pairs];
        arcApplication = new int[pairs];
        int arc = 0;
        for (int a = 0; a < pool.applications; a++) {
            for (int j : screening.candidates[a]) {
                flow.addArcWithCapacityAndUnitCost(juror(j), application(a), 1, pool.affinityCost(a, j));
                arcJuror[arc] = j;
                arcApplication[arc++] = a;
            }
        }
        firstSinkArc = flow.getNumArcs();
        for (int a = 0; a < pool.applications; a++) {
            flow.addArcWithCapacityAndUnitCost(application(a), sink,
                    screening.reviewsPerApplication - screening.forcedPerApplication[a], 0);
        }
    }

    static FlowNetwork withMinimumLoads(Screening screening) {
        return new FlowNetwork(screening, true);
    }

    static FlowNetwork withoutMinimumLoads(Screening screening) {
        return new FlowNetwork(screening, false);
    }

    /** @return whether a full flow exists; if so, the one found is of minimum cost */
    boolean solve() {
        return accept(flow.solve());
    }

    /** The largest flow there is, of minimum cost among those. */
    void solveForMaximumFlow() {
        accept(flow.solveMaxFlowWithMinCost());
    }

    int arcs() {
        return flow.getNumArcs();
    }

    /** Whether the flow chose the pair of the arc-th juror → application arc. */
    boolean chosen(int arc) {
        return flow.getFlow(firstPairArc + arc) > 0;
    }

    int pairArcs() {
        return arcJuror.length;
    }

    int jurorOf(int arc) {
        return arcJuror[arc];
    }

    int applicationOf(int arc) {
        return arcApplication[arc];
    }

    /** How many jurors application a got from the flow, besides its forced ones. */
    long served(int a) {
        return flow.getFlow(firstSinkArc + a);
    }

    @Override
    public void close() {
        flow.delete();
    }

    private boolean accept(MinCostFlowBase.Status status) {
        if (status == MinCostFlowBase.Status.OPTIMAL) {
            return true;
        }
        if (status == MinCostFlowBase.Status.INFEASIBLE) {
            return false;
        }
        throw new IllegalStateException("the min-cost-flow solver answered " + status + " for " + screening.pool.applications
                + " applications and " + screening.pool.jurors + " jurors");
    }

    private static int juror(int j) {
        return 1 + j;
    }

    private int application(int a) {
        return 1 + screening.pool.jurors + a;
    }
}
