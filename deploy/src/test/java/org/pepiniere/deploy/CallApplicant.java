package org.pepiniere.deploy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A founder who registered through the API and drafted an application to an open call: the call's questions
 * answered, needs as tags, and one team member with an affiliation (which keeps jurors of that organisation
 * away). Each step asserts its own answer, so that a journey or a flow reads as the steps it takes.
 */
public record CallApplicant(GatewayClient api, String founderName, String email, String token, String applicationId,
        String startupName, String teamAffiliation, String etag) {

    public static final String PASSWORD = "un-mot-de-passe-solide";
    public static final String TEAM_MEMBER = "Louise Martin";

    /** Registers a founder, logs them in and drafts a complete application to {@code call}. */
    public static CallApplicant drafting(GatewayClient api, OpenCall call, String founderName, String startupName,
            String teamAffiliation, List<String> needs) {
        String email = "fondatrice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        GatewayClient.Answer registered = api.post("/api/auth/register", null,
                Map.of("email", email, "password", PASSWORD, "displayName", founderName));
        assertThat(registered.status()).as(registered.body()).isEqualTo(202);
        String token = api.login(email, PASSWORD);
        GatewayClient.Answer draft = api.post("/api/applications", token, Map.of(
                "callId", call.id(),
                "startupName", startupName,
                "summary", "Des solvants biosourcés pour l'industrie chimique régionale.",
                "sector", "CHEMISTRY",
                "stage", "PROTOTYPE",
                "amountSoughtCents", 15_000_000,
                "currency", "EUR",
                "answers", call.answers(),
                "needs", needs,
                "team", List.of(Map.of("name", TEAM_MEMBER, "email", "louise-" + email, "affiliation", teamAffiliation))));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.json().path("callId").asText()).isEqualTo(call.id());
        return new CallApplicant(api, founderName, email, token, draft.json().path("id").asText(), startupName, teamAffiliation,
                draft.etag());
    }

    /** Uploads the small real PDF of {@link PitchDeck} as this application's deck. */
    public CallApplicant withDeck(String filename) {
        GatewayClient.Answer uploaded = api.putBytes("/api/applications/" + applicationId + "/deck?filename="
                + URLEncoder.encode(filename, StandardCharsets.UTF_8), token,
                PitchDeck.bytes(), "application/pdf");
        assertThat(uploaded.status()).as(uploaded.body()).isIn(200, 201);
        GatewayClient.Answer read = api.get("/api/applications/" + applicationId, token);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return new CallApplicant(api, founderName, email, token, applicationId, startupName, teamAffiliation, read.etag());
    }

    /** Submits at the version last read (If-Match); the answer, for the caller to assert. */
    public GatewayClient.Answer submit() {
        return api.post("/api/applications/" + applicationId + "/submit", token, Map.of(), etag);
    }

    /** Drafts, uploads the deck and submits, asserting each step: the application another person then works on. */
    public static CallApplicant submittedTo(GatewayClient api, OpenCall call, String startupName, String teamAffiliation,
            List<String> needs) {
        CallApplicant applicant = drafting(api, call, "Hugo Lefèvre", startupName, teamAffiliation, needs).withDeck("pitch.pdf");
        GatewayClient.Answer submitted = applicant.submit();
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");
        return applicant;
    }
}
