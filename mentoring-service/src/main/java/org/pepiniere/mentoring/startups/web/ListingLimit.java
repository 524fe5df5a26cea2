package org.pepiniere.mentoring.startups.web;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pepiniere.mentoring.startups.Startups;
import org.pepiniere.platform.security.CurrentUser;
import org.pepiniere.platform.web.Problems;
import org.pepiniere.platform.web.Problems.FieldProblem;
import org.springframework.http.HttpStatus;

/** How many start-ups a list answers with: {@code ?limit=} from 1 to {@link Startups#MAX_LISTED}. */
final class ListingLimit {

    static final int DEFAULT = 50;

    static int of(@Nullable String limit, CurrentUser reader) {
        if (limit == null) {
            return DEFAULT;
        }
        return parse(limit).filter(value -> value >= 1 && value <= Startups.MAX_LISTED)
                .orElseThrow(() -> refused(reader));
    }

    private static Optional<Integer> parse(String limit) {
        try {
            return Optional.of(Integer.parseInt(limit.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static RuntimeException refused(CurrentUser reader) {
        boolean english = "en".equals(reader.language());
        var problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-request",
                english ? "Invalid request" : "Requête invalide",
                english ? "The request has 1 invalid field." : "La requête a 1 champ invalide.");
        problem.setProperty("errors", List.of(new FieldProblem("limit", english
                ? "a whole number from 1 to " + Startups.MAX_LISTED
                : "un nombre entier de 1 à " + Startups.MAX_LISTED)));
        return Problems.exception(problem);
    }

    private ListingLimit() {
    }
}
