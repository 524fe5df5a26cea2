package org.pepiniere.gateway.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.TestIdentity;
import org.pepiniere.gateway.identity.DemoTenant;
import org.pepiniere.gateway.support.GatewayTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every refusal of the identity API that a person reads, in French when nothing else is asked and in
 * English with {@code Accept-Language: en}; field refusals name the field so a form can show the reason beside it.
 */
class IdentityRefusalsInTwoLanguagesTest extends GatewayTest {

    private static final String SECRET = "a long enough secret";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "    | Authentification requise | L'adresse électronique ou le mot de passe est incorrect.",
        "en  | Unauthenticated          | The email address or the password is wrong."})
    void refusesWrongCredentials(String language, String title, String detail) {
        post("/api/auth/login", language, null, Map.of("email", "staff@pepiniere.demo", "password", "not the password"))
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/invalid-credentials")
                .jsonPath("$.title").isEqualTo(title)
                .jsonPath("$.detail").isEqualTo(detail);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "    | La requête a 2 champ(s) invalide(s). | doit être renseigné",
        "en  | The request has 2 invalid field(s).  | is required"})
    void namesTheMissingFieldsOfALogin(String language, String detail, String reason) {
        post("/api/auth/login", language, null, Map.of("email", " ", "password", ""))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/invalid-request")
                .jsonPath("$.detail").isEqualTo(detail)
                .jsonPath("$.errors[0].field").isEqualTo("email")
                .jsonPath("$.errors[0].reason").isEqualTo(reason)
                .jsonPath("$.errors[1].field").isEqualTo("password")
                .jsonPath("$.errors[1].reason").isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "    | n'est pas une adresse électronique valide | doit compter au moins 10 caractères | doit tenir sur une ligne, sans caractère de contrôle | langue inconnue ; valeurs possibles : fr, en",
        "en  | is not a valid email address              | must have at least 10 characters    | must be a single line without control characters    | unknown value; expected one of fr, en"})
    void namesEveryInvalidFieldOfARegistration(String language, String email, String password, String name, String lang) {
        post("/api/auth/register", language, null,
                Map.of("email", "ada.example.org", "password", "short", "displayName", "Ada\nLovelace", "language", "de"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(4)
                .jsonPath("$.errors[?(@.field == 'email')].reason").isEqualTo(email)
                .jsonPath("$.errors[?(@.field == 'password')].reason").isEqualTo(password)
                .jsonPath("$.errors[?(@.field == 'displayName')].reason").isEqualTo(name)
                .jsonPath("$.errors[?(@.field == 'language')].reason").isEqualTo(lang);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "    | doit compter au plus 128 caractères | doit compter de 1 à 64 lettres minuscules, chiffres ou « - »",
        "en  | must have at most 128 characters    | must be 1 to 64 lower-case letters, digits or -"})
    void explainsTheLimitsOfARegistration(String language, String password, String incubator) {
        post("/api/auth/register", language, null, Map.of("email", "ada@example.org", "password", "x".repeat(129),
                "displayName", "Ada Lovelace", "incubatorId", "Not A Slug"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'password')].reason").isEqualTo(password)
                .jsonPath("$.errors[?(@.field == 'incubatorId')].reason").isEqualTo(incubator);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "    | Requête refusée  | Aucun incubateur n'a cet identifiant.",
        "en  | Request refused  | No incubator has this id."})
    void refusesAnUnknownIncubator(String language, String title, String detail) {
        post("/api/auth/register", language, null, Map.of("email", "ada-" + UUID.randomUUID() + "@example.org", "password", SECRET,
                "displayName", "Ada Lovelace", "incubatorId", "nowhere"))
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/unknown-incubator")
                .jsonPath("$.title").isEqualTo(title)
                .jsonPath("$.detail").isEqualTo(detail);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "    | Accès refusé | Seule l'équipe de l'incubateur peut créer des comptes.",
        "en  | Forbidden    | Only staff of the incubator can create users."})
    void refusesAFounderWhoCreatesAUser(String language, String title, String detail) {
        String founder = logIn("founder@pepiniere.demo", DemoTenant.PASSWORD);

        post("/api/auth/users", language, founder, newUser("intruder-" + UUID.randomUUID() + "@example.org", List.of("STAFF")))
                .expectStatus().isForbidden()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/forbidden")
                .jsonPath("$.title").isEqualTo(title)
                .jsonPath("$.detail").isEqualTo(detail);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "    | Conflit  | Un compte existe déjà avec cette adresse électronique.",
        "en  | Conflict | An account with this email address already exists."})
    void refusesAnAddressThatHasAnAccount(String language, String title, String detail) {
        String staff = logIn("staff@pepiniere.demo", DemoTenant.PASSWORD);

        post("/api/auth/users", language, staff, newUser("founder@pepiniere.demo", List.of("JUROR")))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/email-taken")
                .jsonPath("$.title").isEqualTo(title)
                .jsonPath("$.detail").isEqualTo(detail);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "    | requis pour un utilisateur BANK (banque partenaire) | au moins un rôle est requis",
        "en  | required for a BANK (partner bank) user             | at least one role is required"})
    void namesTheFieldsStaffLeftOut(String language, String organisation, String roles) {
        String staff = logIn("staff@pepiniere.demo", DemoTenant.PASSWORD);

        post("/api/auth/users", language, staff, newUser("bank-" + UUID.randomUUID() + "@example.org", List.of("BANK")))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("organisationId")
                .jsonPath("$.errors[0].reason").isEqualTo(organisation);
        post("/api/auth/users", language, staff, newUser("nobody-" + UUID.randomUUID() + "@example.org", List.of()))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("roles")
                .jsonPath("$.errors[0].reason").isEqualTo(roles);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "    | Authentification requise | Un jeton d'accès (bearer token) est requis.",
        "en  | Unauthenticated          | A bearer token is required."})
    void asksForATokenToCreateUsers(String language, String title, String detail) {
        post("/api/auth/users", language, null, newUser("anonymous@example.org", List.of("STAFF")))
                .expectStatus().isUnauthorized()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/unauthenticated")
                .jsonPath("$.title").isEqualTo(title)
                .jsonPath("$.detail").isEqualTo(detail);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "    | Le jeton d'accès est invalide, expiré ou signé par un émetteur non reconnu.",
        "en  | The bearer token is invalid, expired or not signed by a trusted issuer."})
    void refusesATokenThatItDidNotSign(String language, String detail) {
        String forged = TestIdentity.tamperedToken(UUID.randomUUID().toString(), DemoTenant.INCUBATOR.id().value(), Role.STAFF);

        post("/api/auth/users", language, forged, newUser("forged@example.org", List.of("STAFF")))
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo(detail);
    }

    private static Map<String, Object> newUser(String email, List<String> roles) {
        return Map.of("email", email, "password", SECRET, "displayName", "Louis Conseiller", "roles", roles);
    }

    private WebTestClient.ResponseSpec post(String path, String language, String token, Object body) {
        return web.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (language != null) {
                        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
                    }
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .bodyValue(body)
                .exchange();
    }
}
