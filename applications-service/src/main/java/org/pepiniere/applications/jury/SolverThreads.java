package org.pepiniere.applications.jury;

import reactor.core.scheduler.Scheduler;

/**
 * The bounded threads the assignment is solved on. A type of its own rather than a bare Scheduler, so that another
 * feature's scheduler is never given to the solver, nor the solver's to another feature.
 */
public record SolverThreads(Scheduler scheduler) implements AutoCloseable {

    @Override
    public void close() {
        scheduler.dispose();
    }
}
