package org.pepiniere.mentoring.startups.web;

import org.jspecify.annotations.Nullable;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.mentoring.startups.Startups;
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
@RequestMapping("/api/mentoring/startups")
class StartupsController {

    private static final int DEFAULT_LIMIT = 50;

    private final Startups startups;

    StartupsController(Startups startups) {
        this.startups = startups;
    }

    /** The reader's incubator's start-ups, the most recently submitted first. */
    @GetMapping
    Flux<StartupView> list(CurrentUser reader, @RequestParam(required = false) @Min(1) @Max(Startups.MAX_LISTED) @Nullable Integer limit) {
        if (!reader.has(Role.STAFF) && !reader.has(Role.MENTOR)) {
            throw notStaffNorMentor();
        }
        return startups.newestOf(reader.incubatorId(), limit == null ? DEFAULT_LIMIT : limit).map(StartupView::of);
    }

    private static RuntimeException notStaffNorMentor() {
        return Problems.refused(HttpStatus.FORBIDDEN, "forbidden", "mentoring.startups.forbidden");
    }
}
