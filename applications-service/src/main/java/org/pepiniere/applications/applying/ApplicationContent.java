package org.pepiniere.applications.applying;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a founder writes in an application.
 *
 * @param answers answers to the call's questions, keyed by question id
 * @param needs   the expertise asked for, as tags in their written form (see {@link Needs})
 */
public record ApplicationContent(
        String startupName,
        String summary,
        Sector sector,
        Stage stage,
        Money amountSought,
        Map<String, String> answers,
        List<TeamMember> team,
        List<String> needs) {

    static final int MAX_ANSWERS = 50;
    static final int MAX_TEAM = 12;

    public ApplicationContent {
        Texts.require("startupName", startupName, 1, 120);
        Texts.require("summary", summary, 1, 4000);
        if (sector == null || stage == null) {
            throw new IllegalArgumentException("sector and stage are required");
        }
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        team = team == null ? List.of() : List.copyOf(team);
        needs = Needs.of(needs);
        if (answers.size() > MAX_ANSWERS || team.size() > MAX_TEAM) {
            throw new IllegalArgumentException("at most " + MAX_ANSWERS + " answers and " + MAX_TEAM + " team members");
        }
        answers.forEach((question, answer) -> {
            // keys become field names of the stored document: no operators, no paths
            if (!question.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new IllegalArgumentException("question ids are 1 to 64 letters, digits, '-' or '_'");
            }
            Texts.require("answer", answer, 0, 4000);
        });
    }

    /** The schools, labs and companies the team comes from, each once: what conflicts of interest are judged on. */
    public List<String> affiliations() {
        return team.stream().map(TeamMember::affiliation).filter(Objects::nonNull).distinct().toList();
    }
}
