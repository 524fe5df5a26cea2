package org.pepiniere.deploy.browser;

import java.util.Map;
import java.util.UUID;

import org.pepiniere.deploy.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another founder's application, submitted through the API before a journey starts, for the journeys of
 * the people who receive it (staff, a bank). The founder's own journey submits through the portal.
 */
record EarlierSubmission(String applicationId, String startupName) {

    static EarlierSubmission by(GatewayClient api, String startupName) {
        String email = "fondateur-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "un-mot-de-passe-solide";
        GatewayClient.Answer registered = api.post("/api/auth/register", null,
                Map.of("email", email, "password", password, "displayName", "Hugo Lefèvre"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(202);
        String token = api.login(email, password);
        GatewayClient.Answer draft = api.post("/api/applications", token, Map.of(
                "startupName", startupName,
                "summary", "Du verre recyclé pour la construction.",
                "sector", "MATERIALS",
                "stage", "MVP",
                "currency", "EUR"));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().path("id").asText();
        GatewayClient.Answer submitted = api.post("/api/applications/" + id + "/submit", token, Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return new EarlierSubmission(id, startupName);
    }
}
