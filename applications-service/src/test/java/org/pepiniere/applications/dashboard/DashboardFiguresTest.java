package org.pepiniere.applications.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DashboardFiguresTest {

    static TrackedStartup admitted(String reference, String name, List<MentoringSession> sessions, List<Movement> granted,
            List<KpiReport> kpis) {
        return new TrackedStartup("inc", reference, "app-" + reference, "founder", name, "cohort", sessions, granted, List.of(), kpis);
    }

    static KpiReport kpis(String month, int jobs, long revenue, String currency) {
        return new KpiReport(YearMonth.parse(month), jobs, 0, revenue, currency, Instant.EPOCH);
    }

    @Test
    void showsZerosForACohortWithoutStartups() {
        var dashboard = Dashboard.of("cohort", List.of());

        assertThat(dashboard.totals()).isEqualTo(Dashboard.Figures.ZERO);
        assertThat(dashboard.series()).isEmpty();
    }

    @Test
    void addsUpTheCohortPerCurrencyNeverAcrossCurrencies() {
        var chlorofil = admitted("su-1", "Chlorofil", List.of(), List.of(new Movement(YearMonth.parse("2027-01"), 100, "EUR")),
                List.of(kpis("2027-01", 1, 500, "EUR")));
        var lumen = admitted("su-2", "Lumen", List.of(), List.of(new Movement(YearMonth.parse("2027-01"), 40, "CHF")),
                List.of(kpis("2027-01", 2, 700, "CHF")));

        var totals = Dashboard.of("cohort", List.of(chlorofil, lumen)).totals();

        assertThat(totals.granted()).isEqualTo(Map.of("CHF", 40L, "EUR", 100L));
        assertThat(totals.revenue()).isEqualTo(Map.of("CHF", 700L, "EUR", 500L));
        assertThat(totals.jobsCreated()).isEqualTo(3);
    }

    @Test
    void fillsTheMonthsBetweenFiguresWithZerosSoChartsKeepTheirTimeAxis() {
        var chlorofil = admitted("su-1", "Chlorofil", List.of(new MentoringSession(YearMonth.parse("2027-01"), 45),
                new MentoringSession(YearMonth.parse("2027-04"), 75)), List.of(), List.of());

        var series = Dashboard.of("cohort", List.of(chlorofil)).series();

        assertThat(series).extracting(Dashboard.MonthPoint::month).containsExactly("2027-01", "2027-02", "2027-03", "2027-04");
        assertThat(series).extracting(point -> point.figures().mentoringMinutes()).containsExactly(45L, 0L, 0L, 75L);
    }

    @Test
    void showsTheLatestMonthReportedWhateverTheOrderOfReports() {
        var chlorofil = admitted("su-1", "Chlorofil", List.of(), List.of(),
                List.of(kpis("2027-03", 1, 0, "EUR"), kpis("2027-01", 4, 0, "EUR")));

        var line = Dashboard.of("cohort", List.of(chlorofil)).startups().get(0);

        assertThat(line.latestKpis().period()).isEqualTo("2027-03");
    }

    @Test
    void roundsMentoringHoursToATenth() {
        assertThat(Dashboard.hours(100)).isEqualTo(1.7);
        assertThat(Dashboard.hours(0)).isEqualTo(0.0);
    }
}
