package org.pepiniere.applications.applying.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.pepiniere.applications.applying.Application;
import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.applying.Applications;
import org.pepiniere.applications.applying.DraftingApplication;
import org.pepiniere.applications.applying.Refusal;
import org.pepiniere.applications.applying.RevisingDraft;
import org.pepiniere.applications.applying.SubmittingApplication;
import org.pepiniere.applications.applying.WithdrawingApplication;
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

@RestController
@RequestMapping("/api/applications")
class ApplicationsController {

    private static final String ID = "[A-Za-z0-9-]{1,64}";
    private static final int DEFAULT_LIMIT = 50;
    private static final String STALE = "applications." + Refusal.CHANGED_MEANWHILE.slug();

    private final DraftingApplication drafting;
    private final RevisingDraft revising;
    private final SubmittingApplication submitting;
    private final WithdrawingApplication withdrawing;
    private final Applications applications;

    ApplicationsController(DraftingApplication drafting, RevisingDraft revising, SubmittingApplication submitting,
            WithdrawingApplication withdrawing, Applications applications) {
        this.drafting = drafting;
        this.revising = revising;
        this.submitting = submitting;
        this.withdrawing = withdrawing;
        this.applications = applications;
    }

    @PostMapping
    Mono<ResponseEntity<ApplicationView>> draft(CurrentUser user, @Valid @RequestBody DraftRequest request) {
        user.require(Role.FOUNDER);
        var content = DraftRequests.content(request);
        return drafting.draft(user.incubatorId(), user.id(), request.callId(), content)
                .map(result -> {
                    if (result instanceof DraftingApplication.Result.Drafted drafted) {
                        var view = ApplicationView.of(drafted.application());
                        return ResponseEntity.created(URI.create("/api/applications/" + view.id())).eTag(view.etag()).body(view);
                    }
                    // a call of another incubator, a draft call or a closed one: the same answer, so nobody learns which
                    throw Problems.invalidField("callId", "applications.draft-call-not-open");
                });
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<ApplicationView>> one(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id) {
        return applications.find(user.incubatorId(), new ApplicationId(id))
                .filter(application -> mayRead(user, application))
                .map(ApplicationView::of)
                .map(view -> ResponseEntity.ok().eTag(view.etag()).body(view))
                .switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    @GetMapping
    Flux<ApplicationView> list(CurrentUser user, @RequestParam(required = false) @Min(1) @Max(200) @Nullable Integer limit) {
        int count = limit == null ? DEFAULT_LIMIT : limit;
        if (user.has(Role.STAFF)) {
            return applications.ofIncubator(user.incubatorId(), count).map(ApplicationView::of);
        }
        user.require(Role.FOUNDER);
        return applications.ofFounder(user.incubatorId(), user.id(), count).map(ApplicationView::of);
    }

    /**
     * Replaces the whole content of a draft. The If-Match version is required: without it a tab left open
     * would overwrite what another tab saved since. The body arrives as a Mono so that the role and the
     * precondition are checked before it is read.
     */
    @PutMapping("/{id}")
    Mono<ResponseEntity<ApplicationView>> revise(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody Mono<DraftRequest> body) {
        user.require(Role.FOUNDER);
        long expectedVersion = IfMatch.required(ifMatch, STALE, "applications.precondition-required");
        return body
                .map(request -> new RevisingDraft.ReviseDraft(user.incubatorId(), user.id(), new ApplicationId(id), expectedVersion,
                        request.callId(), DraftRequests.content(request)))
                .flatMap(revising::revise)
                .map(result -> {
                    if (result instanceof RevisingDraft.Result.Revised revised) {
                        var view = ApplicationView.of(revised.application());
                        return ResponseEntity.ok().eTag(view.etag()).body(view);
                    }
                    throw refusal(((RevisingDraft.Result.Refused) result).refusal(), id, true);
                });
    }

    @PostMapping("/{id}/submit")
    Mono<ResponseEntity<ApplicationView>> submit(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        user.require(Role.FOUNDER);
        Long expectedVersion = IfMatch.version(ifMatch, STALE);
        return submitting.submit(user.incubatorId(), user.id(), new ApplicationId(id), expectedVersion)
                .map(result -> {
                    if (result instanceof SubmittingApplication.Result.Submitted submitted) {
                        var view = ApplicationView.of(submitted.application());
                        return ResponseEntity.ok().eTag(view.etag()).body(view);
                    }
                    if (result instanceof SubmittingApplication.Result.Incomplete incomplete) {
                        throw Problems.fieldsRefused(incomplete.missing().stream()
                                .map(v -> new Problems.RefusedField(v.field(), v.reasonKey(), v.arguments())).toList());
                    }
                    throw refusal(((SubmittingApplication.Result.Refused) result).refusal(), id, expectedVersion != null);
                });
    }

    /**
     * Withdraws a draft or a submitted application, until the decision. If-Match is optional: a founder who
     * names the version they read is told when it changed since; without it, the current one is withdrawn.
     */
    @PostMapping("/{id}/withdraw")
    Mono<ResponseEntity<ApplicationView>> withdraw(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        user.require(Role.FOUNDER);
        Long expectedVersion = IfMatch.version(ifMatch, STALE);
        return withdrawing.withdraw(user.incubatorId(), user.id(), new ApplicationId(id), expectedVersion)
                .map(result -> {
                    if (result instanceof WithdrawingApplication.Result.Withdrawn withdrawn) {
                        var view = ApplicationView.of(withdrawn.application());
                        return ResponseEntity.ok().eTag(view.etag()).body(view);
                    }
                    throw refusal(((WithdrawingApplication.Result.Refused) result).refusal(), id, expectedVersion != null);
                });
    }

    private static boolean mayRead(CurrentUser user, Application application) {
        return user.has(Role.STAFF) || (user.has(Role.FOUNDER) && application.isOwnedBy(user.id()));
    }

    private static ErrorResponseException refusal(Refusal refusal, String id, boolean conditional) {
        return switch (refusal) {
            case NOT_FOUND -> notFound(id);
            case ALREADY_SUBMITTED, ALREADY_WITHDRAWN, CALL_NOT_OPEN -> refused(HttpStatus.CONFLICT, refusal);
            case CHANGED_MEANWHILE -> refused(conditional ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT, refusal);
            case CALL_CHANGED -> Problems.invalidField("callId", "applications." + refusal.slug());
        };
    }

    private static ErrorResponseException refused(HttpStatus status, Refusal refusal) {
        return Problems.refused(status, refusal.slug(), "applications." + refusal.slug());
    }

    private static ErrorResponseException notFound(String id) {
        return Problems.refused(HttpStatus.NOT_FOUND, Refusal.NOT_FOUND.slug(), "applications.not-found", id);
    }
}
