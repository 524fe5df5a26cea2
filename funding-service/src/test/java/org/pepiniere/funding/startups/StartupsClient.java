package org.pepiniere.funding.startups;

import java.time.Instant;
import java.util.List;

import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** GET /api/funding/startups as a person with a token. */
final class StartupsClient {

    static final String PATH = "/api/funding/startups";

    /** A start-up as the list shows it. */
    record Listed(String applicationId, String startupName, String sector, String stage, Long amountSoughtCents,
                  String currency, Instant submittedAt) {
    }

    private final WebTestClient web;

    StartupsClient(WebTestClient web) {
        this.web = web;
    }

    WebTestClient.ResponseSpec get(String token, String query) {
        return web.get().uri(PATH + query).header(HttpHeaders.AUTHORIZATION, TestIdentity.bearer(token)).exchange();
    }

    List<Listed> list(String token, String query) {
        return get(token, query).expectStatus().isOk().expectBodyList(Listed.class).returnResult().getResponseBody();
    }

    List<Listed> list(String token) {
        return list(token, "");
    }
}
