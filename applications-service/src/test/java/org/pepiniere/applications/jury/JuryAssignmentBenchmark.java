package org.pepiniere.applications.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The size the issue sets: 2,000 applications × 300 jurors × k = 3, with 5 % of the pairs in conflict. Prints the time
 * of each phase (the native library's loading once, apart), the total cost and the spread of the loads. Run with
 * {@code -Pbenchmark} (README, Benchmark); timings are printed, never asserted.
 */
@Tag("benchmark")
class JuryAssignmentBenchmark {

    private static final int APPLICATIONS = 2_000;
    private static final int JURORS = 300;
    private static final int RUNS = 3;

    @Test
    void assigns2000ApplicationsTo300Jurors() {
        var request = largeCall(new Random(2026));
        System.out.printf("jury assignment benchmark: %,d applications × %,d jurors × k=%d, %.2f %% of pairs in conflict%n",
                APPLICATIONS, JURORS, request.reviewsPerApplication(), 100.0 * conflictedPairs(request) / APPLICATIONS / JURORS);

        for (var bounds : List.of(new LoadBounds.Balanced(), new LoadBounds.Widened(3))) {
            for (int run = 1; run <= RUNS; run++) {
                var timings = new PhaseTimings();
                var outcome = JuryFixture.SOLVER.solve(request.withLoadBounds(bounds), timings);
                timings.end();

                assertThat(outcome).isInstanceOf(AssignmentOutcome.Assigned.class);
                var assigned = (AssignmentOutcome.Assigned) outcome;
                AssignmentRules.assertKept(request.withLoadBounds(bounds), assigned);
                var loads = assigned.loads().stream().mapToInt(JurorLoad::load).summaryStatistics();
                System.out.printf("%s run %d: %s | total cost %,d | loads min %d max %d mean %.2f (range [%d, %d])%n",
                        bounds, run, timings, assigned.totalCost(), loads.getMin(), loads.getMax(), loads.getAverage(),
                        assigned.loadRange().min(), assigned.loadRange().max());
            }
        }
    }

    private static AssignmentRequest largeCall(Random random) {
        var tags = new ArrayList<String>();
        for (int t = 0; t < 24; t++) {
            tags.add("expertise-" + t);
        }
        var applications = new ArrayList<ApplicationToReview>();
        for (int a = 0; a < APPLICATIONS; a++) {
            applications.add(new ApplicationToReview("app-" + a, pick(random, tags, 1 + random.nextInt(3)), Set.of()));
        }
        var jurors = new ArrayList<Juror>();
        for (int j = 0; j < JURORS; j++) {
            var conflicts = new HashSet<String>();
            for (var application : applications) {
                if (random.nextInt(100) < 5) {
                    conflicts.add(application.id());
                }
            }
            jurors.add(new Juror("juror-" + j, pick(random, tags, 2 + random.nextInt(4)), null, conflicts, Set.of()));
        }
        return AssignmentRequest.of(applications, jurors, 3);
    }

    private static Set<String> pick(Random random, List<String> from, int count) {
        var picked = new HashSet<String>();
        while (picked.size() < count) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return picked;
    }

    private static long conflictedPairs(AssignmentRequest request) {
        return request.jurors().stream().mapToLong(juror -> juror.conflictingApplications().size()).sum();
    }

    /** The time from each phase's start to the next one's. */
    private static final class PhaseTimings implements AssignmentProgress {

        private final long started = System.nanoTime();
        private final Map<AssignmentPhase, Long> starts = new EnumMap<>(AssignmentPhase.class);

        @Override
        public void entered(AssignmentPhase phase) {
            starts.put(phase, System.nanoTime());
        }

        void end() {
            starts.putIfAbsent(AssignmentPhase.DONE, System.nanoTime());
        }

        @Override
        public String toString() {
            var text = new StringBuilder();
            AssignmentPhase previous = null;
            for (var phase : starts.keySet()) {
                if (previous != null) {
                    text.append(String.format("%s %d ms, ", previous.name().toLowerCase(), millis(starts.get(previous), starts.get(phase))));
                }
                previous = phase;
            }
            return text.append(String.format("whole run %d ms", millis(started, starts.get(AssignmentPhase.DONE)))).toString();
        }

        private static long millis(long from, long to) {
            return (to - from) / 1_000_000;
        }
    }
}
