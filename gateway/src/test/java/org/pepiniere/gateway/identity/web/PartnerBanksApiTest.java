package org.pepiniere.gateway.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.pepiniere.contracts.EventExtensions;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.identity.PartnerBankRegistered;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EventSchemas;
import org.pepiniere.embedded.test.PublishedEvents;
import org.pepiniere.gateway.identity.DemoTenant;
import org.pepiniere.gateway.identity.DisplayName;
import org.pepiniere.gateway.identity.Email;
import org.pepiniere.gateway.identity.Incubator;
import org.pepiniere.gateway.identity.IncubatorId;
import org.pepiniere.gateway.identity.Incubators;
import org.pepiniere.gateway.identity.Language;
import org.pepiniere.gateway.identity.OrganisationId;
import org.pepiniere.gateway.identity.PasswordHash;
import org.pepiniere.gateway.identity.TokenIssuer;
import org.pepiniere.gateway.identity.User;
import org.pepiniere.gateway.identity.UserId;
import org.pepiniere.gateway.identity.mongo.MongoPartnerBanks;
import org.pepiniere.gateway.identity.mongo.MongoUsers;
import org.pepiniere.gateway.support.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Staff register, list and read the partner banks of their own incubator; nobody else does, and no other
 * incubator sees them. A bank user belongs to a registered bank of the staff's incubator, never to a free-text one.
 */
class PartnerBanksApiTest extends GatewayTest {

    static final String DEMO = DemoTenant.INCUBATOR.id().value();
    static final String OTHER = "autre-incubateur";

    @Autowired
    TokenIssuer tokens;

    @Autowired
    Incubators incubators;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void registersABankOfTheStaffsIncubatorAndAnnouncesIt() {
        String id = "banque-" + UUID.randomUUID().toString().substring(0, 8);

        var created = register(token(DEMO, Role.STAFF), null, bank(id, "Banque Populaire du Sud"))
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/partner-banks/" + id)
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(created).containsEntry("id", id).containsEntry("name", "Banque Populaire du Sud")
                .containsEntry("description", Map.of("fr", "Banque régionale", "en", "Regional bank"));
        var event = PublishedEvents.awaitEvent(Topics.IDENTITY, EventTypes.PARTNER_BANK_REGISTERED, DEMO + "/" + id);
        EventSchemas.assertConforms(event);
        assertThat(event.getExtension(EventExtensions.INCUBATOR_ID)).isEqualTo(DEMO);
        var data = PublishedEvents.data(event, PartnerBankRegistered.class);
        assertThat(data.organisationId()).isEqualTo(id);
        assertThat(data.descriptionEn()).isEqualTo("Regional bank");
    }

