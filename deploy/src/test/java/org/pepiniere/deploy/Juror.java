package org.pepiniere.deploy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A juror account, logged in, that has opened its juror space once ({@code GET /api/jury/assignments}): only then
 * does the applications service know it, and staff can put it in a call's jury pool.
 */
public record Juror(String id, String email, String displayName, String token) {

    public static final String DEMO_EMAIL = "jury@pepiniere.demo";
    public static final String DEMO_PASSWORD = "demo-pepiniere";
    private static final String PASSWORD = "un-mot-de-passe-de-jure";

    /** The launcher's demo juror, made known. */
    public static Juror demo(GatewayClient api) {
        return known(api, DEMO_EMAIL, api.login(DEMO_EMAIL, DEMO_PASSWORD));
    }

    /** A new juror account that staff (their token) create in their incubator, made known. */
    public static Juror createdBy(GatewayClient api, String staffToken, String displayName) {
        String email = "jure-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        GatewayClient.Answer created = api.post("/api/auth/users", staffToken, Map.of("email", email, "password", PASSWORD,
                "displayName", displayName, "language", "fr", "roles", List.of("JUROR")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return known(api, email, api.login(email, PASSWORD));
    }

    /** The applications assigned to this juror, across their incubator's calls. */
    public GatewayClient.Answer assignments(GatewayClient api) {
        return api.get("/api/jury/assignments", token);
    }

    private static Juror known(GatewayClient api, String email, String token) {
        GatewayClient.Answer opened = api.get("/api/jury/assignments", token);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        String staff = api.login("staff@pepiniere.demo", DEMO_PASSWORD);
        GatewayClient.Answer jurors = api.get("/api/jury/jurors?limit=500", staff);
        assertThat(jurors.status()).as(jurors.body()).isEqualTo(200);
        for (var juror : jurors.json()) {
            if (email.equals(juror.path("email").asText())) {
                return new Juror(juror.path("jurorId").asText(), email, juror.path("displayName").asText(), token);
            }
        }
        throw new AssertionError(email + " opened the juror space but staff do not know them: " + jurors.body());
    }
}
