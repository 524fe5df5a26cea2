package org.pepiniere.applications.calls.web;

import java.net.URI;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.Call;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.CallOutcome;
import org.pepiniere.applications.calls.CallRefusal;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.calls.ClosingCall;
import org.pepiniere.applications.calls.EditingCall;
import org.pepiniere.applications.calls.OpeningCall;
import org.pepiniere.applications.calls.PreparingCall;
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

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Calls for applications. Staff prepare, edit, open and close the calls of their incubator and read all of
 * them; everyone else logged in reads the calls once opened, and lists those open. Another incubator's
 * call, and a draft for anyone but staff, is a 404: nobody learns that it exists.
 */
@RestController
@RequestMapping("/api/calls")
class CallsController {

    private static final String ID = "[A-Za-z0-9-]{1,64}";
    private static final int DEFAULT_LIMIT = 50;
    private static final String STALE = "calls." + CallRefusal.CHANGED_MEANWHILE.slug();

    private final PreparingCall preparing;
    private final EditingCall editing;
    private final OpeningCall opening;
    private final ClosingCall closing;
    private final Calls calls;
    private final Clock clock;

    CallsController(PreparingCall preparing, EditingCall editing, OpeningCall opening, ClosingCall closing, Calls calls,
            Clock clock) {
        this.preparing = preparing;
        this.editing = editing;
        this.opening = opening;
        this.closing = closing;
        this.calls = calls;
        this.clock = clock;
    }

    @PostMapping
    Mono<ResponseEntity<CallView>> prepare(CurrentUser user, @Valid @RequestBody CallRequest request) {
        user.require(Role.STAFF);
        return preparing.prepare(user.incubatorId(), user.id(), CallRequests.details(request))
                .map(this::view)
                .map(view -> ResponseEntity.created(URI.create("/api/calls/" + view.id())).eTag(view.etag()).body(view));
    }

    @GetMapping
    Flux<CallView> list(CurrentUser user, @RequestParam(required = false) @Min(1) @Max(200) @Nullable Integer limit) {
        int count = limit == null ? DEFAULT_LIMIT : limit;
        var found = user.has(Role.STAFF) ? calls.ofIncubator(user.incubatorId(), count) : calls.openOf(user.incubatorId(), count);
        return found.map(this::view);
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<CallView>> one(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id) {
        return calls.find(user.incubatorId(), new CallId(id))
                .filter(call -> user.has(Role.STAFF) || call.isPublished())
                .map(this::view)
                .map(view -> ResponseEntity.ok().eTag(view.etag()).body(view))
                .switchIfEmpty(Mono.error(() -> refusal(CallRefusal.NOT_FOUND, id, false)));
    }

    /**
     * Replaces all the details of a draft call. The If-Match version is required, so that two staff editing
     * the same call never overwrite each other unseen; the body is read after the role and the precondition.
     */
    @PutMapping("/{id}")
    Mono<ResponseEntity<CallView>> edit(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody Mono<CallRequest> body) {
        user.require(Role.STAFF);
        long expectedVersion = IfMatch.required(ifMatch, STALE, "calls.precondition-required");
        return body
                .map(request -> new EditingCall.EditCall(user.incubatorId(), new CallId(id), expectedVersion,
                        CallRequests.details(request)))
                .flatMap(editing::edit)
                .map(outcome -> answer(outcome, id, true));
    }

    @PostMapping("/{id}/open")
    Mono<ResponseEntity<CallView>> open(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        user.require(Role.STAFF);
        Long expectedVersion = IfMatch.version(ifMatch, STALE);
        return opening.open(user.incubatorId(), new CallId(id), expectedVersion)
                .map(outcome -> answer(outcome, id, expectedVersion != null));
    }

    @PostMapping("/{id}/close")
    Mono<ResponseEntity<CallView>> close(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        user.require(Role.STAFF);
        Long expectedVersion = IfMatch.version(ifMatch, STALE);
        return closing.close(user.incubatorId(), new CallId(id), expectedVersion)
                .map(outcome -> answer(outcome, id, expectedVersion != null));
    }

    private CallView view(Call call) {
        return CallView.of(call, clock.instant());
    }

    private ResponseEntity<CallView> answer(CallOutcome outcome, String id, boolean conditional) {
        if (outcome instanceof CallOutcome.Changed changed) {
            var view = view(changed.call());
            return ResponseEntity.ok().eTag(view.etag()).body(view);
        }
        throw refusal(((CallOutcome.Refused) outcome).refusal(), id, conditional);
    }

    private static ErrorResponseException refusal(CallRefusal refusal, String id, boolean conditional) {
        var status = switch (refusal) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_A_DRAFT, NOT_OPEN -> HttpStatus.CONFLICT;
            case CHANGED_MEANWHILE -> conditional ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
            case WITHOUT_GRID, CLOSING_PASSED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return Problems.refused(status, refusal.slug(), "calls." + refusal.slug(), id);
    }
}
