package org.pepiniere.applications.jury.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.jury.Obstacle;
import org.pepiniere.platform.web.ProblemTexts;

/**
 * Words each obstacle of an infeasible run in the caller's language, from its code and numbers, naming applications by
 * their start-up and jurors by their name; the code, the ids and the numbers stay beside the text for pages and tools.
 */
final class ObstacleReport {

    static List<Map<String, Object>> of(List<Obstacle> obstacles, Map<String, String> names, Locale locale) {
        var report = new ArrayList<Map<String, Object>>();
        for (var obstacle : obstacles) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("code", obstacle.code());
            var applicationId = applicationId(obstacle);
            var jurorId = jurorId(obstacle);
            if (applicationId != null) {
                entry.put("applicationId", applicationId);
                entry.put("startupName", names.getOrDefault(applicationId, applicationId));
            }
            if (jurorId != null) {
                entry.put("jurorId", jurorId);
                entry.put("displayName", names.getOrDefault(jurorId, jurorId));
            }
            entry.put("text", ProblemTexts.text(locale, "jury.obstacle." + obstacle.code(), arguments(obstacle, names, locale)));
            report.add(entry);
        }
        return report;
    }

    private static Object[] arguments(Obstacle obstacle, Map<String, String> names, Locale locale) {
        if (obstacle instanceof Obstacle.NotEnoughAllowedJurors o) {
            return new Object[] {name(names, o.applicationId()), o.needed(), o.allowed(), o.conflicted(), o.forbidden()};
        }
        if (obstacle instanceof Obstacle.ApplicationUnderfilled o) {
            return new Object[] {name(names, o.applicationId()), o.needed(), o.reached()};
        }
        if (obstacle instanceof Obstacle.CapacityTooSmall o) {
            return new Object[] {o.reviews(), o.capacity(), o.jurors(), o.maxLoad()};
        }
        if (obstacle instanceof Obstacle.MinimumLoadsTooLarge o) {
            return new Object[] {o.reviews(), o.minimumTotal(), o.jurors(), o.minLoad()};
        }
        if (obstacle instanceof Obstacle.JurorCannotReachMinimum o) {
            return new Object[] {name(names, o.jurorId()), o.allowedApplications(), o.minLoad()};
        }
        if (obstacle instanceof Obstacle.MinimumLoadsUnreachable o) {
            return new Object[] {o.reviews(), o.loads().min(), o.loads().max()};
        }
        if (obstacle instanceof Obstacle.TooManyForcedJurors o) {
            return new Object[] {name(names, o.applicationId()), o.forced(), o.needed()};
        }
        if (obstacle instanceof Obstacle.TooManyForcedApplications o) {
            return new Object[] {name(names, o.jurorId()), o.forced(), o.maxLoad()};
        }
        var o = (Obstacle.ForcedPairExcluded) obstacle;
        return new Object[] {name(names, o.pair().applicationId()), name(names, o.pair().jurorId()),
                ProblemTexts.text(locale, "jury.exclusion." + o.exclusion().name())};
    }

    private static @Nullable String applicationId(Obstacle obstacle) {
        if (obstacle instanceof Obstacle.NotEnoughAllowedJurors o) {
            return o.applicationId();
        }
        if (obstacle instanceof Obstacle.ApplicationUnderfilled o) {
            return o.applicationId();
        }
        if (obstacle instanceof Obstacle.TooManyForcedJurors o) {
            return o.applicationId();
        }
        return obstacle instanceof Obstacle.ForcedPairExcluded o ? o.pair().applicationId() : null;
    }

    private static @Nullable String jurorId(Obstacle obstacle) {
        if (obstacle instanceof Obstacle.JurorCannotReachMinimum o) {
            return o.jurorId();
        }
        if (obstacle instanceof Obstacle.TooManyForcedApplications o) {
            return o.jurorId();
        }
        return obstacle instanceof Obstacle.ForcedPairExcluded o ? o.pair().jurorId() : null;
    }

    private static String name(Map<String, String> names, String id) {
        return names.getOrDefault(id, id);
    }

    private ObstacleReport() {
    }
}
