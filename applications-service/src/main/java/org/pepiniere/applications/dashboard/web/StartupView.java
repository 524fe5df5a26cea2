package org.pepiniere.applications.dashboard.web;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.dashboard.Dashboard;
import org.pepiniere.applications.dashboard.TrackedStartup;

/** A founder's admitted start-up, with the KPIs they reported, the latest month first. */
record StartupView(String startupReference, String name, @Nullable String cohortId, @Nullable CohortName cohortName,
        List<Dashboard.KpiFigures> kpis) {

    record CohortName(String fr, String en) {
    }

    static StartupView of(TrackedStartup startup, @Nullable CohortName cohortName) {
        var kpis = startup.kpis().stream()
                .map(k -> new Dashboard.KpiFigures(k.period().toString(), k.jobsCreated(), k.moneyRaisedCents(),
                        k.revenueCents(), k.currency()))
                .sorted(Comparator.comparing(Dashboard.KpiFigures::period).reversed())
                .toList();
        return new StartupView(startup.startupReference(), startup.shownName(), startup.cohortId(), cohortName, kpis);
    }
}
