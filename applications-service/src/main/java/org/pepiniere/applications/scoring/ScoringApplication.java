package org.pepiniere.applications.scoring;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.pepiniere.applications.calls.Call;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.calls.Criterion;
import org.pepiniere.applications.jury.Assignment;
import org.pepiniere.applications.jury.Assignments;
import org.pepiniere.applications.jury.JuryPool;
import org.pepiniere.applications.jury.JuryPools;
import org.pepiniere.applications.jury.Submissions;
import org.pepiniere.contracts.scoring.ApplicationScored;

import reactor.core.publisher.Mono;

/**
 * A juror scores an application of theirs on the call's grid, or revises the score, until the review deadline. The
 * score and its {@code ApplicationScored} are one write, conditional on the revision read; then the review's progress
 * learns of it ({@link CompletingReview}).
 */
public class ScoringApplication {

    private final Submissions submissions;
    private final Calls calls;
    private final JuryPools pools;
    private final Assignments assignments;
    private final Scores scores;
    private final CompletingReview completing;
    private final Clock clock;
    private final Supplier<String> ids;

    public ScoringApplication(Submissions submissions, Calls calls, JuryPools pools, Assignments assignments,
            Scores scores, CompletingReview completing, Clock clock, Supplier<String> ids) {
        this.submissions = submissions;
        this.calls = calls;
        this.pools = pools;
        this.assignments = assignments;
        this.scores = scores;
        this.completing = completing;
        this.clock = clock;
        this.ids = ids;
    }

    private record Facts(Call call, JuryPool pool, Optional<Assignment> assignment, Optional<Score> existing) {
    }

    public Mono<ScoreOutcome> score(ScoreApplication command) {
        String incubatorId = command.incubatorId();
        return submissions.find(incubatorId, command.applicationId())
                .flatMap(application -> calls.find(incubatorId, new CallId(application.callId()))
                        .flatMap(call -> Mono.zip(
                                pools.find(incubatorId, application.callId()),
                                assignments.find(incubatorId, application.callId()).map(Optional::of).defaultIfEmpty(Optional.empty()),
                                scores.find(incubatorId, command.applicationId(), command.jurorId()).map(Optional::of)
                                        .defaultIfEmpty(Optional.empty()))
                                .map(t -> new Facts(call, t.getT1(), t.getT2(), t.getT3()))))
                .flatMap(facts -> decide(command, facts))
                .defaultIfEmpty(ScoreOutcome.refused(ScoreRefusal.APPLICATION_NOT_FOUND, command.applicationId()));
    }

    private Mono<ScoreOutcome> decide(ScoreApplication command, Facts facts) {
        String applicationId = command.applicationId();
        String jurorId = command.jurorId();
        // checked before the assignment: a declared conflict took the pair out of it, and the juror should hear why
        if (facts.pool().conflictsOf(jurorId).applications().contains(applicationId)) {
            return Mono.just(ScoreOutcome.refused(ScoreRefusal.CONFLICT_DECLARED, applicationId));
        }
        if (facts.assignment().filter(assignment -> assignment.assigns(applicationId, jurorId)).isEmpty()) {
            return Mono.just(ScoreOutcome.refused(ScoreRefusal.APPLICATION_NOT_FOUND, applicationId));
        }
        Instant now = clock.instant();
        var details = facts.call().details();
        if (!now.isBefore(details.reviewDeadline())) {
            return Mono.just(ScoreOutcome.refused(ScoreRefusal.DEADLINE_PASSED, applicationId));
        }
        var violations = GridRules.violations(details.criteria(), command.sheet());
        if (!violations.isEmpty()) {
            return Mono.just(new ScoreOutcome.Refused(ScoreRefusal.INVALID_SHEET, applicationId, violations));
        }
        long current = facts.existing().map(Score::revision).orElse(0L);
        if (current > 0 && command.expectedRevision() == null) {
            return Mono.just(ScoreOutcome.refused(ScoreRefusal.REVISION_REQUIRED, applicationId));
        }
        if (command.expectedRevision() != null && command.expectedRevision() != current) {
            return Mono.just(ScoreOutcome.refused(ScoreRefusal.CHANGED_MEANWHILE, applicationId));
        }
        var marks = inGridOrder(details.criteria(), command.sheet());
        String comment = command.sheet().comment().strip();
        Score next = facts.existing().map(score -> score.revisedTo(marks, comment, now))
                .orElseGet(() -> Score.first(command.incubatorId(), facts.call().id().value(), applicationId, jurorId,
                        marks, comment, now));
        var event = new ApplicationScored(ids.get(), applicationId, now, next.incubatorId(), next.callId(), jurorId,
                next.revision(), marks);
        return scores.save(next, current, event)
                .flatMap(saved -> completing.after(saved, details.reviewsPerApplication())
                        .thenReturn((ScoreOutcome) new ScoreOutcome.Saved(saved)))
                .defaultIfEmpty(ScoreOutcome.refused(ScoreRefusal.CHANGED_MEANWHILE, applicationId));
    }

    private static Map<String, Integer> inGridOrder(java.util.List<Criterion> grid, ScoreSheet sheet) {
        var marks = new LinkedHashMap<String, Integer>();
        grid.forEach(criterion -> marks.put(criterion.id(), sheet.marks().get(criterion.id())));
        return marks;
    }
}
