package org.pepiniere.applications.scoring.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.jury.AssignedJurors;
import org.pepiniere.applications.scoring.ScoreApplication;
import org.pepiniere.applications.scoring.ScoreOutcome;
import org.pepiniere.applications.scoring.ScoreRefusal;
import org.pepiniere.applications.scoring.ScoreSheet;
import org.pepiniere.applications.scoring.Scores;
import org.pepiniere.applications.scoring.ScoringApplication;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.IfMatch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Jurors score the applications assigned to them and read back only their own scores; staff read all the scores of
 * a call of their incubator. Another incubator's call or application is a 404, as one that does not exist.
 */
@RestController
class ScoresController {

    private static final int MAX_SCORES = 5_000;

    private final ScoringApplication scoring;
    private final Scores scores;
    private final AssignedJurors assigned;
    private final Calls calls;

    ScoresController(ScoringApplication scoring, Scores scores, AssignedJurors assigned, Calls calls) {
        this.scoring = scoring;
        this.scores = scores;
        this.assigned = assigned;
        this.calls = calls;
    }

    @GetMapping("/api/jury/applications/{id}/score")
    Mono<ResponseEntity<ScoreView>> own(CurrentUser user, @PathVariable @Pattern(regexp = ScoreProblems.ID) String id) {
        user.require(Role.JUROR);
        return assigned.assignedTo(user.incubatorId(), id, user.id())
                .switchIfEmpty(Mono.error(() -> ScoreProblems.of(ScoreRefusal.APPLICATION_NOT_FOUND, id, false)))
                .flatMap(application -> scores.find(user.incubatorId(), id, user.id()))
                .map(ScoreView::of)
                .map(view -> ResponseEntity.ok().eTag(view.etag()).body(view))
                .switchIfEmpty(Mono.error(() -> ScoreProblems.of(ScoreRefusal.SCORE_NOT_FOUND, id, false)));
    }

    /**
     * The first score is sent without If-Match; a revision names the revision it revises, so that a tab left open
     * never overwrites unseen a score revised since. The body is read after the role and the precondition.
     */
    @PutMapping("/api/jury/applications/{id}/score")
    Mono<ResponseEntity<ScoreView>> score(CurrentUser user, @PathVariable @Pattern(regexp = ScoreProblems.ID) String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody Mono<ScoreRequest> body) {
        user.require(Role.JUROR);
        Long expected = IfMatch.version(ifMatch, ScoreProblems.STALE);
        return body
                .map(request -> new ScoreApplication(user.incubatorId(), id, user.id(),
                        new ScoreSheet(request.marks(), request.comment()), expected))
                .flatMap(scoring::score)
                .map(outcome -> {
                    if (outcome instanceof ScoreOutcome.Saved saved) {
                        var view = ScoreView.of(saved.score());
                        var answer = saved.first()
                                ? ResponseEntity.created(URI.create("/api/jury/applications/" + id + "/score"))
                                : ResponseEntity.ok();
                        return answer.eTag(view.etag()).body(view);
                    }
                    throw ScoreProblems.of((ScoreOutcome.Refused) outcome, expected != null);
                });
    }

    /** Which applications the juror has scored, for their list. */
    @GetMapping("/api/jury/scores")
    Flux<ScoredView> scored(CurrentUser user, @RequestParam(required = false) @Min(1) @Max(1000) @Nullable Integer limit) {
        user.require(Role.JUROR);
        return scores.ofJuror(user.incubatorId(), user.id(), limit == null ? 500 : limit).map(ScoredView::of);
    }

    @GetMapping("/api/calls/{callId}/scores")
    Flux<ScoreView> ofCall(CurrentUser user, @PathVariable @Pattern(regexp = ScoreProblems.ID) String callId) {
        user.require(Role.STAFF);
        return calls.find(user.incubatorId(), new CallId(callId))
                .switchIfEmpty(Mono.error(() -> ScoreProblems.callNotFound(callId)))
                .flatMapMany(call -> scores.ofCall(user.incubatorId(), callId, MAX_SCORES))
                .map(ScoreView::of);
    }
}
