package org.pepiniere.applications.jury;

import java.util.List;

/**
 * One reason why no full assignment exists, with the numbers a page needs to word it in French or English;
 * {@link #code()} is stable, for message keys and problem types.
 */
public sealed interface Obstacle {

    String code();

    /** Fewer jurors without a conflict or a forbid than the application needs, e.g. "only 2 jurors without conflict". */
    record NotEnoughAllowedJurors(String applicationId, int needed, int allowed, int conflicted, int forbidden,
            List<ExcludedJuror> excluded) implements Obstacle {

        public NotEnoughAllowedJurors {
            excluded = List.copyOf(excluded);
        }

        @Override
        public String code() {
            return "not-enough-allowed-jurors";
        }
    }

    /** Each application has enough allowed jurors, yet together they cannot all be served within the loads. */
    record ApplicationUnderfilled(String applicationId, int needed, int reached) implements Obstacle {

        @Override
        public String code() {
            return "application-underfilled";
        }
    }

    /** The jurors' maximum loads add up to fewer reviews than k × applications. */
    record CapacityTooSmall(int reviews, long capacity, int jurors, int maxLoad) implements Obstacle {

        @Override
        public String code() {
            return "capacity-too-small";
        }
    }

    /** The jurors' minimum loads add up to more reviews than k × applications. */
    record MinimumLoadsTooLarge(int reviews, long minimumTotal, int jurors, int minLoad) implements Obstacle {

        @Override
        public String code() {
            return "minimum-loads-too-large";
        }
    }

    /** A juror may review fewer applications than the minimum load. */
    record JurorCannotReachMinimum(String jurorId, int allowedApplications, int minLoad) implements Obstacle {

        @Override
        public String code() {
            return "juror-cannot-reach-minimum";
        }
    }

    /** Every application can be served, but not while each juror reaches the minimum load. */
    record MinimumLoadsUnreachable(int reviews, LoadRange loads) implements Obstacle {

        @Override
        public String code() {
            return "minimum-loads-unreachable";
        }
    }

    /** Pinned and locked pairs give an application more jurors than k. */
    record TooManyForcedJurors(String applicationId, int forced, int needed) implements Obstacle {

        @Override
        public String code() {
            return "too-many-forced-jurors";
        }
    }

    /** Pinned and locked pairs give a juror more applications than the maximum load. */
    record TooManyForcedApplications(String jurorId, int forced, int maxLoad) implements Obstacle {

        @Override
        public String code() {
            return "too-many-forced-applications";
        }
    }

    /** A pinned or locked pair is excluded: in conflict, or forbidden too. */
    record ForcedPairExcluded(Pair pair, PairOrigin origin, Exclusion exclusion) implements Obstacle {

        @Override
        public String code() {
            return "forced-pair-excluded";
        }
    }
}
