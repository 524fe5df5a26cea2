package org.pepiniere.applications.cohorts.mongo;

import java.time.Instant;
import java.time.LocalDate;

import org.pepiniere.applications.calls.Bilingual;
import org.pepiniere.applications.calls.Programme;
import org.pepiniere.applications.cohorts.Cohort;
import org.pepiniere.applications.cohorts.CohortDetails;
import org.pepiniere.applications.cohorts.CohortId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored shape of a cohort. Days are kept as ISO text ({@code 2027-01-15}): a day has no time zone, and a date
 * converted through the JVM's zone could move by one.
 */
@Document(MongoCohorts.COLLECTION)
record CohortDocument(
        @Id String id,
        String incubatorId,
        String nameFr,
        String nameEn,
        Programme.Kind programme,
        String track,
        String startsOn,
        String endsOn,
        Integer capacity,
        String createdBy,
        Instant createdAt,
        long version) {

    static CohortDocument from(Cohort cohort) {
        var d = cohort.details();
        return new CohortDocument(cohort.id().value(), cohort.incubatorId(), d.name().fr(), d.name().en(),
                d.programme().kind(), d.programme().track(), d.startsOn().toString(), d.endsOn().toString(), d.capacity(),
                cohort.createdBy(), cohort.createdAt(), cohort.version());
    }

    Cohort toDomain() {
        var details = new CohortDetails(new Bilingual(nameFr, nameEn), new Programme(programme, track),
                LocalDate.parse(startsOn), LocalDate.parse(endsOn), capacity);
        return new Cohort(new CohortId(id), incubatorId, details, createdBy, createdAt, version);
    }
}
