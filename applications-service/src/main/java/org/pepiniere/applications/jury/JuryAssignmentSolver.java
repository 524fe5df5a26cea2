package org.pepiniere.applications.jury;

import java.util.ArrayList;

/**
 * One run of the assignment, synchronous and CPU-bound: call it through {@link AssigningJurors}, off the event loop.
 * Either every application gets exactly k jurors at the least cost, or the answer says why not and assigns nothing.
 */
public class JuryAssignmentSolver {

    public AssignmentOutcome solve(AssignmentRequest request, AssignmentProgress progress) {
        if (!SolverNatives.loaded()) {
            progress.entered(AssignmentPhase.LOADING_SOLVER);
            SolverNatives.load();
        }
        progress.entered(AssignmentPhase.CHECKING_CONSTRAINTS);
        var screening = new Screening(new Pool(request));
        if (!screening.obstacles.isEmpty()) {
            return done(new AssignmentOutcome.Infeasible(screening.obstacles), progress);
        }
        progress.entered(AssignmentPhase.BUILDING_GRAPH);
        try (var network = FlowNetwork.withMinimumLoads(screening)) {
            progress.entered(AssignmentPhase.SOLVING);
            if (network.solve()) {
                progress.entered(AssignmentPhase.EXPLAINING);
                return done(Explaining.assignment(screening, network), progress);
            }
        }
        progress.entered(AssignmentPhase.EXPLAINING);
        return done(shortfall(screening), progress);
    }

    /**
     * Counting found nothing, yet no full flow exists: the largest flow without minimum loads names the applications
     * that no assignment can serve together; if it serves them all, the minimum loads are what cannot be met.
     */
    private static AssignmentOutcome.Infeasible shortfall(Screening screening) {
        var obstacles = new ArrayList<Obstacle>();
        try (var relaxed = FlowNetwork.withoutMinimumLoads(screening)) {
            relaxed.solveForMaximumFlow();
            for (int a = 0; a < screening.pool.applications; a++) {
                int forced = screening.forcedPerApplication[a];
                long reached = forced + relaxed.served(a);
                if (reached < screening.reviewsPerApplication) {
                    obstacles.add(new Obstacle.ApplicationUnderfilled(screening.pool.application(a).id(),
                            screening.reviewsPerApplication, (int) reached));
                }
            }
        }
        if (obstacles.isEmpty()) {
            obstacles.add(new Obstacle.MinimumLoadsUnreachable(screening.pool.request.reviews(), screening.loads));
        }
        return new AssignmentOutcome.Infeasible(obstacles);
    }

    private static AssignmentOutcome done(AssignmentOutcome outcome, AssignmentProgress progress) {
        progress.entered(AssignmentPhase.DONE);
        return outcome;
    }
}
