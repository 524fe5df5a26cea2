package org.pepiniere.applications.jury;

/**
 * A pair of the assignment with its explanation.
 *
 * @param jurorLoad how many applications the juror reviews in this assignment
 */
public record AssignedPair(String applicationId, String jurorId, PairOrigin origin, Affinity affinity, int jurorLoad) {

    /** What the pair itself added to the total; the juror's load cost is counted once, in {@link JurorLoad}. */
    public long cost() {
        return affinity.cost();
    }

    public Pair pair() {
        return new Pair(applicationId, jurorId);
    }
}
