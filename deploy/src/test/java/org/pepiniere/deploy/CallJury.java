package org.pepiniere.deploy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call's jury as staff keep it through the API: the pool (read, then replaced at the version read) and the runs of
 * the assignment. For the journeys and flows that start from an assigned call (scoring, ranking).
 */
public record CallJury(GatewayClient api, String staffToken, String callId) {

    /** One juror of the pool, with the expertise tags matched against needs and the organisation matched against teams. */
    public record Member(Juror juror, List<String> expertise, @Nullable String affiliation) {

        Map<String, Object> body() {
            var body = new HashMap<String, Object>(Map.of("jurorId", juror.id(), "displayName", juror.displayName(),
                    "email", juror.email(), "expertise", expertise));
            if (affiliation != null) {
                body.put("affiliation", affiliation);
            }
            return body;
        }
    }

    public static CallJury of(GatewayClient api, String staffToken, String callId) {
        return new CallJury(api, staffToken, callId);
    }

    /** Replaces the pool with these members, at the version just read; the pool as saved. */
    public GatewayClient.Answer keep(List<Member> members) {
        GatewayClient.Answer read = api.get(path("/jury"), staffToken);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        GatewayClient.Answer kept = api.put(path("/jury"), staffToken,
                Map.of("members", members.stream().map(Member::body).toList()), read.etag());
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        return kept;
    }

    /**
     * Runs the assignment: loads balanced and then widened by {@code slack}, these pins and forbids
     * ({@code [applicationId, jurorId]} pairs), at the version of the assignment staff read ({@code ifMatch}, or null).
     */
    public GatewayClient.Answer run(int slack, List<List<String>> pins, List<List<String>> forbids, @Nullable String ifMatch) {
        return api.post(path("/assignment"), staffToken, Map.of("slack", slack, "pins", pairs(pins), "forbids", pairs(forbids)),
                ifMatch);
    }

    /** Runs the assignment with balanced loads and nothing pinned or forbidden; asserts it was saved. */
    public GatewayClient.Answer assign() {
        GatewayClient.Answer saved = run(0, List.of(), List.of(), null);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return saved;
    }

    public GatewayClient.Answer assignment() {
        return api.get(path("/assignment"), staffToken);
    }

    private String path(String rest) {
        return "/api/calls/" + callId + rest;
    }

    private static List<Map<String, String>> pairs(List<List<String>> pairs) {
        return pairs.stream().map(p -> Map.of("applicationId", p.get(0), "jurorId", p.get(1))).toList();
    }
}
