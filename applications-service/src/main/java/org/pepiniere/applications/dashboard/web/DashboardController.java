package org.pepiniere.applications.dashboard.web;

import org.pepiniere.applications.cohorts.CohortId;
import org.pepiniere.applications.cohorts.Cohorts;
import org.pepiniere.applications.dashboard.Dashboard;
import org.pepiniere.applications.dashboard.StartupProgress;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Mono;

/**
 * A cohort's dashboard, for the staff of its incubator only: per start-up its mentoring hours, funding granted and
 * released and latest KPIs, the cohort's totals and its months. Zeros until any event arrives.
 */
@RestController
class DashboardController {

    private final Cohorts cohorts;
    private final StartupProgress progress;

    DashboardController(Cohorts cohorts, StartupProgress progress) {
        this.cohorts = cohorts;
        this.progress = progress;
    }

    @GetMapping("/api/cohorts/{id}/dashboard")
    Mono<Dashboard> dashboard(CurrentUser user, @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id) {
        user.require(Role.STAFF);
        return cohorts.find(user.incubatorId(), new CohortId(id))
                .switchIfEmpty(Mono.error(() -> Problems.refused(HttpStatus.NOT_FOUND, "cohort-not-found",
                        "cohorts.cohort-not-found", id)))
                .flatMap(cohort -> progress.ofCohort(user.incubatorId(), id).collectList())
                .map(tracked -> Dashboard.of(id, tracked));
    }
}
