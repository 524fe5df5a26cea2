package org.pepiniere.applications.ranking;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pepiniere.applications.calls.Call;

/**
 * A call's ranking with what people read beside it: the call and its grid, the start-ups' names, every review with its
 * comment, and the jurors' names as staff wrote them in the pool.
 *
 * @param startupNames application id to start-up name
 * @param scores     the reviews that count: those of the call's submitted applications
 * @param jurorNames juror id to display name; a juror no longer in the pool has none
 */
public record CallRanking(Call call, Map<String, String> startupNames, List<JurorScore> scores,
        Map<String, String> jurorNames, Ranking ranking) {

    public CallRanking {
        startupNames = Map.copyOf(startupNames);
        scores = List.copyOf(scores);
        jurorNames = Map.copyOf(jurorNames);
    }

    public WeightedGrid grid() {
        return new WeightedGrid(call.details().criteria());
    }

    public String startupName(String applicationId) {
        return startupNames.getOrDefault(applicationId, "");
    }

    public String jurorName(String jurorId) {
        return Optional.ofNullable(jurorNames.get(jurorId)).orElse(jurorId);
    }

    public int expectedReviews() {
        return call.details().reviewsPerApplication();
    }
}
