package org.pepiniere.applications.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What the projection knows of one start-up, keyed by its opaque reference. Mentoring and funding may be known before
 * its decision is ({@code cohortId} and {@code name} still null): they are kept and count once it is admitted.
 */
public record TrackedStartup(
        String incubatorId,
        String startupReference,
        @Nullable String applicationId,
        @Nullable String founderId,
        @Nullable String name,
        @Nullable String cohortId,
        List<MentoringSession> sessions,
        List<Movement> granted,
        List<Movement> released,
        List<KpiReport> kpis) {

    public TrackedStartup {
        sessions = List.copyOf(sessions);
        granted = List.copyOf(granted);
        released = List.copyOf(released);
        kpis = kpis.stream().sorted(Comparator.comparing(KpiReport::period)).toList();
    }

    public Optional<KpiReport> latestKpis() {
        return kpis.isEmpty() ? Optional.empty() : Optional.of(kpis.get(kpis.size() - 1));
    }

    public String shownName() {
        return name != null ? name : startupReference;
    }
}
