package org.pepiniere.applications.jury.web;

import java.time.Clock;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.jury.AssignedJurors;
import org.pepiniere.applications.jury.Assignments;
import org.pepiniere.applications.jury.DeclaringConflict;
import org.pepiniere.applications.jury.JuryRefusal;
import org.pepiniere.applications.jury.KnownJuror;
import org.pepiniere.applications.jury.KnownJurors;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A juror's side: the applications assigned to them across their incubator's calls, each one readable only by its
 * jurors (anyone else gets a 404, as for an application that does not exist), and the conflict found late. Staff list
 * the jurors this service knows, to pick a call's pool.
 */
@RestController
@RequestMapping("/api/jury")
class JurorController {

    private static final int MAX_CALLS = 100;

    private final Assignments assignments;
    private final AssignedJurors assignedJurors;
    private final Calls calls;
    private final KnownJurors known;
    private final DeclaringConflict declaring;
    private final Clock clock;

    JurorController(Assignments assignments, AssignedJurors assigned, Calls calls, KnownJurors known,
            DeclaringConflict declaring, Clock clock) {
        this.assignments = assignments;
        this.assignedJurors = assigned;
        this.calls = calls;
        this.known = known;
        this.declaring = declaring;
        this.clock = clock;
    }

    /** Also makes the juror known to staff, who can then add them to a call's pool: the token proves the role. */
    @GetMapping("/assignments")
    Flux<JurorAssignmentView> assigned(CurrentUser user) {
        user.require(Role.JUROR);
        var name = user.displayName() == null || user.displayName().isBlank()
                ? user.email() == null ? user.id() : user.email() : user.displayName();
        return known.remember(new KnownJuror(user.id(), user.incubatorId(), name, user.email()))
                .thenMany(assignments.withJuror(user.incubatorId(), user.id(), MAX_CALLS))
                .concatMap(assignment -> calls.find(user.incubatorId(), new CallId(assignment.callId()))
                        .flatMapMany(call -> Flux.fromIterable(assignment.of(user.id()))
                                .map(pair -> new JurorAssignmentView(call.id().value(), call.details().title().fr(),
                                        call.details().title().en(), call.details().reviewDeadline(), pair.applicationId(),
                                        assignment.startupNames().getOrDefault(pair.applicationId(), pair.applicationId()),
                                        pair.affinity().matchedNeeds()))));
    }

    @GetMapping("/applications/{id}")
    Mono<JurorApplicationView> application(CurrentUser user, @PathVariable @Pattern(regexp = JuryProblems.ID) String id) {
        user.require(Role.JUROR);
        return assignedJurors.assignedTo(user.incubatorId(), id, user.id())
                .flatMap(application -> calls.find(user.incubatorId(), new CallId(application.callId()))
                        .map(call -> JurorApplicationView.of(application, call, clock.instant())))
                .switchIfEmpty(Mono.error(() -> JuryProblems.of(JuryRefusal.APPLICATION_NOT_FOUND, id, false)));
    }

    /** The juror leaves the application: the pair is taken out, staff see the gap, and the next run fills it. */
    @PostMapping("/applications/{id}/conflict")
    Mono<Map<String, Object>> conflict(CurrentUser user, @PathVariable @Pattern(regexp = JuryProblems.ID) String id) {
        user.require(Role.JUROR);
        return declaring.leave(user.incubatorId(), id, user.id())
                .map(outcome -> {
                    JuryProblems.value(outcome, false);
                    return Map.<String, Object>of("applicationId", id, "conflictDeclared", true);
                });
    }

    @GetMapping("/jurors")
    Flux<KnownJuror> jurors(CurrentUser user, @RequestParam(required = false) @Min(1) @Max(500) @Nullable Integer limit) {
        user.require(Role.STAFF);
        return known.ofIncubator(user.incubatorId(), limit == null ? 200 : limit);
    }
}
