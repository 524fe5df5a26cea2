package org.pepiniere.gateway.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventExtensions;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.identity.UserRegistered;
import org.pepiniere.embedded.test.EventSchemas;
import org.pepiniere.embedded.test.PublishedEvents;
import org.pepiniere.gateway.identity.DemoTenant;
import org.pepiniere.gateway.identity.SeedingDemo;
import org.pepiniere.gateway.identity.mongo.MongoUsers;
import org.pepiniere.gateway.support.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

class IdentityApiTest extends GatewayTest {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    SeedingDemo seeding;

    @SuppressWarnings("unchecked")
    private Map<String, Object> register(String email, String displayName) {
        return (Map<String, Object>) web.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .header("X-Correlation-Id", "register-" + email.replace('@', '.'))
                .bodyValue(Map.of("email", email, "password", "a long enough secret", "displayName", displayName, "language", "en"))
                .exchange()
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private String storedUserId(String email) {
        return String.valueOf(storedUser(email).get("_id"));
    }

    private Document storedUser(String email) {
        return mongo.findOne(Query.query(Criteria.where("email").is(email)), Document.class, MongoUsers.COLLECTION).block();
    }

    /** Distinct events: the relay delivers at least once, and consumers drop a repeated event id. */
    private List<UserRegistered> announced(String email) {
        return PublishedEvents.ofType(Topics.IDENTITY, EventTypes.USER_REGISTERED).stream()
                .map(event -> PublishedEvents.data(event, UserRegistered.class))
                .filter(event -> event.email().equals(email))
                .collect(java.util.stream.Collectors.toMap(UserRegistered::eventId, event -> event, (first, again) -> first))
                .values().stream().toList();
    }

    @Test
    void registersAFounderWhoLogsInWithATokenThatTheJwksVerifies() throws Exception {
        register("ada@example.org", "Ada Lovelace");

        String token = logIn("Ada@Example.org", "a long enough secret");

        String jwks = web.get().uri("/.well-known/jwks.json").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        var jwt = SignedJWT.parse(token);
        RSAKey publicKey = JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
        assertThat(publicKey.isPrivate()).as("only the public half is published").isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(publicKey))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("pepiniere");
        assertThat(claims.getAudience()).containsExactly("pepiniere");
        assertThat(claims.getSubject()).isEqualTo(storedUserId("ada@example.org"));
        assertThat(claims.getStringClaim("incubatorId")).isEqualTo("imt-mines-ales-enscm");
        assertThat(claims.getStringListClaim("roles")).containsExactly("FOUNDER");
        assertThat(claims.getStringClaim("email")).isEqualTo("ada@example.org");
        assertThat(claims.getStringClaim("name")).isEqualTo("Ada Lovelace");
        assertThat(claims.getStringClaim("lang")).isEqualTo("en");
        assertThat(claims.getClaims()).doesNotContainKey("org");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
        assertThat(claims.getExpirationTime()).isAfter(new Date());
    }

    @Test
    void answersARegistrationWithTheNewFounder() {
        var registered = register("grace@example.org", "Grace Hopper");

        assertThat(registered).containsEntry("email", "grace@example.org")
                .containsEntry("displayName", "Grace Hopper")
                .containsEntry("language", "en")
                .containsEntry("roles", List.of("FOUNDER"))
                .containsEntry("incubatorId", "imt-mines-ales-enscm")
                .doesNotContainKeys("userId", "password", "passwordHash", "organisationId");
    }

