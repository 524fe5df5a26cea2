package org.pepiniere.applications.decisions.web;

import java.net.URI;

import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.Applications;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.decisions.BreakingTies;
import org.pepiniere.applications.decisions.DecideApplication;
import org.pepiniere.applications.decisions.DecidingApplication;
import org.pepiniere.applications.decisions.DecisionOutcome;
import org.pepiniere.applications.decisions.DecisionRefusal;
import org.pepiniere.applications.decisions.Decisions;
import org.pepiniere.applications.decisions.PromoteFromWaitlist;
import org.pepiniere.applications.decisions.PromotingFromWaitlist;
import org.pepiniere.applications.decisions.TieBreakOutcome;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Mono;

/**
 * Staff of the incubator decide its applications, break the tie at a call's admission cut and promote from the wait
 * list; the founder of an application and staff read its decision. Anyone else is refused (403) before anything is
 * read, and another incubator's application or call is a 404, as one that does not exist.
 */
@RestController
class DecisionsController {

    private static final int MAX_DECISIONS = 5_000;

    private final DecidingApplication deciding;
    private final PromotingFromWaitlist promoting;
    private final BreakingTies ties;
    private final Decisions decisions;
    private final Applications applications;
    private final Calls calls;

    DecisionsController(DecidingApplication deciding, PromotingFromWaitlist promoting, BreakingTies ties, Decisions decisions,
            Applications applications, Calls calls) {
        this.deciding = deciding;
        this.promoting = promoting;
        this.ties = ties;
        this.decisions = decisions;
        this.applications = applications;
        this.calls = calls;
    }

    @PostMapping("/api/applications/{id}/decision")
    Mono<ResponseEntity<DecisionView>> decide(CurrentUser user, @PathVariable @Pattern(regexp = DecisionProblems.ID) String id,
            @RequestBody Mono<DecisionRequest> body) {
        user.require(Role.STAFF);
        return body
                .map(request -> new DecideApplication(user.incubatorId(), id, user.id(), request.decision(), request.cohortId(),
                        request.reasonsFr(), request.reasonsEn()))
                .flatMap(deciding::decide)
                .map(outcome -> ResponseEntity.created(URI.create("/api/applications/" + id + "/decision")).body(stored(outcome)));
    }

    /**
     * The founder of the application reads its decision and reasons; staff too. Undecided: 204, an ordinary state of
     * the application page, not an error.
     */
    @GetMapping("/api/applications/{id}/decision")
    Mono<ResponseEntity<DecisionView>> read(CurrentUser user, @PathVariable @Pattern(regexp = DecisionProblems.ID) String id) {
        user.require(Role.FOUNDER, Role.STAFF);
        return applications.find(user.incubatorId(), new ApplicationId(id))
                .filter(application -> user.has(Role.STAFF) || application.isOwnedBy(user.id()))
                .switchIfEmpty(Mono.error(() -> DecisionProblems.of(DecisionRefusal.APPLICATION_NOT_FOUND, id)))
                .flatMap(application -> decisions.find(user.incubatorId(), id)
                        .map(decided -> ResponseEntity.ok(DecisionView.of(decided)))
                        .defaultIfEmpty(ResponseEntity.noContent().build()));
    }

    @GetMapping("/api/calls/{callId}/decisions")
    Mono<CallDecisionsView> ofCall(CurrentUser user, @PathVariable @Pattern(regexp = DecisionProblems.ID) String callId) {
        user.require(Role.STAFF);
        return calls.find(user.incubatorId(), new CallId(callId))
                .switchIfEmpty(Mono.error(() -> DecisionProblems.of(DecisionRefusal.CALL_NOT_FOUND, callId)))
                .flatMap(call -> Mono.zip(decisions.ofCall(user.incubatorId(), callId, MAX_DECISIONS).map(DecisionView::of).collectList(),
                        decisions.tieBreaks(user.incubatorId(), callId).map(TieBreakView::of).collectList()))
                .map(read -> new CallDecisionsView(callId, read.getT1(), read.getT2().isEmpty() ? null : read.getT2().get(0),
                        read.getT2()));
    }

    @PostMapping("/api/calls/{callId}/waitlist/promote")
    Mono<DecisionView> promote(CurrentUser user, @PathVariable @Pattern(regexp = DecisionProblems.ID) String callId,
            @RequestBody Mono<PromotionRequest> body) {
        user.require(Role.STAFF);
        return body
                .map(request -> new PromoteFromWaitlist(user.incubatorId(), callId, user.id(), request.cohortId(),
                        request.reasonsFr(), request.reasonsEn()))
                .flatMap(promoting::promote)
                .map(DecisionsController::stored);
    }

    @PostMapping("/api/calls/{callId}/tie-break")
    Mono<ResponseEntity<TieBreakView>> drawTieBreak(CurrentUser user,
            @PathVariable @Pattern(regexp = DecisionProblems.ID) String callId, @RequestBody Mono<TieBreakRequest> body) {
        user.require(Role.STAFF);
        return body
                .flatMap(request -> ties.draw(user.incubatorId(), callId, user.id(), request.seats()))
                .map(outcome -> {
                    if (outcome instanceof TieBreakOutcome.Drawn drawn) {
                        return ResponseEntity.created(URI.create("/api/calls/" + callId + "/tie-break"))
                                .body(TieBreakView.of(drawn.tieBreak()));
                    }
                    throw DecisionProblems.of(((TieBreakOutcome.Refused) outcome).refusal());
                });
    }

    @GetMapping("/api/calls/{callId}/tie-break")
    Mono<TieBreakView> lastTieBreak(CurrentUser user, @PathVariable @Pattern(regexp = DecisionProblems.ID) String callId) {
        user.require(Role.STAFF);
        return calls.find(user.incubatorId(), new CallId(callId))
                .switchIfEmpty(Mono.error(() -> DecisionProblems.of(DecisionRefusal.CALL_NOT_FOUND, callId)))
                .flatMap(call -> decisions.lastTieBreak(user.incubatorId(), callId))
                .map(TieBreakView::of)
                .switchIfEmpty(Mono.error(() -> Problems.refused(HttpStatus.NOT_FOUND, "tie-break-not-found",
                        "decisions.tie-break-not-found", callId)));
    }

    private static DecisionView stored(DecisionOutcome outcome) {
        if (outcome instanceof DecisionOutcome.Stored stored) {
            return DecisionView.of(stored.decided());
        }
        throw DecisionProblems.of((DecisionOutcome.Refused) outcome);
    }
}
