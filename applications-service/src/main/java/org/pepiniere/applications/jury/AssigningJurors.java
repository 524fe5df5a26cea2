package org.pepiniere.applications.jury;

import java.util.concurrent.Executor;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Staff run the assignment of a call. The solver holds a core for up to seconds, so it runs on the given scheduler,
 * which the wiring bounds (a thread or two and a short queue: a run beyond that fails with a rejected execution
 * instead of queueing without end), never on the caller's event loop.
 */
public class AssigningJurors {

    private final JuryAssignmentSolver solver;
    private final Scheduler scheduler;

    public AssigningJurors(JuryAssignmentSolver solver, Scheduler scheduler) {
        this.solver = solver;
        this.scheduler = scheduler;
    }

    /** On an executor the wiring bounds, such as a single thread with a small queue. */
    public AssigningJurors(JuryAssignmentSolver solver, Executor executor) {
        this(solver, Schedulers.fromExecutor(executor));
    }

    public Mono<AssignmentOutcome> assign(AssignmentRequest request, AssignmentProgress progress) {
        return Mono.fromCallable(() -> solver.solve(request, progress)).subscribeOn(scheduler);
    }
}
