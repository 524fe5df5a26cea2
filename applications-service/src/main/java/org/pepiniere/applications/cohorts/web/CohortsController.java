package org.pepiniere.applications.cohorts.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.cohorts.Cohort;
import org.pepiniere.applications.cohorts.CohortId;
import org.pepiniere.applications.cohorts.CohortOutcome;
import org.pepiniere.applications.cohorts.CohortSeats;
import org.pepiniere.applications.cohorts.CohortRefusal;
import org.pepiniere.applications.cohorts.CohortStartups;
import org.pepiniere.applications.cohorts.Cohorts;
import org.pepiniere.applications.cohorts.EditingCohort;
import org.pepiniere.applications.cohorts.PlanningCohort;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.IfMatch;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Cohorts, for the staff of their incubator only: plan, list, read one with its start-ups, edit before it starts.
 * Another incubator's cohort is a 404: nobody learns that it exists.
 */
@RestController
@RequestMapping("/api/cohorts")
class CohortsController {

    static final String ID = "[A-Za-z0-9-]{1,64}";
    private static final int DEFAULT_LIMIT = 50;
    private static final String STALE = "cohorts." + CohortRefusal.CHANGED_MEANWHILE.slug();

    private final PlanningCohort planning;
    private final EditingCohort editing;
    private final Cohorts cohorts;
    private final CohortStartups startups;
    private final CohortSeats seats;
    private final Clock clock;

    CohortsController(PlanningCohort planning, EditingCohort editing, Cohorts cohorts, CohortStartups startups,
            CohortSeats seats, Clock clock) {
        this.planning = planning;
        this.editing = editing;
        this.cohorts = cohorts;
        this.startups = startups;
        this.seats = seats;
        this.clock = clock;
    }

    @PostMapping
    Mono<ResponseEntity<CohortView>> plan(CurrentUser user, @Valid @RequestBody CohortRequest request) {
        user.require(Role.STAFF);
        return planning.plan(user.incubatorId(), user.id(), CohortRequests.details(request))
                .map(cohort -> view(cohort, 0, List.of()))
                .map(view -> ResponseEntity.created(URI.create("/api/cohorts/" + view.id())).eTag(view.etag()).body(view));
    }

    @Operation(summary = "The incubator's cohorts, latest start first, each with its seats taken and free")
    @GetMapping
    Flux<CohortView> list(CurrentUser user, @RequestParam(required = false) @Min(1) @Max(200) @Nullable Integer limit) {
        user.require(Role.STAFF);
        return cohorts.ofIncubator(user.incubatorId(), limit == null ? DEFAULT_LIMIT : limit)
                .flatMapSequential(cohort -> seats.taken(user.incubatorId(), cohort.id())
                        .map(taken -> view(cohort, taken, List.of())), 8);
    }

    @Operation(summary = "One cohort with its start-ups and its seats taken and free")
    @GetMapping("/{id}")
    Mono<ResponseEntity<CohortView>> one(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id) {
        user.require(Role.STAFF);
        return cohorts.find(user.incubatorId(), new CohortId(id))
                .flatMap(cohort -> Mono.zip(startups.of(user.incubatorId(), cohort.id()).collectList(),
                                seats.taken(user.incubatorId(), cohort.id()))
                        .map(found -> view(cohort, found.getT2(), found.getT1())))
                .map(view -> ResponseEntity.ok().eTag(view.etag()).body(view))
                .switchIfEmpty(Mono.error(() -> refusal(CohortRefusal.NOT_FOUND, id, false)));
    }

    /** Replaces all the details of a cohort not started yet; If-Match is required, and read before the body. */
    @PutMapping("/{id}")
    Mono<ResponseEntity<CohortView>> edit(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody Mono<CohortRequest> body) {
        user.require(Role.STAFF);
        long expectedVersion = IfMatch.required(ifMatch, STALE, "cohorts.precondition-required");
        return body
                .map(request -> new EditingCohort.EditCohort(user.incubatorId(), new CohortId(id), expectedVersion,
                        CohortRequests.details(request)))
                .flatMap(editing::edit)
                .flatMap(outcome -> {
                    if (outcome instanceof CohortOutcome.Changed changed) {
                        return seats.taken(user.incubatorId(), changed.cohort().id())
                                .map(taken -> view(changed.cohort(), taken, List.of()))
                                .map(view -> ResponseEntity.ok().eTag(view.etag()).body(view));
                    }
                    return Mono.error(refusal(((CohortOutcome.Refused) outcome).refusal(), id, true));
                });
    }

    private CohortView view(Cohort cohort, int seatsTaken, List<CohortStartups.Member> members) {
        return CohortView.of(cohort, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), seatsTaken, members);
    }

    static ErrorResponseException refusal(CohortRefusal refusal, String id, boolean conditional) {
        var status = switch (refusal) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case STARTED -> HttpStatus.CONFLICT;
            case CHANGED_MEANWHILE -> conditional ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        };
        return Problems.refused(status, refusal.slug(), "cohorts." + refusal.slug(), id);
    }
}
