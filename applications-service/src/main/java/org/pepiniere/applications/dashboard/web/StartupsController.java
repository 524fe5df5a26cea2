package org.pepiniere.applications.dashboard.web;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.cohorts.CohortId;
import org.pepiniere.applications.cohorts.Cohorts;
import org.pepiniere.applications.dashboard.KpiRefusal;
import org.pepiniere.applications.dashboard.ReportingKpis;
import org.pepiniere.applications.dashboard.StartupProgress;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A founder's admitted start-ups and the KPIs they report, month by month. Only the founder of a start-up reports
 * for it: anyone else, staff included, is refused; another's start-up is a 404, so nobody learns it exists.
 */
@RestController
@RequestMapping("/api/startups")
class StartupsController {

    private static final String REFERENCE = "[A-Za-z0-9_-]{1,64}";
    private static final String MONTH = "20[0-9]{2}-(0[1-9]|1[0-2])";

    private final StartupProgress progress;
    private final ReportingKpis reporting;
    private final Cohorts cohorts;

    StartupsController(StartupProgress progress, ReportingKpis reporting, Cohorts cohorts) {
        this.progress = progress;
        this.reporting = reporting;
        this.cohorts = cohorts;
    }

    @GetMapping("/mine")
    Flux<StartupView> mine(CurrentUser user) {
        user.require(Role.FOUNDER);
        return progress.admittedOf(user.incubatorId(), user.id())
                .concatMap(startup -> cohortName(user.incubatorId(), startup.cohortId())
                        .map(name -> StartupView.of(startup, name))
                        .defaultIfEmpty(StartupView.of(startup, null)));
    }

    /** The cohort an event named, when this service knows it; an id it could not hold names none. */
    private Mono<StartupView.CohortName> cohortName(String incubatorId, @Nullable String cohortId) {
        return Mono.justOrEmpty(cohortId)
                .flatMap(id -> Mono.fromCallable(() -> new CohortId(id)).onErrorResume(IllegalArgumentException.class, e -> Mono.empty()))
                .flatMap(id -> cohorts.find(incubatorId, id))
                .map(cohort -> new StartupView.CohortName(cohort.details().name().fr(), cohort.details().name().en()));
    }

    /** Replaces the month's report: sending the same month twice stores one report, the latest. */
    @PutMapping("/{reference}/kpis/{period}")
    Mono<ResponseEntity<Void>> report(CurrentUser user, @PathVariable @Pattern(regexp = REFERENCE) String reference,
            @PathVariable @Pattern(regexp = MONTH, message = "{dashboard.field.month}") String period,
            @Valid @RequestBody KpiRequest request) {
        user.require(Role.FOUNDER);
        var report = new ReportingKpis.Report(user.incubatorId(), user.id(), reference, YearMonth.parse(period),
                request.jobsCreated(), request.moneyRaisedCents(), request.revenueCents(), request.currency());
        return reporting.report(report).map(refusal -> {
            if (refusal.isEmpty()) {
                return ResponseEntity.noContent().build();
            }
            throw switch (refusal.get()) {
                case NOT_FOUND -> Problems.refused(HttpStatus.NOT_FOUND, KpiRefusal.NOT_FOUND.slug(),
                        "dashboard." + KpiRefusal.NOT_FOUND.slug(), reference);
                case FUTURE_MONTH -> Problems.invalidField("period", "dashboard.field.future-month");
            };
        });
    }
}
