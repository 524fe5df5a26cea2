package org.pepiniere.applications.jury;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What can be known before solving: who may review what, the pairs forced in, and every obstacle that counting alone
 * reveals. The solver runs only when this finds none.
 */
final class Screening {

    final Pool pool;
    final LoadRange loads;
    final int reviewsPerApplication;
    /** Locked pairs, then pinned ones: a pair both pinned and locked is locked. */
    final Map<Pair, PairOrigin> forced = new LinkedHashMap<>();
    final int[] forcedPerApplication;
    final int[] forcedPerJuror;
    /** Per application, the jurors it may get besides its forced ones: the solver's choices. */
    final int[][] candidates;
    /** Per juror, how many applications the solver may give them besides their forced ones. */
    final int[] candidatesPerJuror;
    final List<Obstacle> obstacles = new ArrayList<>();

    Screening(Pool pool) {
        this.pool = pool;
        this.loads = pool.request.loadRange();
        this.reviewsPerApplication = pool.request.reviewsPerApplication();
        forcedPerApplication = new int[pool.applications];
        forcedPerJuror = new int[pool.jurors];
        candidates = new int[pool.applications][];
        candidatesPerJuror = new int[pool.jurors];
        pool.request.locked().stream().sorted(PAIRS).forEach(pair -> forced.put(pair, PairOrigin.LOCKED));
        pool.request.pins().stream().sorted(PAIRS).forEach(pair -> forced.putIfAbsent(pair, PairOrigin.PINNED));
        forced.forEach(this::force);
        var allowedPerJuror = judgeEveryPair();
        checkForcedCounts();
        checkLoads(allowedPerJuror);
    }

    private static final Comparator<Pair> PAIRS = Comparator.comparing(Pair::applicationId).thenComparing(Pair::jurorId);

    private void force(Pair pair, PairOrigin origin) {
        int a = pool.application(pair);
        int j = pool.juror(pair);
        forcedPerApplication[a]++;
        forcedPerJuror[j]++;
        var exclusion = pool.exclusion(a, j);
        if (exclusion != null) {
            obstacles.add(new Obstacle.ForcedPairExcluded(pair, origin, exclusion));
        }
    }

    private int[] judgeEveryPair() {
        var allowedPerJuror = new int[pool.jurors];
        var chosen = new int[pool.jurors];
        for (int a = 0; a < pool.applications; a++) {
            int allowed = 0;
            int choices = 0;
            for (int j = 0; j < pool.jurors; j++) {
                if (pool.exclusion(a, j) == null) {
                    allowed++;
                    allowedPerJuror[j]++;
                    if (forced.isEmpty() || !forced.containsKey(new Pair(pool.application(a).id(), pool.juror(j).id()))) {
                        chosen[choices++] = j;
                        candidatesPerJuror[j]++;
                    }
                }
            }
            candidates[a] = Arrays.copyOf(chosen, choices);
            if (allowed < reviewsPerApplication) {
                obstacles.add(notEnoughAllowedJurors(a, allowed));
            }
        }
        return allowedPerJuror;
    }

    /** How many applications the flow may give juror j: staff may set a maximum far above what j can take. */
    int freeCapacity(int j) {
        return Math.min(loads.max() - forcedPerJuror[j], candidatesPerJuror[j]);
    }

    private Obstacle notEnoughAllowedJurors(int a, int allowed) {
        var excluded = new ArrayList<ExcludedJuror>();
        for (int j = 0; j < pool.jurors; j++) {
            var exclusion = pool.exclusion(a, j);
            if (exclusion != null) {
                excluded.add(new ExcludedJuror(pool.juror(j).id(), exclusion));
            }
        }
        int conflicted = (int) excluded.stream().filter(juror -> juror.why().isConflict()).count();
        return new Obstacle.NotEnoughAllowedJurors(pool.application(a).id(), reviewsPerApplication, allowed,
                conflicted, excluded.size() - conflicted, excluded);
    }

    private void checkForcedCounts() {
        for (int a = 0; a < pool.applications; a++) {
            if (forcedPerApplication[a] > reviewsPerApplication) {
                obstacles.add(new Obstacle.TooManyForcedJurors(pool.application(a).id(), forcedPerApplication[a],
                        reviewsPerApplication));
            }
        }
        for (int j = 0; j < pool.jurors; j++) {
            if (forcedPerJuror[j] > loads.max()) {
                obstacles.add(new Obstacle.TooManyForcedApplications(pool.juror(j).id(), forcedPerJuror[j], loads.max()));
            }
        }
    }

    private void checkLoads(int[] allowedPerJuror) {
        int reviews = pool.request.reviews();
        long capacity = (long) pool.jurors * loads.max();
        long minimumTotal = (long) pool.jurors * loads.min();
        if (capacity < reviews) {
            obstacles.add(new Obstacle.CapacityTooSmall(reviews, capacity, pool.jurors, loads.max()));
        }
        if (minimumTotal > reviews) {
            obstacles.add(new Obstacle.MinimumLoadsTooLarge(reviews, minimumTotal, pool.jurors, loads.min()));
        }
        for (int j = 0; j < pool.jurors; j++) {
            if (allowedPerJuror[j] < loads.min()) {
                obstacles.add(new Obstacle.JurorCannotReachMinimum(pool.juror(j).id(), allowedPerJuror[j], loads.min()));
            }
        }
    }
}
