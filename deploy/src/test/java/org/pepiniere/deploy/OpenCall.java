package org.pepiniere.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call staff prepared and opened through the API, before a journey or a flow starts: two criteria of different
 * weights and scales, and two required questions of its own (a long text and a number), whose valid answers
 * {@link #answers()} gives. It takes applications from an hour ago to a week from now.
 *
 * @param version the call's version once open, as its ETag names it
 */
public record OpenCall(String id, String title, int reviewsPerApplication, boolean blindReview, long version) {

    public static final String IMPACT_QUESTION = "impact";
    public static final String JOBS_QUESTION = "jobs";
    public static final List<String> CRITERIA = List.of("innovation", "team");

    /** Staff (their token) prepare the call and open it; k jurors review each application. */
    public static OpenCall openedBy(GatewayClient api, String staffToken, String title, int reviewsPerApplication,
            boolean blindReview) {
        GatewayClient.Answer prepared = api.post("/api/calls", staffToken, body(title, reviewsPerApplication, blindReview));
        assertThat(prepared.status()).as(prepared.body()).isEqualTo(201);
        String id = prepared.json().path("id").asText();
        GatewayClient.Answer opened = api.post("/api/calls/" + id + "/open", staffToken, Map.of(), prepared.etag());
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().path("status").asText()).isEqualTo("OPEN");
        return new OpenCall(id, title, reviewsPerApplication, blindReview, opened.json().path("version").asLong());
    }

    /** Answers to every question of the call, as its rules want them. */
    public static final Map<String, String> ANSWERS = Map.of(
            IMPACT_QUESTION, "Moins de solvants pétrosourcés dans l'industrie régionale.", JOBS_QUESTION, "12");

    public Map<String, String> answers() {
        return ANSWERS;
    }

    private static Map<String, Object> body(String title, int reviewsPerApplication, boolean blindReview) {
        Instant now = Instant.now();
        var body = new LinkedHashMap<String, Object>();
        body.put("title", Map.of("fr", title, "en", title));
        body.put("description", Map.of("fr", "Un appel pour les start-up de la chimie verte.", "en", "A call for green chemistry start-ups."));
        body.put("opensAt", now.minus(Duration.ofHours(1)).toString());
        body.put("closesAt", now.plus(Duration.ofDays(7)).toString());
        body.put("reviewDeadline", now.plus(Duration.ofDays(21)).toString());
        body.put("seats", 5);
        body.put("programme", Map.of("kind", "INCUBATION"));
        body.put("reviewsPerApplication", reviewsPerApplication);
        body.put("blindReview", blindReview);
        body.put("criteria", List.of(
                criterion(CRITERIA.get(0), "Innovation", "Innovation", 3, 0, 5),
                criterion(CRITERIA.get(1), "Équipe", "Team", 1, 1, 10)));
        body.put("questions", List.of(
                Map.of("id", IMPACT_QUESTION, "label", Map.of("fr", "Quel impact visez-vous ?", "en", "What impact do you aim for?"),
                        "type", "LONG_TEXT", "required", true, "maxLength", 500),
                Map.of("id", JOBS_QUESTION, "label", Map.of("fr", "Combien d'emplois d'ici trois ans ?",
                        "en", "How many jobs within three years?"), "type", "NUMBER", "required", true)));
        return body;
    }

    private static Map<String, Object> criterion(String id, String fr, String en, int weight, int min, int max) {
        return Map.of("id", id, "name", Map.of("fr", fr, "en", en), "weight", weight, "scaleMin", min, "scaleMax", max);
    }
}
