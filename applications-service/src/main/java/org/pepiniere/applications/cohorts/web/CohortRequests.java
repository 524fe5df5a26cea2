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
        var programme = Programme.checked(r.programme().kind(), r.programme().track(), refused);
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


    private CohortRequests() {
    }
}
