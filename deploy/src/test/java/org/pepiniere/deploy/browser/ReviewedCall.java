package org.pepiniere.deploy.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An opened call whose applications the demo juror reviews, set up over real HTTP through the gateway before a
 * juror's journey starts, as the people before them would have: staff create and open the call, founders register,
 * apply with a pitch deck and submit, the juror opens their space once so that staff can add them, and staff put
 * them in the call's jury and run the assignment (one review per application, all the juror's).
 *
 * @param title        the call's title, the same in French and English
 * @param applications the submitted applications, each with its start-up's name
 */
record ReviewedCall(String callId, String title, List<Applicant> applications) {

    /** @param email the founder's, who logs in with {@link #FOUNDER_PASSWORD} */
    record Applicant(String applicationId, String startupName, String email) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FOUNDER_PASSWORD = "un-mot-de-passe-solide";
    private static final String PASSWORD = FOUNDER_PASSWORD;
    /** The smallest file the service takes for a PDF: it judges by the signature at its start. */
    private static final byte[] DECK = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    static ReviewedCall seed(URI gateway, int applications) {
        var http = new Http(gateway);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String staff = http.login(DemoAccount.STAFF.email(), DemoAccount.PASSWORD);
        String title = "Jury " + suffix;
        String callId = http.expect(201, "POST", "/api/calls", staff, null, call(title)).path("id").asText();
        http.expect(200, "POST", "/api/calls/" + callId + "/open", staff, null, Map.of());

        var applicants = new ArrayList<Applicant>();
        for (int i = 0; i < applications; i++) {
            applicants.add(apply(http, callId, "Atelier " + (char) ('A' + i) + " " + suffix));
        }

        String juror = http.login(DemoAccount.JUROR.email(), DemoAccount.PASSWORD);
        http.expect(200, "GET", "/api/jury/assignments", juror, null, null);
        String jurorId = null;
        for (JsonNode known : http.expect(200, "GET", "/api/jury/jurors", staff, null, null)) {
            if (DemoAccount.JUROR.email().equals(known.path("email").asText())) {
                jurorId = known.path("jurorId").asText();
            }
        }
        assertThat(jurorId).as("the demo juror, known once they opened their space").isNotNull();
        String poolVersion = http.send("GET", "/api/calls/" + callId + "/jury", staff, null, null).etag();
        http.expect(200, "PUT", "/api/calls/" + callId + "/jury", staff, poolVersion, Map.of("members",
                List.of(Map.of("jurorId", jurorId, "displayName", "Jury de démonstration", "expertise", List.of()))));
        http.expect(200, "POST", "/api/calls/" + callId + "/assignment", staff, null, Map.of());
        return new ReviewedCall(callId, title, List.copyOf(applicants));
    }

    /**
     * The demo juror scores one of the applications of this call, as their scoring page would: innovation on 1 to 5,
     * the team on 0 to 10, and a comment.
     */
    void scoredByTheDemoJuror(URI gateway, Applicant applicant, int innovation, int team, String comment) {
        var http = new Http(gateway);
        String juror = http.login(DemoAccount.JUROR.email(), DemoAccount.PASSWORD);
        http.expect(201, "PUT", "/api/jury/applications/" + applicant.applicationId() + "/score", juror, null,
                Map.of("marks", Map.of("innovation", innovation, "equipe", team), "comment", comment));
    }

    /** Staff plan a cohort of the demo incubator, as the cohorts page would; its id. */
    static String cohort(URI gateway, String name) {
        var http = new Http(gateway);
        String staff = http.login(DemoAccount.STAFF.email(), DemoAccount.PASSWORD);
        return http.expect(201, "POST", "/api/cohorts", staff, null, Map.of("name", Map.of("fr", name, "en", name),
                "programme", Map.of("kind", "INCUBATION"), "startsOn", "2099-01-11", "endsOn", "2099-07-09")).path("id").asText();
    }

