package org.pepiniere.applications.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules every assignment keeps, checked from the request alone, without the solver's own code. */
final class AssignmentRules {

    static void assertKept(AssignmentRequest request, AssignmentOutcome.Assigned assigned) {
        var perApplication = assigned.pairs().stream().collect(Collectors.groupingBy(AssignedPair::applicationId, Collectors.counting()));
        for (var application : request.applications()) {
            assertThat(perApplication.get(application.id())).as("jurors of " + application.id())
                    .isEqualTo((long) request.reviewsPerApplication());
        }
        assertThat(assigned.pairs().stream().map(AssignedPair::pair).distinct()).hasSameSizeAs(assigned.pairs());
        var jurors = request.jurors().stream().collect(Collectors.toMap(Juror::id, juror -> juror));
        var applications = request.applications().stream().collect(Collectors.toMap(ApplicationToReview::id, app -> app));
        for (var pair : assigned.pairs()) {
            assertThat(inConflict(jurors.get(pair.jurorId()), applications.get(pair.applicationId()))).as("conflict " + pair).isFalse();
            assertThat(request.forbids()).as("forbidden").doesNotContain(pair.pair());
        }
        var pairs = assigned.pairs().stream().map(AssignedPair::pair).collect(Collectors.toSet());
        assertThat(pairs).containsAll(request.pins()).containsAll(request.locked());
        var loads = new HashMap<String, Integer>();
        assigned.pairs().forEach(pair -> loads.merge(pair.jurorId(), 1, Integer::sum));
        var range = request.loadRange();
        for (var juror : request.jurors()) {
            assertThat(loads.getOrDefault(juror.id(), 0)).as("load of " + juror.id()).isBetween(range.min(), range.max());
        }
    }

    static boolean inConflict(Juror juror, ApplicationToReview application) {
        var team = normalised(application.teamAffiliations());
        return juror.conflictingApplications().contains(application.id())
                || juror.affiliation() != null && team.contains(normalised(juror.affiliation()))
                || juror.conflictingOrganisations().stream().map(AssignmentRules::normalised).anyMatch(team::contains);
    }

    static Set<String> normalised(Set<String> names) {
        return names.stream().map(AssignmentRules::normalised).collect(Collectors.toSet());
    }

    static String normalised(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").trim().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private AssignmentRules() {
    }
}