    @Test
    void publishesUserRegisteredThatConformsToItsSchema() {
        register("katherine@example.org", "Katherine Johnson");
        String userId = storedUserId("katherine@example.org");

        var event = PublishedEvents.awaitEvent(Topics.IDENTITY, EventTypes.USER_REGISTERED, userId);

        EventSchemas.assertConforms(event);
        assertThat(event.getSource()).isEqualTo(URI.create("/pepiniere/gateway"));
        assertThat(event.getExtension(EventExtensions.INCUBATOR_ID)).isEqualTo("imt-mines-ales-enscm");
        assertThat(event.getExtension(EventExtensions.CORRELATION_ID)).isEqualTo("register-katherine.example.org");
        var data = PublishedEvents.data(event, UserRegistered.class);
        assertThat(data.userId()).isEqualTo(userId);
        assertThat(data.eventId()).isEqualTo(event.getId());
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(storedUser("katherine@example.org").getList("outbox", Document.class)).isEmpty());
    }

    @Test
    void keepsAHashNotThePassword() {
        register("hedy@example.org", "Hedy Lamarr");

        var stored = storedUser("hedy@example.org");

        assertThat(stored.toJson()).doesNotContain("a long enough secret");
        assertThat(stored.getString("passwordHash")).startsWith("{bcrypt-sha256}$2a$");
    }

    @Test
    void seedsTheDemoUsersOnceWhateverTheNumberOfStarts() {
        long createdAgain = seeding.seed().block();

        assertThat(createdAgain).isZero();
        for (var demo : DemoTenant.USERS) {
            Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(announced(demo.email())).hasSize(1));
        }
        long demoUsers = mongo.count(Query.query(Criteria.where("email").regex("@pepiniere\\.demo$")), MongoUsers.COLLECTION).block();
        assertThat(demoUsers).isEqualTo(5);
    }

    @Test
    void announcesTheDemoUsersWithEventsThatConformToTheirSchema() {
        for (var demo : DemoTenant.USERS) {
            var event = PublishedEvents.ofType(Topics.IDENTITY, EventTypes.USER_REGISTERED).stream()
                    .filter(candidate -> PublishedEvents.data(candidate, UserRegistered.class).email().equals(demo.email()))
                    .findFirst().orElseThrow();
            EventSchemas.assertConforms(event);
        }
    }

    @Test
    void letsEveryDemoUserLogIn() {
        for (var demo : DemoTenant.USERS) {
            assertThat(logIn(demo.email(), DemoTenant.PASSWORD)).isNotBlank();
        }
    }

    @Test
    void letsStaffCreateABankUserWhoseTokenNamesTheBank() throws Exception {
        String staff = logIn("staff@pepiniere.demo", DemoTenant.PASSWORD);

        @SuppressWarnings("unchecked")
        var created = (Map<String, Object>) web.post().uri("/api/auth/users").contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.setBearerAuth(staff))
                .bodyValue(Map.of("email", "conseiller@banque-exemple.fr", "password", "a long enough secret",
                        "displayName", "Louis Conseiller", "language", "fr", "roles", List.of("BANK"),
                        "organisationId", "credit-agricole-demo"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(created).containsEntry("roles", List.of("BANK")).containsEntry("organisationId", "credit-agricole-demo")
                .containsEntry("incubatorId", "imt-mines-ales-enscm");
        var claims = SignedJWT.parse(logIn("conseiller@banque-exemple.fr", "a long enough secret")).getJWTClaimsSet();
        assertThat(claims.getStringClaim("org")).isEqualTo("credit-agricole-demo");
        assertThat(claims.getStringListClaim("roles")).containsExactly("BANK");
        var event = PublishedEvents.awaitEvent(Topics.IDENTITY, EventTypes.USER_REGISTERED, (String) created.get("userId"));
        EventSchemas.assertConforms(event);
    }

    @Test
    void forbidsAFounderToCreateUsers() {
        String founder = logIn("founder@pepiniere.demo", DemoTenant.PASSWORD);

        web.post().uri("/api/auth/users").contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.setBearerAuth(founder))
                .bodyValue(Map.of("email", "intruder@example.org", "password", "a long enough secret",
                        "displayName", "Intruder", "roles", List.of("STAFF")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/forbidden");

        assertThat(storedUser("intruder@example.org")).isNull();
    }

    @Test
    void asksForATokenToCreateUsers() {
        web.post().uri("/api/auth/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "anonymous@example.org", "password", "a long enough secret",
                        "displayName", "Anonymous", "roles", List.of("STAFF")))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(storedUser("anonymous@example.org")).isNull();
    }

    @Test
    void answersAWrongPasswordAndAnUnknownAddressAlike() {
        var wrongPassword = web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "staff@pepiniere.demo", "password", "not the password"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        var unknownAddress = web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "nobody@pepiniere.demo", "password", "not the password"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(wrongPassword).containsEntry("type", "https://pepiniere.org/problems/invalid-credentials");
        assertThat(unknownAddress).isEqualTo(wrongPassword);
    }
}
