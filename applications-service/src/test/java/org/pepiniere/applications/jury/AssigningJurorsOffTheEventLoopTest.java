package org.pepiniere.applications.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pepiniere.applications.jury.JuryFixture.applications;
import static org.pepiniere.applications.jury.JuryFixture.jurors;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.Test;

import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class AssigningJurorsOffTheEventLoopTest {

    private final List<AssignmentPhase> phases = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final AssignmentProgress progress = phase -> {
        phases.add(phase);
        threads.add(Thread.currentThread().getName());
    };

    @Test
    void solvesOnTheGivenSchedulerAndReportsEachPhaseInOrder() {
        var scheduler = Schedulers.newSingle("jury-solver");
        var assigning = new AssigningJurors(new JuryAssignmentSolver(), scheduler);

        StepVerifier.create(assigning.assign(AssignmentRequest.of(applications(6), jurors(4), 2), progress))
                .assertNext(outcome -> assertThat(outcome).isInstanceOf(AssignmentOutcome.Assigned.class))
                .verifyComplete();

        assertThat(phases.stream().filter(phase -> phase != AssignmentPhase.LOADING_SOLVER)).containsExactly(
                AssignmentPhase.CHECKING_CONSTRAINTS, AssignmentPhase.BUILDING_GRAPH, AssignmentPhase.SOLVING,
                AssignmentPhase.EXPLAINING, AssignmentPhase.DONE);
        assertThat(phases.indexOf(AssignmentPhase.LOADING_SOLVER)).isLessThanOrEqualTo(0);
        assertThat(threads).allMatch(thread -> thread.startsWith("jury-solver"));
        scheduler.dispose();
    }

    @Test
    void solvesOnAGivenExecutor() {
        var executor = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "jury-executor"));
        var assigning = new AssigningJurors(new JuryAssignmentSolver(), executor);

        StepVerifier.create(assigning.assign(AssignmentRequest.of(applications(6), jurors(4), 2), progress))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(threads).allMatch(thread -> thread.equals("jury-executor"));
        executor.shutdown();
    }

    @Test
    void stopsAfterTheChecksWhenCountingShowsNoAssignment() {
        var assigning = new AssigningJurors(new JuryAssignmentSolver(), Schedulers.immediate());

        StepVerifier.create(assigning.assign(AssignmentRequest.of(applications(6), jurors(1), 2), progress))
                .assertNext(outcome -> assertThat(outcome).isInstanceOf(AssignmentOutcome.Infeasible.class))
                .verifyComplete();

        assertThat(phases.stream().filter(phase -> phase != AssignmentPhase.LOADING_SOLVER))
                .containsExactly(AssignmentPhase.CHECKING_CONSTRAINTS, AssignmentPhase.DONE);
    }

    @Test
    void failsWithoutSolvingWhenTheBoundedExecutorIsFull() {
        var assigning = new AssigningJurors(new JuryAssignmentSolver(), (Runnable command) -> {
            throw new RejectedExecutionException("full");
        });

        StepVerifier.create(assigning.assign(AssignmentRequest.of(applications(6), jurors(4), 2), progress))
                .verifyError(RejectedExecutionException.class);

        assertThat(phases).isEmpty();
    }
}
