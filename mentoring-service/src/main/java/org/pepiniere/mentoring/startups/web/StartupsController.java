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

import reactor.core.publisher.Flux;

@RestController
@RequestMapping("/api/mentoring/startups")
class StartupsController {

    private final Startups startups;

    StartupsController(Startups startups) {
        this.startups = startups;
    }

    /** The reader's incubator's start-ups, the most recently submitted first. */
    @GetMapping
    Flux<StartupView> list(CurrentUser reader, @RequestParam(required = false) @Nullable String limit) {
        if (!reader.has(Role.STAFF) && !reader.has(Role.MENTOR)) {
            throw notStaffNorMentor(reader);
        }
        return startups.newestOf(reader.incubatorId(), ListingLimit.of(limit, reader)).map(StartupView::of);
    }

    private static RuntimeException notStaffNorMentor(CurrentUser reader) {
        boolean english = "en".equals(reader.language());
        return Problems.exception(Problems.problem(HttpStatus.FORBIDDEN, "forbidden",
                english ? "Forbidden" : "Accès refusé",
                english ? "Only the incubator's staff and mentors see the start-ups followed in mentoring."
                        : "Seuls l'équipe de l'incubateur et les mentors voient les start-ups suivies en mentorat."));
    }
}
