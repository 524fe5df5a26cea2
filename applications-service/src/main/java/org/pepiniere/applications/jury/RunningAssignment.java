package org.pepiniere.applications.jury;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.Call;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.contracts.jury.JurorsAssigned;

import reactor.core.publisher.Mono;

/**
 * Staff run the assignment of a call: its submitted applications, its pool with the jurors' conflicts, staff's pins
 * and forbids, and the pairs already scored, kept as they are. Either the whole assignment is saved, replacing the
 * previous one in one conditional write with its {@code JurorsAssigned}, or nothing is: an infeasible run says why,
 * and a run that another one overtook is refused.
 */
public class RunningAssignment {

    /** Well beyond a call's applications; the benchmark solves 2,000 in about a second. */
    static final int MAX_APPLICATIONS = 5_000;

    private final Calls calls;
    private final JuryPools pools;
    private final Submissions submissions;
    private final Assignments assignments;
    private final ScoredPairs scored;
    private final AssigningJurors assigning;
    private final RunsInProgress runs;
    private final Clock clock;
    private final Supplier<String> ids;

    public RunningAssignment(Calls calls, JuryPools pools, Submissions submissions, Assignments assignments,
            ScoredPairs scored, AssigningJurors assigning, RunsInProgress runs, Clock clock, Supplier<String> ids) {
        this.calls = calls;
        this.pools = pools;
        this.submissions = submissions;
        this.assignments = assignments;
        this.scored = scored;
        this.assigning = assigning;
        this.runs = runs;
        this.clock = clock;
        this.ids = ids;
    }

    private record Inputs(Call call, JuryPool pool, List<SubmittedApplication> applications, long version, Set<Pair> scored) {
    }

    public Mono<RunOutcome> run(RunAssignment command) {
        return calls.find(command.incubatorId(), new CallId(command.callId()))
                .flatMap(call -> Mono.zip(
                        pools.find(command.incubatorId(), command.callId()),
                        submissions.ofCall(command.incubatorId(), command.callId(), MAX_APPLICATIONS).collectList(),
                        assignments.find(command.incubatorId(), command.callId()).map(Assignment::version).defaultIfEmpty(0L),
                        scored.of(command.incubatorId(), command.callId()))
                        .map(t -> new Inputs(call, t.getT1(), t.getT2(), t.getT3(), t.getT4())))
                .flatMap(inputs -> run(command, inputs))
                .defaultIfEmpty(new RunOutcome.Refused(JuryRefusal.CALL_NOT_FOUND, command.callId()));
    }

    private Mono<RunOutcome> run(RunAssignment command, Inputs inputs) {
        var refusal = refusal(command, inputs);
        if (refusal != null) {
            return Mono.just(refusal);
        }
        var jurorIds = inputs.pool().members().stream().map(PoolMember::jurorId).collect(Collectors.toSet());
        var applicationIds = inputs.applications().stream().map(SubmittedApplication::id).collect(Collectors.toSet());
        // a scored pair whose juror left the pool or whose application was withdrawn is no longer part of the run
        var locked = inputs.scored().stream()
                .filter(pair -> jurorIds.contains(pair.jurorId()) && applicationIds.contains(pair.applicationId()))
                .collect(Collectors.toSet());
        var request = AssignmentRequest.of(inputs.applications().stream().map(SubmittedApplication::toReview).toList(),
                        inputs.pool().jurors(), inputs.call().details().reviewsPerApplication())
                .withLoadBounds(command.loadBounds())
                .withPairs(command.pins(), command.forbids(), locked);
        return assigning.assign(request, runs.track(command.incubatorId(), command.callId()))
                .doFinally(signal -> runs.finished(command.incubatorId(), command.callId()))
                .flatMap(outcome -> outcome instanceof AssignmentOutcome.Assigned assigned
                        ? save(command, inputs, assigned)
                        : Mono.just(new RunOutcome.Infeasible(((AssignmentOutcome.Infeasible) outcome).obstacles(), names(inputs))));
    }

    private RunOutcome.@Nullable Refused refusal(RunAssignment command, Inputs inputs) {
        if (!inputs.call().isPublished()) {
            return new RunOutcome.Refused(JuryRefusal.CALL_NOT_PUBLISHED, command.callId());
        }
        if (command.expectedVersion() != null && command.expectedVersion() != inputs.version()) {
            return new RunOutcome.Refused(JuryRefusal.CHANGED_MEANWHILE, command.callId());
        }
        if (inputs.pool().members().isEmpty()) {
            return new RunOutcome.Refused(JuryRefusal.EMPTY_POOL, command.callId());
        }
        if (inputs.applications().isEmpty()) {
            return new RunOutcome.Refused(JuryRefusal.NO_APPLICATIONS, command.callId());
        }
        var applicationIds = inputs.applications().stream().map(SubmittedApplication::id).collect(Collectors.toSet());
        for (var pair : union(command.pins(), command.forbids())) {
            if (inputs.pool().member(pair.jurorId()).isEmpty()) {
                return new RunOutcome.Refused(JuryRefusal.UNKNOWN_JUROR, pair.jurorId());
            }
            if (!applicationIds.contains(pair.applicationId())) {
                return new RunOutcome.Refused(JuryRefusal.UNKNOWN_APPLICATION, pair.applicationId());
            }
        }
        return null;
    }

    private Mono<RunOutcome> save(RunAssignment command, Inputs inputs, AssignmentOutcome.Assigned assigned) {
        var now = clock.instant();
        var runId = ids.get();
        var names = inputs.applications().stream()
                .collect(Collectors.toMap(SubmittedApplication::id, SubmittedApplication::startupName));
        var assignment = Assignment.of(command.callId(), command.incubatorId(), runId, now, command.staffId(), assigned,
                command.pins(), command.forbids(), names, inputs.version() + 1);
        var event = new JurorsAssigned(ids.get(), command.callId(), now, command.incubatorId(), runId, assignment.version(),
                assigned.pairs().stream().map(pair -> new JurorsAssigned.AssignedPair(pair.applicationId(), pair.jurorId())).toList());
        return assignments.replace(assignment, inputs.version(), event)
                .<RunOutcome>map(RunOutcome.Saved::new)
                .defaultIfEmpty(new RunOutcome.Refused(JuryRefusal.CHANGED_MEANWHILE, command.callId()));
    }

    private static Map<String, String> names(Inputs inputs) {
        var names = new HashMap<String, String>();
        inputs.applications().forEach(application -> names.put(application.id(), application.startupName()));
        inputs.pool().members().forEach(member -> names.put(member.jurorId(), member.displayName()));
        return names;
    }

    private static Set<Pair> union(Set<Pair> a, Set<Pair> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
