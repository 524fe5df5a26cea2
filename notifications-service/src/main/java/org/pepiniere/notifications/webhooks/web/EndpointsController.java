package org.pepiniere.notifications.webhooks.web;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.notifications.webhooks.EndpointOwner;
import org.pepiniere.notifications.webhooks.ReadingDeliveries;
import org.pepiniere.notifications.webhooks.RegisterEndpoint;
import org.pepiniere.notifications.webhooks.RegisteringEndpoints;
import org.pepiniere.notifications.webhooks.Registration;
import org.pepiniere.notifications.webhooks.RemovingEndpoints;
import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
@RequestMapping("/api/webhooks/endpoints")
class EndpointsController {

    private static final int DEFAULT_LIMIT = 50;

    private final RegisteringEndpoints registering;
    private final ReadingDeliveries reading;
    private final RemovingEndpoints removing;

    EndpointsController(RegisteringEndpoints registering, ReadingDeliveries reading, RemovingEndpoints removing) {
        this.registering = registering;
        this.reading = reading;
        this.removing = removing;
    }

    // The body arrives as a Mono so that the role is checked before the body is read and validated.
    @PostMapping
    Mono<ResponseEntity<EndpointCreated>> register(CurrentUser user, @Valid @RequestBody Mono<CreateEndpointRequest> body) {
        var owner = owner(user);
        return body.map(request -> new RegisterEndpoint(owner, request.url(), request.eventTypes(), request.description(), request.secret()))
                .flatMap(registering::register)
                .map(EndpointsController::created);
    }

    @GetMapping
    Flux<EndpointView> mine(CurrentUser user) {
        return reading.endpoints(owner(user)).map(EndpointView::of);
    }

    /** The endpoint receives nothing more and its pending deliveries are cancelled; its delivery log stays readable. */
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> remove(CurrentUser user, @PathVariable String id) {
        return removing.remove(owner(user), id)
                .map(removed -> {
                    if (!removed) {
                        throw endpointNotFound(id);
                    }
                    return ResponseEntity.noContent().<Void>build();
                });
    }

    @GetMapping("/{id}/deliveries")
    Mono<List<DeliveryView>> deliveries(CurrentUser user, @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id,
            @RequestParam(required = false) @Min(1) @Max(ReadingDeliveries.MAX_PAGE) @Nullable Integer limit) {
        return reading.deliveries(owner(user), id, limit == null ? DEFAULT_LIMIT : limit)
                .switchIfEmpty(Mono.error(() -> endpointNotFound(id)))
                .map(deliveries -> deliveries.stream().map(DeliveryView::of).toList());
    }

    private static ResponseEntity<EndpointCreated> created(Registration registration) {
        if (registration instanceof Registration.Refused refused) {
            var refusal = refused.refusal();
            throw Problems.refused(HttpStatus.UNPROCESSABLE_CONTENT, refusal.slug(), refusal.key(), refusal.arguments().toArray());
        }
        var endpoint = ((Registration.Registered) registration).endpoint();
        return ResponseEntity.created(URI.create("/api/webhooks/endpoints/" + endpoint.id())).body(EndpointCreated.of(endpoint));
    }

    private static ErrorResponseException endpointNotFound(String id) {
        return Problems.refused(HttpStatus.NOT_FOUND, "not-found", "notifications.endpoint-not-found", id);
    }

    private static EndpointOwner owner(CurrentUser user) {
        user.require(Role.BANK);
        if (user.organisationId() == null || user.incubatorId() == null) {
            throw Problems.refused(HttpStatus.FORBIDDEN, "forbidden", "notifications.no-organisation");
        }
        return new EndpointOwner(user.incubatorId(), user.organisationId());
    }
}
