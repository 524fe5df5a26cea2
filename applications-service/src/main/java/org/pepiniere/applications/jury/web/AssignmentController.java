package org.pepiniere.applications.jury.web;

import java.util.Map;
import java.util.concurrent.RejectedExecutionException;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.jury.Assignments;
import org.pepiniere.applications.jury.JuryPools;
import org.pepiniere.applications.jury.RunAssignment;
import org.pepiniere.applications.jury.RunOutcome;
import org.pepiniere.applications.jury.RunningAssignment;
import org.pepiniere.applications.jury.RunsInProgress;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.ProblemTexts;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Mono;

/**
 * The jury assignment of a call, for its incubator's staff: run it, read it, and follow a run in progress. A run
 * answers the whole saved assignment, or a 422 report of why none exists (nothing saved), or a 503 while the solver is
 * busy with other runs.
 */
@RestController
@RequestMapping("/api/calls/{callId}/assignment")
class AssignmentController {

    private final RunningAssignment running;
    private final Assignments assignments;
    private final JuryPools pools;
    private final RunsInProgress runs;

    AssignmentController(RunningAssignment running, Assignments assignments, JuryPools pools, RunsInProgress runs) {
        this.running = running;
        this.assignments = assignments;
        this.pools = pools;
        this.runs = runs;
    }

    @PostMapping
    Mono<ResponseEntity<AssignmentView>> run(CurrentUser user, @PathVariable @Pattern(regexp = JuryProblems.ID) String callId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody Mono<RunRequest> body, ServerWebExchange exchange) {
        user.require(Role.STAFF);
        Long expected = JuryProblems.version(ifMatch);
        return body
                .map(request -> new RunAssignment(user.incubatorId(), callId, user.id(), request.loadBounds(), request.pinned(),
                        request.forbidden(), expected))
                .flatMap(running::run)
                .onErrorMap(AssignmentController::isBusy, e -> Problems.refused(HttpStatus.SERVICE_UNAVAILABLE,
                        "jury-solver-busy", "jury.solver-busy"))
                .flatMap(outcome -> answer(outcome, user, callId, expected != null, exchange));
    }

    @GetMapping
    Mono<ResponseEntity<AssignmentView>> read(CurrentUser user, @PathVariable @Pattern(regexp = JuryProblems.ID) String callId) {
        user.require(Role.STAFF);
        return assignments.find(user.incubatorId(), callId)
                .flatMap(assignment -> pools.find(user.incubatorId(), callId).map(pool -> AssignmentView.of(assignment, pool)))
                .map(view -> ResponseEntity.ok().eTag(view.etag()).body(view))
                .switchIfEmpty(Mono.error(() -> Problems.refused(HttpStatus.NOT_FOUND, "assignment-not-found",
                        "jury.assignment-not-found", callId)));
    }

    /** The phase of the call's run in progress on this instance; {@code running} false when there is none. */
    @GetMapping("/progress")
    Map<String, Object> progress(CurrentUser user, @PathVariable @Pattern(regexp = JuryProblems.ID) String callId) {
        user.require(Role.STAFF);
        return runs.of(user.incubatorId(), callId)
                .<Map<String, Object>>map(phase -> Map.of("running", true, "phase", phase.name()))
                .orElse(Map.of("running", false));
    }

    private Mono<ResponseEntity<AssignmentView>> answer(RunOutcome outcome, CurrentUser user, String callId,
            boolean conditional, ServerWebExchange exchange) {
        if (outcome instanceof RunOutcome.Saved saved) {
            return pools.find(user.incubatorId(), callId)
                    .map(pool -> AssignmentView.of(saved.assignment(), pool))
                    .map(view -> ResponseEntity.ok().eTag(view.etag()).body(view));
        }
        if (outcome instanceof RunOutcome.Infeasible infeasible) {
            return ProblemTexts.language(exchange).flatMap(locale -> {
                var problem = Problems.refused(HttpStatus.UNPROCESSABLE_CONTENT, "assignment-infeasible",
                        "jury.assignment-infeasible", infeasible.obstacles().size());
                problem.getBody().setProperty("obstacles", ObstacleReport.of(infeasible.obstacles(), infeasible.names(), locale));
                return Mono.error(problem);
            });
        }
        var refused = (RunOutcome.Refused) outcome;
        return Mono.error(JuryProblems.of(refused.refusal(), refused.subject(), conditional));
    }

    private static boolean isBusy(Throwable error) {
        return error instanceof RejectedExecutionException || error.getCause() instanceof RejectedExecutionException;
    }
}
