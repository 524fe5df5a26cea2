package org.pepiniere.platform;

import java.util.List;
import java.util.Map;

import org.pepiniere.platform.security.CurrentUser;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pepiniere.platform.web.NoOperatorKeys;
import org.pepiniere.platform.web.Problems;
import org.pepiniere.platform.web.RequestContext;
import reactor.core.publisher.Mono;

/** A minimal service built on the platform, as every Pépinière service is. */
@SpringBootApplication
public class PlatformTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlatformTestApplication.class, args);
    }

    enum Colour { RED, GREEN }

    record Echo(@NotBlank @Size(max = 20) String name, @NotNull Colour colour, Integer count,
            @NoOperatorKeys Map<String, Object> tags, List<String> notes) {
    }

    record Who(String id, String incubatorId, String correlationId) {
    }

    @RestController
    static class EchoController {

        @PostMapping("/api/echo")
        Echo echo(CurrentUser user, @Valid @RequestBody Echo echo) {
            return echo;
        }

        @GetMapping("/api/things/{id}")
        Map<String, Object> thing(CurrentUser user, @PathVariable @Pattern(regexp = "[a-z0-9-]{1,36}") String id,
                @RequestParam(required = false) @Min(1) @Max(100) Integer limit) {
            return Map.of("id", id, "limit", limit == null ? 10 : limit);
        }

        @GetMapping("/api/refusal")
        Mono<Void> refusal(CurrentUser user) {
            return Mono.error(Problems.refused(HttpStatus.CONFLICT, "test-conflict", "forbidden.roles", "[STAFF]"));
        }

        @GetMapping("/api/fields-refused")
        Mono<Void> fieldsRefused(CurrentUser user) {
            return Mono.error(Problems.fieldsRefused(List.of(new Problems.RefusedField("name", "constraint.NotBlank"),
                    new Problems.RefusedField("count", "constraint.Max", "count", 100))));
        }

        /** Fails on another thread than the request's, as a store's or a client's answer would. */
        @GetMapping("/api/failure")
        Mono<Void> failure(CurrentUser user) {
            return Mono.delay(java.time.Duration.ofMillis(5)).then(Mono.error(new IllegalStateException("the store is gone")));
        }

        @GetMapping("/api/me")
        Mono<Who> me(CurrentUser user) {
            return RequestContext.current().map(context -> new Who(user.id(), user.incubatorId(), context.correlationId()));
        }
    }
}
