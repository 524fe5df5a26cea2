package org.pepiniere.applications.jury.web;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.CallId;
import org.pepiniere.applications.calls.Calls;
import org.pepiniere.applications.jury.DeclaringConflict;
import org.pepiniere.applications.jury.JuryPools;
import org.pepiniere.applications.jury.JuryRefusal;
import org.pepiniere.applications.jury.KeepingPool;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.platform.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Mono;

/**
 * The jury pool of a call. Staff of the call's incubator read and replace it; a juror of the pool declares their own
 * conflicts. Another incubator's call is a 404.
 */
@RestController
@RequestMapping("/api/calls/{callId}/jury")
class JuryPoolController {

    private final KeepingPool keeping;
    private final DeclaringConflict declaring;
    private final JuryPools pools;
    private final Calls calls;

    JuryPoolController(KeepingPool keeping, DeclaringConflict declaring, JuryPools pools, Calls calls) {
        this.keeping = keeping;
        this.declaring = declaring;
        this.pools = pools;
        this.calls = calls;
    }

    @GetMapping
    Mono<ResponseEntity<PoolView>> read(CurrentUser user, @PathVariable @Pattern(regexp = JuryProblems.ID) String callId) {
        user.require(Role.STAFF);
        return calls.find(user.incubatorId(), new CallId(callId))
                .flatMap(call -> pools.find(user.incubatorId(), callId))
                .map(PoolView::of)
                .map(view -> ResponseEntity.ok().eTag(view.etag()).body(view))
                .switchIfEmpty(Mono.error(() -> JuryProblems.of(JuryRefusal.CALL_NOT_FOUND, callId, false)));
    }

    /** Replaces the pool. If-Match is required: "0" before the first pool, then the ETag last read. */
    @PutMapping
    Mono<ResponseEntity<PoolView>> keep(CurrentUser user, @PathVariable @Pattern(regexp = JuryProblems.ID) String callId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody Mono<PoolRequest> body) {
        user.require(Role.STAFF);
        long expected = JuryProblems.requiredVersion(ifMatch);
        return body.flatMap(request -> keeping.keep(user.incubatorId(), callId, expected, request.toDomain()))
                .map(outcome -> PoolView.of(JuryProblems.value(outcome, true)))
                .map(view -> ResponseEntity.ok().eTag(view.etag()).body(view));
    }

    /** A juror of the pool declares a conflict of their own; they read back their entry only. */
    @PostMapping("/conflicts")
    Mono<PoolView.Member> declare(CurrentUser user, @PathVariable @Pattern(regexp = JuryProblems.ID) String callId,
            @Valid @RequestBody Mono<ConflictRequest> body) {
        user.require(Role.JUROR);
        return body.flatMap(request -> declaring.declare(user.incubatorId(), callId, user.id(), request.applicationId(),
                        request.organisation() == null ? null : request.organisation().strip()))
                .map(outcome -> PoolView.of(JuryProblems.value(outcome, false)).members().stream()
                        .filter(member -> member.jurorId().equals(user.id())).findFirst().orElseThrow());
    }
}
