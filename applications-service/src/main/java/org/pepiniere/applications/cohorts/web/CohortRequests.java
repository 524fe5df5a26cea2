package org.pepiniere.applications.cohorts.web;

import java.util.ArrayList;
import java.util.List;

import org.pepiniere.applications.calls.Bilingual;
import org.pepiniere.applications.calls.Programme;
import org.pepiniere.applications.calls.Violation;
import org.pepiniere.applications.cohorts.CohortDetails;
import org.pepiniere.applications.cohorts.InvalidCohortDetails;
import org.pepiniere.platform.web.Problems;

/** Turns a request into a cohort's details, or into a 400 that names every field breaking a rule. */
final class CohortRequests {

    static CohortDetails details(CohortRequest r) {
        var refused = new ArrayList<Violation>();
        var programme = programme(r.programme(), refused);
        try {
            var details = new CohortDetails(new Bilingual(r.name().fr(), r.name().en()), programme, r.startsOn(),
                    r.endsOn(), r.capacity());
            if (refused.isEmpty()) {
                return details;
            }
        } catch (InvalidCohortDetails invalid) {
            refused.addAll(invalid.violations());
        }
        throw Problems.fieldsRefused(refused.stream()
                .map(v -> new Problems.RefusedField(v.field(), v.reasonKey(), v.arguments())).toList());
    }

    private static Programme programme(CohortRequest.ProgrammeRequest given, List<Violation> refused) {
        boolean hasTrack = given.track() != null && !given.track().isBlank();
        if (given.kind() == Programme.Kind.ACCELERATION && !hasTrack) {
            refused.add(new Violation("programme.track", "calls.field.track-required", List.of()));
        } else if (given.kind() == Programme.Kind.INCUBATION && hasTrack) {
            refused.add(new Violation("programme.track", "calls.field.track-incubation", List.of()));
        } else {
            return new Programme(given.kind(), given.track());
        }
        // a stand-in, so that the other rules are still checked and every refused field named at once
        return Programme.incubation();
    }

    private CohortRequests() {
    }
}
