package org.pepiniere.applications.consent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.pepiniere.applications.ApplicationsService;
import org.pepiniere.applications.consent.Consents;
import org.pepiniere.applications.consent.PartnerBank;
import org.pepiniere.applications.consent.PartnerBanks;
import org.pepiniere.applications.consent.mongo.MongoConsents;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The founder of an application gives or withdraws consent per partner bank of their incubator; they and the
 * incubator's staff read it; nobody else, and never another incubator. Bad input changes nothing.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = ApplicationsService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class ConsentsApiTest {

    static final String DRAFT = """
            {"startupName": "Chlorofil", "summary": "Bio-sourced solvents from vine waste.",
             "sector": "CHEMISTRY", "stage": "PROTOTYPE", "amountSoughtCents": 15000000, "currency": "EUR",
             "team": [{"name": "Camille Martin", "email": "camille@chlorofil.fr", "affiliation": "ENSCM"}]}
            """;

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    PartnerBanks banks;

    @Autowired
    Consents consents;

    final String incubator = "incubator-" + UUID.randomUUID();
    final String founderId = UUID.randomUUID().toString();
    final String founder = TestIdentity.token(founderId, incubator, Role.FOUNDER);
    String application;

    @BeforeEach
    void anApplicationAndTwoBanks() {
        banks.remember(new PartnerBank(incubator, "credit-agricole-demo", "Crédit Agricole (démo)", "Banque démo", "Demo bank")).block();
        banks.remember(new PartnerBank(incubator, "bp-sud", "Banque Populaire du Sud", null, null)).block();
        banks.remember(new PartnerBank("another-incubator", "banque-ailleurs", "Banque d'ailleurs", null, null)).block();
        application = web.post().uri("/api/applications").header("Authorization", "Bearer " + founder)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(DRAFT).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    @Test
    void listsEveryBankOfTheIncubatorNotGrantedUntilTheFounderChooses() {
        read(founder).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].bankId").isEqualTo("bp-sud")
                .jsonPath("$[0].granted").isEqualTo(false)
                .jsonPath("$[0].changedAt").doesNotExist()
                .jsonPath("$[1].name").isEqualTo("Crédit Agricole (démo)")
                .jsonPath("$[1].description.en").isEqualTo("Demo bank");
    }

    @Test
    void givesThenWithdrawsConsentForOneBank() {
        put(founder, "credit-agricole-demo", "{\"granted\": true}").expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.bankId == 'credit-agricole-demo')].granted").isEqualTo(true)
                .jsonPath("$[?(@.bankId == 'bp-sud')].granted").isEqualTo(false);
        assertThat(consents.grantedBanks(incubator, application).block()).containsExactly("credit-agricole-demo");

        put(founder, "credit-agricole-demo", "{\"granted\": false}").expectStatus().isOk();

        assertThat(consents.grantedBanks(incubator, application).block()).isEmpty();
        read(founder).expectBody().jsonPath("$[?(@.bankId == 'credit-agricole-demo')].changedAt").isNotEmpty();
    }

    @Test
    void keepsOneDocumentAndItsTimeWhenTheSameChoiceIsRepeated() {
        put(founder, "bp-sud", "{\"granted\": true}").expectStatus().isOk();
        var first = stored("bp-sud");

        put(founder, "bp-sud", "{\"granted\": true}").expectStatus().isOk();
        put(founder, "bp-sud", "{\"granted\": true}").expectStatus().isOk();

        assertThat(mongo.count(Query.query(Criteria.where("applicationId").is(application)), MongoConsents.COLLECTION).block())
                .isEqualTo(1);
        assertThat(stored("bp-sud")).isEqualTo(first);
    }

    @Test
    void letsStaffOfTheIncubatorReadButNeverChange() {
        put(founder, "bp-sud", "{\"granted\": true}").expectStatus().isOk();
        String staff = TestIdentity.token(UUID.randomUUID().toString(), incubator, Role.STAFF);

        read(staff).expectStatus().isOk().expectBody().jsonPath("$[?(@.bankId == 'bp-sud')].granted").isEqualTo(true);
        put(staff, "bp-sud", "{\"granted\": false}").expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(stored("bp-sud").getBoolean("granted")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"JUROR", "MENTOR", "BANK"})
    void refusesOtherRolesToReadOrChange(Role role) {
        String token = TestIdentity.token(founderId, incubator, role);

        read(token).expectStatus().isForbidden().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        put(token, "bp-sud", "{\"granted\": true}").expectStatus().isForbidden();

        assertThat(stored("bp-sud")).isNull();
    }

    @Test
    void hidesTheApplicationFromAnotherFounder() {
        String other = TestIdentity.token(UUID.randomUUID().toString(), incubator, Role.FOUNDER);

        read(other).expectStatus().isNotFound();
        put(other, "bp-sud", "{\"granted\": true}").expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/not-found");

        assertThat(stored("bp-sud")).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"FOUNDER", "STAFF"})
    void hidesTheApplicationFromAnotherIncubator(Role role) {
        String token = TestIdentity.token(founderId, "another-incubator", role);

        read(token).expectStatus().isNotFound();
        put(token, "banque-ailleurs", "{\"granted\": true}").expectStatus().isEqualTo(role == Role.FOUNDER ? 404 : 403);

        assertThat(mongo.count(Query.query(Criteria.where("applicationId").is(application)), MongoConsents.COLLECTION).block()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "fr | n'est pas une banque partenaire de votre incubateur",
        "en | is not a partner bank of your incubator"})
    void refusesABankThatIsNotAPartnerOfTheIncubator(String language, String reason) {
        for (String bank : List.of("banque-inconnue", "banque-ailleurs")) {
            put(founder, bank, "{\"granted\": true}", language).expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo("bankId")
                    .jsonPath("$.errors[0].reason").isEqualTo(reason);
        }

        assertThat(stored("banque-inconnue")).isNull();
        assertThat(stored("banque-ailleurs")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "{}",
        "{\"granted\": null}",
        "{\"granted\": \"yes\"}",
        "{\"granted\": true, \"bankId\": \"bp-sud\"}",
        "{\"granted\": {\"$ne\": false}}"})
    void refusesABodyThatIsNotOneBooleanAndChangesNothing(String body) {
        put(founder, "bp-sud", body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(stored("bp-sud")).isNull();
    }

    @Test
    void namesTheMissingChoiceInEnglishWhenAsked() {
        put(founder, "bp-sud", "{}", "en").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("granted")
                .jsonPath("$.errors[0].reason").isEqualTo("must be true (share) or false (do not share)");
    }

    private WebTestClient.ResponseSpec read(String token) {
        return web.get().uri("/api/applications/{id}/consents", application).header("Authorization", "Bearer " + token).exchange();
    }

    private WebTestClient.ResponseSpec put(String token, String bank, String body) {
        return put(token, bank, body, "fr");
    }

    private WebTestClient.ResponseSpec put(String token, String bank, String body, String language) {
        return web.put().uri("/api/applications/{id}/consents/{bank}", application, bank)
                .header("Authorization", "Bearer " + token).header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private Document stored(String bank) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(application + "/" + bank)), Document.class,
                MongoConsents.COLLECTION).block();
    }
}