    @Test
    void listsAndReadsTheBanksOfTheStaffsIncubatorOnly() {
        String ours = "notre-banque-" + UUID.randomUUID().toString().substring(0, 8);
        String theirs = "leur-banque-" + UUID.randomUUID().toString().substring(0, 8);
        register(token(DEMO, Role.STAFF), null, bank(ours, "Notre banque")).expectStatus().isCreated();
        register(token(otherIncubator(), Role.STAFF), null, bank(theirs, "Leur banque")).expectStatus().isCreated();

        web.get().uri("/api/partner-banks").headers(h -> h.setBearerAuth(token(DEMO, Role.STAFF))).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.id == '" + ours + "')].name").isEqualTo("Notre banque")
                .jsonPath("$[?(@.id == 'credit-agricole-demo')]").exists()
                .jsonPath("$[?(@.id == '" + theirs + "')]").doesNotExist();
        web.get().uri("/api/partner-banks/{id}", ours).headers(h -> h.setBearerAuth(token(DEMO, Role.STAFF))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("Notre banque");
        web.get().uri("/api/partner-banks/{id}", theirs).headers(h -> h.setBearerAuth(token(DEMO, Role.STAFF))).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/partner-bank-not-found");
    }

    @Test
    void letsAnotherIncubatorRegisterTheSameIdAsABankOfItsOwn() {
        register(token(otherIncubator(), Role.STAFF), null, bank("credit-agricole-demo", "Homonyme"))
                .expectStatus().isCreated();

        web.get().uri("/api/partner-banks/credit-agricole-demo").headers(h -> h.setBearerAuth(token(DEMO, Role.STAFF))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("Crédit Agricole (démo)");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "STAFF", mode = EnumSource.Mode.EXCLUDE)
    void letsOnlyStaffRegisterListAndReadBanks(Role role) {
        String token = token(DEMO, role);
        String id = "refusee-" + UUID.randomUUID().toString().substring(0, 8);

        register(token, null, bank(id, "Banque refusée")).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/forbidden");
        web.get().uri("/api/partner-banks").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isForbidden();
        web.get().uri("/api/partner-banks/credit-agricole-demo").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isForbidden();

        assertThat(storedBank(DEMO, id)).isNull();
    }

    @Test
    void asksForATokenToReadBanks() {
        web.get().uri("/api/partner-banks").exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "    | Conflit  | Une banque partenaire de votre incubateur a déjà cet identifiant.",
        "en  | Conflict | A partner bank of your incubator already has this id."})
    void refusesAnIdTheIncubatorAlreadyHas(String language, String title, String detail) {
        var before = storedBank(DEMO, "credit-agricole-demo");

        register(token(DEMO, Role.STAFF), language, bank("credit-agricole-demo", "Autre nom")).expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/partner-bank-taken")
                .jsonPath("$.title").isEqualTo(title)
                .jsonPath("$.detail").isEqualTo(detail);

        assertThat(storedBank(DEMO, "credit-agricole-demo")).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "    | doit compter de 1 à 64 lettres minuscules, chiffres ou « - » | doit être renseigné | doit compter au plus 280 caractères",
        "en  | must be 1 to 64 lower-case letters, digits or -              | is required         | must have at most 280 characters"})
    void namesEveryInvalidFieldOfABank(String language, String id, String name, String description) {
        var body = Map.of("id", "Pas Un Slug", "name", " ", "description", Map.of("fr", "x".repeat(281)));

        register(token(DEMO, Role.STAFF), language, body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[?(@.field == 'id')].reason").isEqualTo(id)
                .jsonPath("$.errors[?(@.field == 'name')].reason").isEqualTo(name)
                .jsonPath("$.errors[?(@.field == 'description.fr')].reason").isEqualTo(description);

        assertThat(mongo.count(Query.query(Criteria.where("name").is(" ")), MongoPartnerBanks.COLLECTION).block()).isZero();
    }

    @Test
    void refusesAnOperatorOrAnUnknownFieldInTheBody() {
        register(token(DEMO, Role.STAFF), null, Map.of("id", Map.of("$ne", ""), "name", "X")).expectStatus().isBadRequest();
        register(token(DEMO, Role.STAFF), null, Map.of("id", "banque-x", "name", "X", "owner", "me")).expectStatus().isBadRequest();

        assertThat(storedBank(DEMO, "banque-x")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "    | n'est pas une banque partenaire enregistrée de votre incubateur ; enregistrez-la d'abord",
        "en  | is not a registered partner bank of your incubator; register it first"})
    void refusesABankUserOfAnOrganisationThatIsNotARegisteredBank(String language, String reason) {
        String email = "libre-" + UUID.randomUUID() + "@example.org";

        createUser(token(DEMO, Role.STAFF), language, email, "banque-inventee").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("organisationId")
                .jsonPath("$.errors[0].reason").isEqualTo(reason);

        assertThat(storedUser(email)).isNull();
    }

    @Test
    void refusesABankUserOfAnotherIncubatorsBank() {
        String theirs = "leur-banque-" + UUID.randomUUID().toString().substring(0, 8);
        register(token(otherIncubator(), Role.STAFF), null, bank(theirs, "Leur banque")).expectStatus().isCreated();
        String email = "transfuge-" + UUID.randomUUID() + "@example.org";

        createUser(token(DEMO, Role.STAFF), null, email, theirs).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("organisationId");

        assertThat(storedUser(email)).isNull();
    }

    @Test
    void createsABankUserOfABankTheStaffRegistered() {
        String id = "banque-" + UUID.randomUUID().toString().substring(0, 8);
        register(token(DEMO, Role.STAFF), null, bank(id, "Banque nouvelle")).expectStatus().isCreated();
        String email = "conseil-" + UUID.randomUUID() + "@example.org";

        createUser(token(DEMO, Role.STAFF), null, email, id).expectStatus().isCreated()
                .expectBody().jsonPath("$.organisationId").isEqualTo(id);
    }

    private String otherIncubator() {
        incubators.ensure(new Incubator(new IncubatorId(OTHER), "Autre incubateur")).block();
        return OTHER;
    }

    private String token(String incubator, Role role) {
        var user = new User(new UserId(UUID.randomUUID()), new IncubatorId(incubator), new Email("someone@example.org"),
                new DisplayName("Someone"), Language.FR, Set.of(role), role == Role.BANK ? new OrganisationId("credit-agricole-demo") : null,
                new PasswordHash("{none}"), Instant.now());
        return tokens.issue(user).block().value();
    }

    private static Map<String, Object> bank(String id, String name) {
        return Map.of("id", id, "name", name, "description", Map.of("fr", "Banque régionale", "en", "Regional bank"));
    }

    private WebTestClient.ResponseSpec register(String token, String language, Object body) {
        return web.post().uri("/api/partner-banks").contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    if (language != null) {
                        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
                    }
                })
                .bodyValue(body)
                .exchange();
    }

    private WebTestClient.ResponseSpec createUser(String token, String language, String email, String organisationId) {
        return web.post().uri("/api/auth/users").contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    if (language != null) {
                        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
                    }
                })
                .bodyValue(Map.of("email", email, "password", "a long enough secret", "displayName", "Louis Conseiller",
                        "roles", List.of("BANK"), "organisationId", organisationId))
                .exchange();
    }

    private Document storedBank(String incubator, String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(incubator + "/" + id)), Document.class,
                MongoPartnerBanks.COLLECTION).block();
    }

    private Document storedUser(String email) {
        return mongo.findOne(Query.query(Criteria.where("email").is(email)), Document.class, MongoUsers.COLLECTION).block();
    }
}
