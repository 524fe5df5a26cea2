package org.pepiniere.applications.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * On cases small enough to try every assignment (4–5 applications × 4–5 jurors, k = 2), the solver's cost is the least
 * any assignment within the rules has, and it finds none exactly when none exists. Costs are recomputed here from the
 * request, with the cost model's public formulas only.
 */
class OptimalityAgainstBruteForceTest {

    private static final List<String> TAGS = List.of("ai", "Biology", "finance", "énergie");
    private static final List<String> SCHOOLS = List.of("Inria", "Sorbonne", "École 42");
    private static final int SEEDS = 400;

    @Test
    void findsTheCheapestAssignmentOrNoneExactlyWhenNoneExists() {
        int feasible = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            var request = randomCase(new Random(seed));
            var cheapest = new BruteForce(request).cheapest();

            var outcome = JuryFixture.SOLVER.solve(request, AssignmentProgress.NONE);

            if (cheapest < 0) {
                assertThat(outcome).as("seed %d", seed).isInstanceOf(AssignmentOutcome.Infeasible.class);
                continue;
            }
            feasible++;
            assertThat(outcome).as("seed %d", seed).isInstanceOf(AssignmentOutcome.Assigned.class);
            var assigned = (AssignmentOutcome.Assigned) outcome;
            AssignmentRules.assertKept(request, assigned);
            assertThat(assigned.totalCost()).as("seed %d", seed).isEqualTo(cheapest).isEqualTo(costOf(request, assigned));
        }
        assertThat(feasible).as("feasible cases among %d", SEEDS).isGreaterThan(SEEDS / 3);
    }

    static long costOf(AssignmentRequest request, AssignmentOutcome.Assigned assigned) {
        long cost = 0;
        var loads = new java.util.HashMap<String, Integer>();
        for (var pair : assigned.pairs()) {
            var application = request.applications().stream().filter(app -> app.id().equals(pair.applicationId())).findFirst().orElseThrow();
            var juror = request.jurors().stream().filter(j -> j.id().equals(pair.jurorId())).findFirst().orElseThrow();
            cost += BruteForce.affinityCost(request, application, juror);
            loads.merge(juror.id(), 1, Integer::sum);
        }
        for (var load : loads.values()) {
            cost += request.costs().loadCost(load);
        }
        return cost;
    }

    private static AssignmentRequest randomCase(Random random) {
        int applicationCount = 4 + random.nextInt(2);
        int jurorCount = 4 + random.nextInt(2);
        var applications = new ArrayList<ApplicationToReview>();
        for (int a = 0; a < applicationCount; a++) {
            applications.add(new ApplicationToReview("app-" + a, someOf(random, TAGS, 3),
                    random.nextInt(3) == 0 ? Set.of(SCHOOLS.get(random.nextInt(SCHOOLS.size()))) : Set.of()));
        }
        var jurors = new ArrayList<Juror>();
        for (int j = 0; j < jurorCount; j++) {
            var conflicts = new HashSet<String>();
            applications.stream().filter(app -> random.nextInt(7) == 0).forEach(app -> conflicts.add(app.id()));
            jurors.add(new Juror("juror-" + j, someOf(random, TAGS, 4),
                    random.nextInt(4) == 0 ? SCHOOLS.get(random.nextInt(SCHOOLS.size())).toUpperCase() : null, conflicts,
                    random.nextInt(6) == 0 ? Set.of(SCHOOLS.get(random.nextInt(SCHOOLS.size()))) : Set.of()));
        }
        var bounds = switch (random.nextInt(3)) {
            case 0 -> new LoadBounds.Balanced();
            case 1 -> new LoadBounds.Widened(1 + random.nextInt(2));
            default -> new LoadBounds.Between(random.nextInt(2), 2 + random.nextInt(3));
        };
        var costs = random.nextBoolean() ? CostModel.DEFAULT : new CostModel(10 + random.nextInt(91), random.nextInt(31));
        return new AssignmentRequest(applications, jurors, 2, bounds, randomPairs(random, applications, jurors, 1, 4),
                randomPairs(random, applications, jurors, 2, 2), randomPairs(random, applications, jurors, 1, 4), costs);
    }

    private static Set<Pair> randomPairs(Random random, List<ApplicationToReview> applications, List<Juror> jurors, int most, int oneIn) {
        var pairs = new HashSet<Pair>();
        for (int i = 0; i < most; i++) {
            if (random.nextInt(oneIn) == 0) {
                pairs.add(new Pair(applications.get(random.nextInt(applications.size())).id(), jurors.get(random.nextInt(jurors.size())).id()));
            }
        }
        return pairs;
    }

    private static Set<String> someOf(Random random, List<String> from, int most) {
        var some = new HashSet<String>();
        int count = random.nextInt(most + 1);
        for (int i = 0; i < count; i++) {
            some.add(from.get(random.nextInt(from.size())));
        }
        return some;
    }
}
