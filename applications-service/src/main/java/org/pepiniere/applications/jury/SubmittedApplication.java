package org.pepiniere.applications.jury;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A submitted application as the jury reads it, kept apart from the founders' own model.
 *
 * @param team the founding team: shown to jurors only when the call's review is not blind
 */
public record SubmittedApplication(String id, String callId, String startupName, String summary, String sector,
        String stage, Map<String, String> answers, List<Member> team, List<String> needs) {

    public SubmittedApplication {
        answers = Map.copyOf(answers);
        team = List.copyOf(team);
        needs = List.copyOf(needs);
    }

    public record Member(String name, String email, @Nullable String affiliation) {
    }

    public ApplicationToReview toReview() {
        return new ApplicationToReview(id, Set.copyOf(needs),
                team.stream().map(Member::affiliation).filter(Objects::nonNull).collect(Collectors.toSet()));
    }
}
