package org.pepiniere.gateway.identity.web;

import java.net.URI;

import org.pepiniere.gateway.identity.CreatingUser;
import org.pepiniere.gateway.identity.Refusal;
import org.pepiniere.gateway.identity.RegisteringPartnerBank;
import org.pepiniere.platform.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/partner-banks")
@Tag(name = "Partner banks", description = "The partner banks of an incubator, the organisations its bank users belong to")
@SecurityRequirement(name = "bearer")
class PartnerBanksController {

    private final RegisteringPartnerBank banks;

    PartnerBanksController(RegisteringPartnerBank banks) {
        this.banks = banks;
    }

    @Operation(summary = "Staff register a partner bank of their incubator",
            description = "201 with the bank, announced by PartnerBankRegistered; 400 invalid fields; 403 not staff; "
                    + "409 the incubator already has a bank with this id")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<PartnerBankView>> register(@Parameter(hidden = true) CurrentUser user,
            @RequestBody PartnerBankRequest request) {
        return banks.register(requester(user), request.toForm()).map(PartnerBanksController::created);
    }

    private static ResponseEntity<PartnerBankView> created(RegisteringPartnerBank.Outcome outcome) {
        if (outcome instanceof RegisteringPartnerBank.Outcome.Registered registered) {
            return ResponseEntity.created(URI.create("/api/partner-banks/" + registered.bank().id()))
                    .body(PartnerBankView.of(registered.bank()));
        }
        if (outcome instanceof RegisteringPartnerBank.Outcome.Invalid invalid) {
            throw IdentityProblems.of(invalid.problems());
        }
        throw IdentityProblems.of(((RegisteringPartnerBank.Outcome.Refused) outcome).refusal());
    }

    @Operation(summary = "Staff list the partner banks of their incubator, by name", description = "200; 403 not staff")
    @GetMapping
    Flux<PartnerBankView> list(@Parameter(hidden = true) CurrentUser user) {
        var requester = requester(user);
        if (!banks.mayRead(requester)) {
            return Flux.error(IdentityProblems.of(Refusal.BANKS_STAFF_ONLY));
        }
        return banks.list(requester).map(PartnerBankView::of);
    }

    @Operation(summary = "Staff read one partner bank of their incubator",
            description = "200; 403 not staff; 404 no bank of the incubator has this id")
    @GetMapping("/{id}")
    Mono<PartnerBankView> one(@Parameter(hidden = true) CurrentUser user, @PathVariable String id) {
        var requester = requester(user);
        if (!banks.mayRead(requester)) {
            return Mono.error(IdentityProblems.of(Refusal.BANKS_STAFF_ONLY));
        }
        return banks.find(requester, id).map(PartnerBankView::of)
                .switchIfEmpty(Mono.error(() -> IdentityProblems.of(Refusal.UNKNOWN_PARTNER_BANK)));
    }

    private static CreatingUser.Requester requester(CurrentUser user) {
        return new CreatingUser.Requester(user.id(), user.incubatorId(), user.roles());
    }
}
