package org.pepiniere.applications.consent.web;

import java.util.List;

import org.pepiniere.applications.applying.ApplicationId;
import org.pepiniere.applications.consent.ConsentOutcome;
import org.pepiniere.applications.consent.ConsentRefusal;
import org.pepiniere.applications.consent.KeepingConsents;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/applications/{id}/consents")
class ConsentsController {

    private static final String ID = "[A-Za-z0-9-]{1,64}";

    private final KeepingConsents consents;

    ConsentsController(KeepingConsents consents) {
        this.consents = consents;
    }

    @Operation(summary = "Each partner bank of the incubator, and whether the founder lets it receive the start-up's name "
            + "and amount sought", description = "The founder of the application and staff of its incubator; 403 other roles; "
                    + "404 no such application of yours")
    @GetMapping
    Mono<List<ConsentView>> read(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id) {
        user.require(Role.FOUNDER, Role.STAFF);
        var reader = new KeepingConsents.Reader(user.id(), user.incubatorId(), user.has(Role.STAFF));
        return consents.read(reader, new ApplicationId(id)).map(outcome -> answer(outcome, id));
    }

    @Operation(summary = "The founder gives or withdraws consent for one partner bank",
            description = "Only the founder of the application, never staff; repeating it changes nothing. 200 with every bank; "
                    + "400 granted missing, or bankId not a partner bank of the incubator; 403 not a founder; 404 no such "
                    + "application of yours")
    @PutMapping("/{bankId}")
    Mono<List<ConsentView>> set(CurrentUser user, @PathVariable @Pattern(regexp = ID) String id,
            @PathVariable @Pattern(regexp = ID) String bankId, @RequestBody ConsentRequest request) {
        user.require(Role.FOUNDER);
        if (request.granted() == null) {
            return Mono.error(Problems.invalidField("granted", "consents.granted-required"));
        }
        return consents.set(user.id(), user.incubatorId(), new ApplicationId(id), bankId, request.granted())
                .map(outcome -> answer(outcome, id));
    }

    private static List<ConsentView> answer(ConsentOutcome outcome, String applicationId) {
        if (outcome instanceof ConsentOutcome.Consents all) {
            return all.banks().stream().map(ConsentView::of).toList();
        }
        throw refusal(((ConsentOutcome.Refused) outcome).refusal(), applicationId);
    }

    private static ErrorResponseException refusal(ConsentRefusal refusal, String applicationId) {
        return switch (refusal) {
            case APPLICATION_NOT_FOUND -> Problems.refused(HttpStatus.NOT_FOUND, "not-found", "applications.not-found", applicationId);
            case UNKNOWN_BANK -> Problems.invalidField("bankId", "consents.unknown-bank");
        };
    }
}
