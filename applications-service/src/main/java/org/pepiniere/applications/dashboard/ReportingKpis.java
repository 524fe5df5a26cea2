package org.pepiniere.applications.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

import reactor.core.publisher.Mono;

/** A founder reports the KPIs of their own admitted start-up for a month that has begun; a month again replaces it. */
public class ReportingKpis {

    private final StartupProgress progress;
    private final Clock clock;

    public ReportingKpis(StartupProgress progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    public record Report(String incubatorId, String founderId, String startupReference, YearMonth period, int jobsCreated,
            long moneyRaisedCents, long revenueCents, String currency) {
    }

    /** Empty when stored, else the refusal. */
    public Mono<Optional<KpiRefusal>> report(Report r) {
        var now = clock.instant();
        if (r.period().isAfter(YearMonth.from(now.atZone(ZoneOffset.UTC)))) {
            return Mono.just(Optional.of(KpiRefusal.FUTURE_MONTH));
        }
        var report = new KpiReport(r.period(), r.jobsCreated(), r.moneyRaisedCents(), r.revenueCents(), r.currency(), now);
        return progress.report(r.incubatorId(), r.startupReference(), r.founderId(), report)
                .map(stored -> stored ? Optional.<KpiRefusal>empty() : Optional.of(KpiRefusal.NOT_FOUND));
    }
}
