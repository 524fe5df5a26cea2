package org.pepiniere.applications.cohorts;

import java.util.UUID;

public record CohortId(String value) {

    public CohortId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("A cohort id is 1 to 64 characters");
        }
    }

    public static CohortId random() {
        return new CohortId(UUID.randomUUID().toString());
    }
}
