package org.pepiniere.applications.cohorts;

import java.time.LocalDate;
import java.util.ArrayList;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.Bilingual;
import org.pepiniere.applications.calls.Programme;
import org.pepiniere.applications.calls.Violation;

/**
 * What staff say of a cohort: its name in both languages, the programme it follows (incubation, or an acceleration
 * track such as "Village by CA", as calls name it), the days it starts and ends, and how many start-ups it takes at
 * most (none said: no limit). An invalid one never exists: {@link InvalidCohortDetails} names every broken rule.
 */
public record CohortDetails(Bilingual name, Programme programme, LocalDate startsOn, LocalDate endsOn,
        @Nullable Integer capacity) {

    static final int LONGEST_NAME = 120;
    static final int LARGEST = 1_000;

    public CohortDetails {
        var refused = new ArrayList<Violation>();
        if (name.fr().length() > LONGEST_NAME || name.en().length() > LONGEST_NAME) {
            refused.add(new Violation("name", "cohorts.field.too-long", java.util.List.of(LONGEST_NAME)));
        }
        if (!endsOn.isAfter(startsOn)) {
            refused.add(new Violation("endsOn", "cohorts.field.ends-before-start", java.util.List.of()));
        }
        if (capacity != null && (capacity < 1 || capacity > LARGEST)) {
            refused.add(new Violation("capacity", "cohorts.field.capacity", java.util.List.of(1, LARGEST)));
        }
        if (!refused.isEmpty()) {
            throw new InvalidCohortDetails(refused);
        }
    }
}
