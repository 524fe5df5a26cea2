package org.pepiniere.applications.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A cohort's dashboard: one line per start-up, the cohort's totals, and a point per month from the first month with
 * any figure to the last (months without one show zeros, so that charts keep their time axis). Money is per currency.
 */
public record Dashboard(String cohortId, List<Line> startups, Figures totals, List<MonthPoint> series) {

    /** More months than this are cut to the latest ones: ten years of a cohort is already a long chart. */
    static final int MOST_MONTHS = 120;

    public record Line(String startupReference, String name, Figures figures, @Nullable KpiFigures latestKpis) {
    }

    public record KpiFigures(String period, int jobsCreated, long moneyRaisedCents, long revenueCents, String currency) {

        static KpiFigures of(KpiReport report) {
            return new KpiFigures(report.period().toString(), report.jobsCreated(), report.moneyRaisedCents(),
                    report.revenueCents(), report.currency());
        }
    }

    /** Mentoring, funding and reported KPIs added up; hours are the minutes rounded to a tenth. */
    public record Figures(long mentoringMinutes, double mentoringHours, Map<String, Long> granted,
            Map<String, Long> released, long jobsCreated, Map<String, Long> moneyRaised, Map<String, Long> revenue) {

        static final Figures ZERO = new Figures(0, 0, Map.of(), Map.of(), 0, Map.of(), Map.of());

        Figures plus(Figures other) {
            long minutes = mentoringMinutes + other.mentoringMinutes;
            return new Figures(minutes, hours(minutes), sum(granted, other.granted), sum(released, other.released),
                    jobsCreated + other.jobsCreated, sum(moneyRaised, other.moneyRaised), sum(revenue, other.revenue));
        }
    }

    public record MonthPoint(String month, Figures figures) {
    }

    public static Dashboard of(String cohortId, List<TrackedStartup> tracked) {
        var lines = tracked.stream().sorted(Comparator.comparing(TrackedStartup::shownName))
                .map(startup -> new Line(startup.startupReference(), startup.shownName(), figures(startup, null),
                        startup.latestKpis().map(KpiFigures::of).orElse(null)))
                .toList();
        var totals = lines.stream().map(Line::figures).reduce(Figures.ZERO, Figures::plus);
        return new Dashboard(cohortId, lines, totals, series(tracked));
    }

    private static List<MonthPoint> series(List<TrackedStartup> tracked) {
        var months = new TreeMap<YearMonth, Figures>();
        for (var startup : tracked) {
            startup.sessions().forEach(s -> months.put(s.month(), Figures.ZERO));
            startup.granted().forEach(g -> months.put(g.month(), Figures.ZERO));
            startup.released().forEach(r -> months.put(r.month(), Figures.ZERO));
            startup.kpis().forEach(k -> months.put(k.period(), Figures.ZERO));
        }
        if (months.isEmpty()) {
            return List.of();
        }
        var first = months.firstKey().isBefore(months.lastKey().minusMonths(MOST_MONTHS - 1))
                ? months.lastKey().minusMonths(MOST_MONTHS - 1) : months.firstKey();
        var points = new ArrayList<MonthPoint>();
        for (var month = first; !month.isAfter(months.lastKey()); month = month.plusMonths(1)) {
            var current = month;
            var sum = tracked.stream().map(startup -> figures(startup, current)).reduce(Figures.ZERO, Figures::plus);
            points.add(new MonthPoint(month.toString(), sum));
        }
        return points;
    }

    /** The start-up's figures, over all months or over one. */
    private static Figures figures(TrackedStartup startup, @Nullable YearMonth only) {
        long minutes = startup.sessions().stream().filter(s -> only == null || s.month().equals(only))
                .mapToLong(MentoringSession::minutes).sum();
        var granted = Amounts.NONE;
        for (var g : startup.granted()) {
            granted = only == null || g.month().equals(only) ? granted.plus(g.currency(), g.cents()) : granted;
        }
        var released = Amounts.NONE;
        for (var r : startup.released()) {
            released = only == null || r.month().equals(only) ? released.plus(r.currency(), r.cents()) : released;
        }
        long jobs = 0;
        var raised = Amounts.NONE;
        var revenue = Amounts.NONE;
        for (var k : startup.kpis()) {
            if (only == null || k.period().equals(only)) {
                jobs += k.jobsCreated();
                raised = raised.plus(k.currency(), k.moneyRaisedCents());
                revenue = revenue.plus(k.currency(), k.revenueCents());
            }
        }
        return new Figures(minutes, hours(minutes), granted.byCurrency(), released.byCurrency(), jobs,
                raised.byCurrency(), revenue.byCurrency());
    }

    static double hours(long minutes) {
        return Math.round(minutes / 6.0) / 10.0;
    }

    private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
        return new Amounts(a).plus(new Amounts(b)).byCurrency();
    }
}
