package org.pepiniere.gateway.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.pepiniere.gateway.identity.CreatingUser;
import org.pepiniere.gateway.identity.EnrolmentOutcome;
import org.pepiniere.gateway.identity.FieldRule;
import org.pepiniere.gateway.identity.InvalidField;
import org.pepiniere.gateway.identity.LoggingIn;
import org.pepiniere.gateway.identity.RegisteringFounder;
import org.pepiniere.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Authentication", description = "Accounts of the embedded identity provider, and login")
class AuthController {

    private final RegisteringFounder registering;
    private final CreatingUser creating;
    private final LoggingIn loggingIn;
    private final AttemptGate attempts;

    AuthController(RegisteringFounder registering, CreatingUser creating, LoggingIn loggingIn, AttemptGate attempts) {
        this.registering = registering;
        this.creating = creating;
        this.loggingIn = loggingIn;
        this.attempts = attempts;
    }

    @Operation(summary = "A founder creates their own account",
            description = "202 alike whether the address was free (the account now exists) or already had an account (left "
                    + "untouched), so that nobody learns who has one; 400 invalid fields; 422 unknown incubator; "
                    + "429 too many attempts from this address or for this email; 503 busy, retry")
    @PostMapping(path = "/register", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<RegistrationView>> register(@RequestBody RegisterRequest request, ServerWebExchange exchange) {
        return attempts.registration(exchange, request.email())
                .then(Mono.defer(() -> registering.register(request.toCommand())))
                .map(AuthController::accepted);
    }

    @Operation(summary = "Staff create a user of any role in their incubator",
            description = "201 with the new user; 400 invalid fields (a BANK user needs an organisationId); 403 not staff; 409 email taken")
    @SecurityRequirement(name = "bearer")
    @PostMapping(path = "/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<UserView>> createUser(@Parameter(hidden = true) CurrentUser user, @RequestBody CreateUserRequest request) {
        var requester = new CreatingUser.Requester(user.id(), user.incubatorId(), user.roles());
        return creating.create(requester, request.toCommand()).map(AuthController::created);
    }

    @Operation(summary = "Log in with email and password",
            description = "200 with a bearer token valid one hour; 401 for a wrong email or password, alike; "
                    + "429 too many attempts from this address or for this account; 503 busy, retry")
    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<TokenView> login(@RequestBody LoginRequest request, ServerWebExchange exchange) {
        List<InvalidField> missing = new ArrayList<>();
        if (request.email() == null || request.email().isBlank()) {
            missing.add(new InvalidField("email", FieldRule.REQUIRED));
        }
        if (request.password() == null || request.password().isEmpty()) {
            missing.add(new InvalidField("password", FieldRule.REQUIRED));
        }
        if (!missing.isEmpty()) {
            return Mono.error(IdentityProblems.of(missing));
        }
        return attempts.login(exchange, request.email())
                .then(Mono.defer(() -> loggingIn.logIn(request.email(), request.password())))
                .flatMap(outcome -> {
                    if (outcome instanceof LoggingIn.Outcome.LoggedIn loggedIn) {
                        return Mono.just(TokenView.of(loggedIn.token()));
                    }
                    return Mono.error(IdentityProblems.of(((LoggingIn.Outcome.Refused) outcome).refusal()));
                });
    }

    private static ResponseEntity<RegistrationView> accepted(RegisteringFounder.Outcome outcome) {
        if (outcome instanceof RegisteringFounder.Outcome.Accepted accepted) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(RegistrationView.of(accepted.enrolment()));
        }
        if (outcome instanceof RegisteringFounder.Outcome.Invalid invalid) {
            throw IdentityProblems.of(invalid.problems());
        }
        throw IdentityProblems.of(((RegisteringFounder.Outcome.Refused) outcome).refusal());
    }

    private static ResponseEntity<UserView> created(EnrolmentOutcome outcome) {
        if (outcome instanceof EnrolmentOutcome.Created created) {
            return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(created.user()));
        }
        if (outcome instanceof EnrolmentOutcome.Invalid invalid) {
            throw IdentityProblems.of(invalid.problems());
        }
        throw IdentityProblems.of(((EnrolmentOutcome.Refused) outcome).refusal());
    }
}
