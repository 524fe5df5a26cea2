package org.pepiniere.applications.jury;

/**
 * What an assignment costs; the solver finds the cheapest. A pair costs more the fewer of the application's needs the
 * juror's expertise covers; a juror's load costs {@code loadStep × (t - 1)} for their t-th application, a convex
 * cost that spreads the reviews evenly within the load range unless expertise is worth more.
 *
 * @param mismatchCost what a pair covering none of the needs costs (a pair covering all costs 0)
 * @param loadStep how much each further application of a juror costs more than the previous one
 */
public record CostModel(int mismatchCost, int loadStep) {

    public static final CostModel DEFAULT = new CostModel(100, 20);

    public CostModel {
        if (mismatchCost < 0 || loadStep < 0) {
            throw new IllegalArgumentException("costs cannot be negative");
        }
    }

    /** An application that states no needs is equally well served by anyone, at the mismatch cost. */
    public long affinityCost(int matchedNeeds, int needs) {
        return needs == 0 ? mismatchCost : mismatchCost - (long) mismatchCost * matchedNeeds / needs;
    }

    public long marginalLoadCost(int nth) {
        return (long) loadStep * (nth - 1);
    }

    public long loadCost(int load) {
        return (long) loadStep * load * (load - 1) / 2;
    }
}
