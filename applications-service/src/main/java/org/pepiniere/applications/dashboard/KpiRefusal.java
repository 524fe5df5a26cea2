package org.pepiniere.applications.dashboard;

/**
 * Why a founder's KPI report was refused. {@code NOT_FOUND} covers a start-up that is not theirs, not admitted or of
 * another incubator alike, so that nobody learns which start-ups exist.
 */
public enum KpiRefusal {
    NOT_FOUND("startup-not-found"),
    FUTURE_MONTH("kpi-future-month");

    private final String slug;

    KpiRefusal(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
