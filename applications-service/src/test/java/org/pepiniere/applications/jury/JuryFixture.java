package org.pepiniere.applications.jury;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Applications and jurors named for the situation they set up. */
final class JuryFixture {

    static final JuryAssignmentSolver SOLVER = new JuryAssignmentSolver();

    static ApplicationToReview application(String id, Set<String> needs, String... teamAffiliations) {
        return new ApplicationToReview(id, needs, Set.of(teamAffiliations));
    }

    static ApplicationToReview application(String id) {
        return application(id, Set.of());
    }

    static Juror juror(String id, Set<String> expertise) {
        return new Juror(id, expertise, null, Set.of(), Set.of());
    }

    static Juror juror(String id) {
        return juror(id, Set.of());
    }

    static Juror jurorFrom(String id, String affiliation) {
        return new Juror(id, Set.of(), affiliation, Set.of(), Set.of());
    }

    static Juror jurorInConflictWith(String id, String... applicationIds) {
        return new Juror(id, Set.of(), null, Set.of(applicationIds), Set.of());
    }

    static Juror jurorInConflictWithOrganisation(String id, String organisation) {
        return new Juror(id, Set.of(), null, Set.of(), Set.of(organisation));
    }

    static List<ApplicationToReview> applications(int count) {
        var applications = new ArrayList<ApplicationToReview>();
        for (int i = 1; i <= count; i++) {
            applications.add(application("app-" + i));
        }
        return applications;
    }

    static List<Juror> jurors(int count) {
        var jurors = new ArrayList<Juror>();
        for (int i = 1; i <= count; i++) {
            jurors.add(juror("juror-" + i));
        }
        return jurors;
    }

    @SafeVarargs
    static <T> List<T> concat(List<T> first, T... more) {
        var all = new ArrayList<>(first);
        all.addAll(Arrays.asList(more));
        return all;
    }

    static AssignmentOutcome.Assigned assigned(AssignmentRequest request) {
        var outcome = SOLVER.solve(request, AssignmentProgress.NONE);
        if (outcome instanceof AssignmentOutcome.Assigned assigned) {
            return assigned;
        }
        throw new AssertionError("expected an assignment, got " + outcome);
    }

    static List<Obstacle> obstacles(AssignmentRequest request) {
        var outcome = SOLVER.solve(request, AssignmentProgress.NONE);
        if (outcome instanceof AssignmentOutcome.Infeasible infeasible) {
            return infeasible.obstacles();
        }
        throw new AssertionError("expected no assignment, got " + outcome);
    }

    private JuryFixture() {
    }
}