    private static Map<String, Object> call(String title) {
        Instant now = Instant.now();
        return Map.ofEntries(
                Map.entry("title", Map.of("fr", title, "en", title)),
                Map.entry("description", Map.of("fr", "Un appel pour le parcours du jury.", "en", "A call for the jury's journey.")),
                Map.entry("opensAt", now.minus(Duration.ofDays(1)).toString()),
                Map.entry("closesAt", now.plus(Duration.ofDays(30)).toString()),
                Map.entry("reviewDeadline", now.plus(Duration.ofDays(60)).toString()),
                Map.entry("seats", 4),
                Map.entry("programme", Map.of("kind", "INCUBATION")),
                Map.entry("reviewsPerApplication", 1),
                Map.entry("criteria", List.of(
                        Map.of("id", "innovation", "name", Map.of("fr", "Innovation", "en", "Innovation"), "weight", 3,
                                "scaleMin", 1, "scaleMax", 5),
                        Map.of("id", "equipe", "name", Map.of("fr", "Équipe", "en", "Team"), "weight", 2,
                                "scaleMin", 0, "scaleMax", 10))),
                Map.entry("questions", List.of()),
                Map.entry("blindReview", false));
    }

    private static Applicant apply(Http http, String callId, String startupName) {
        String email = "candidate-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        http.expect(202, "POST", "/api/auth/register", null, null,
                Map.of("email", email, "password", PASSWORD, "displayName", "Inès Moreau"));
        String founder = http.login(email, PASSWORD);
        String id = http.expect(201, "POST", "/api/applications", founder, null, Map.of(
                "callId", callId,
                "startupName", startupName,
                "summary", "Des meubles réparables, loués aux entreprises.",
                "sector", "MATERIALS",
                "stage", "MVP",
                "amountSoughtCents", 5_000_000,
                "currency", "EUR",
                "answers", Map.of(),
                "team", List.of(Map.of("name", "Inès Moreau", "email", email, "affiliation", startupName))))
                .path("id").asText();
        http.deck("/api/applications/" + id + "/deck?filename=pitch-deck.pdf", founder);
        http.expect(200, "POST", "/api/applications/" + id + "/submit", founder, null, Map.of());
        return new Applicant(id, startupName, email);
    }

    /** JSON over HTTP through the gateway, with the verbs and headers the seeding needs (PUT, If-Match, a PDF). */
    private static final class Http {

        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final URI gateway;

        Http(URI gateway) {
            this.gateway = gateway;
        }

        record Answer(int status, String body, @Nullable String etag) {
        }

        String login(String email, String password) {
            return expect(200, "POST", "/api/auth/login", null, null, Map.of("email", email, "password", password))
                    .path("accessToken").asText();
        }

        JsonNode expect(int status, String method, String path, @Nullable String token, @Nullable String ifMatch,
                @Nullable Object body) {
            Answer answer = send(method, path, token, ifMatch, body);
            assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isEqualTo(status);
            try {
                return JSON.readTree(answer.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + answer.body(), e);
            }
        }

        void deck(String path, String token) {
            var request = base(path, token).header("Content-Type", "application/pdf")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(DECK));
            Answer answer = exchange(request);
            assertThat(answer.status()).as("deck: " + answer.body()).isEqualTo(201);
        }

        Answer send(String method, String path, @Nullable String token, @Nullable String ifMatch, @Nullable Object body) {
            try {
                var publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
                var request = base(path, token).method(method, publisher);
                if (body != null) {
                    request.header("Content-Type", "application/json");
                }
                if (ifMatch != null) {
                    request.header("If-Match", ifMatch);
                }
                return exchange(request);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private HttpRequest.Builder base(String path, @Nullable String token) {
            var builder = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(20))
                    .header("Accept", "application/json").header("Accept-Language", "fr");
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return builder;
        }

        private Answer exchange(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
