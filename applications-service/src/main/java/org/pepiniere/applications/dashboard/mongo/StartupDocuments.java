package org.pepiniere.applications.dashboard.mongo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.bson.Document;
import org.pepiniere.applications.dashboard.KpiReport;
import org.pepiniere.applications.dashboard.MentoringSession;
import org.pepiniere.applications.dashboard.Movement;
import org.pepiniere.applications.dashboard.TrackedStartup;

/** Reads a stored start-up entry back into the domain. */
final class StartupDocuments {

    static TrackedStartup toDomain(Document d) {
        return new TrackedStartup(d.getString("incubatorId"), d.getString("startupReference"), d.getString("applicationId"),
                d.getString("founderId"), d.getString("name"), d.getString("cohortId"),
                entries(d, "sessions", (key, e) -> new MentoringSession(YearMonth.parse(e.getString("month")),
                        e.get("minutes", Number.class).intValue())),
                entries(d, "granted", (key, e) -> movement(e)),
                entries(d, "released", (key, e) -> movement(e)),
                entries(d, "kpis", (period, e) -> new KpiReport(YearMonth.parse(period),
                        e.get("jobsCreated", Number.class).intValue(), e.get("moneyRaisedCents", Number.class).longValue(),
                        e.get("revenueCents", Number.class).longValue(), e.getString("currency"),
                        e.getDate("reportedAt").toInstant())));
    }

    private static Movement movement(Document e) {
        return new Movement(YearMonth.parse(e.getString("month")), e.get("cents", Number.class).longValue(),
                e.getString("currency"));
    }

    private static <T> List<T> entries(Document d, String field, BiFunction<String, Document, T> read) {
        var map = d.get(field, Document.class);
        var list = new ArrayList<T>();
        if (map != null) {
            map.forEach((key, value) -> list.add(read.apply(key, (Document) value)));
        }
        return list;
    }

    private StartupDocuments() {
    }
}
