package org.pepiniere.funding.startups.web;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.funding.startups.Startups;
import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Flux;

@RestController
@RequestMapping("/api/funding/startups")
class StartupsController {

    private static final int DEFAULT_LIMIT = 50;

    private final Startups startups;

    StartupsController(Startups startups) {
        this.startups = startups;
    }

    /**
     * The reader's incubator's applicant start-ups, the most recently submitted first. Partner banks
     * will see the start-ups whose founders consented; until consent exists they see none.
     */
    @GetMapping
    Flux<StartupView> list(CurrentUser reader, @RequestParam(required = false) @Min(1) @Max(Startups.MAX_LISTED) @Nullable Integer limit) {
        if (!reader.has(Role.STAFF)) {
            throw reader.has(Role.BANK) ? withoutConsent() : notStaff();
        }
        return startups.newestOf(reader.incubatorId(), limit == null ? DEFAULT_LIMIT : limit).map(StartupView::of);
    }

    private static RuntimeException notStaff() {
        return Problems.refused(HttpStatus.FORBIDDEN, "forbidden", "funding.startups.forbidden");
    }

    private static RuntimeException withoutConsent() {
        return Problems.refused(HttpStatus.FORBIDDEN, "consent-required", "funding.startups.consent-required");
    }
}
