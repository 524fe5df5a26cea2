package org.pepiniere.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.decisions.ApplicationDecided;
import org.pepiniere.contracts.decisions.ApplicationDecided.Decision;
import org.pepiniere.contracts.decisions.ApplicationDecided.Disclosure;
import org.pepiniere.embedded.ReceivedMail;
import org.pepiniere.embedded.test.KafkaEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Decisions reach people on the whole stack: the founders' emails in their language, and the demo bank's receiver, which
 * verifies each signature, with the start-up's name and amount only for the founder who consented to share them with it.
 * The decisions are published as the applications service's outbox relay publishes them.
 */
@ExtendWith(SharedStack.class)
class DecisionNoticesIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String DEMO_BANK = DemoBankDecisionWebhooks.BANK_ID;
    private static final String REASONS_FR = "Une équipe complète et un marché bien étudié.";
    private static final String REASONS_EN = "A complete team and a well-studied market.";

    private static Stack stack;
    private static GatewayClient gateway;
    private static KafkaEvents kafka;
    private static DemoBankDecisionWebhooks demoBank;

    @BeforeAll
    static void subscribeTheDemoBankToDecisions(Stack shared) {
        stack = shared;
        gateway = new GatewayClient(stack.gatewayUrl());
        kafka = new KafkaEvents(stack.infrastructure().kafka().bootstrapServers());
        demoBank = DemoBankDecisionWebhooks.subscribed(stack, gateway, "Décisions");
    }

    @Test
    void decisionsReachTheFoundersInTheirLanguageAndTheDemoBankWithTheConsentedFieldsOnly() {
        Founder consenting = Founder.registered("Camille Durand", "fr");
        Founder notConsenting = Founder.registered("Sam Taylor", "en");
        String cohort = "cohorte-" + UUID.randomUUID().toString().substring(0, 8);
        var admitted = decision(consenting, 1, Decision.ADMITTED, cohort, List.of(
                new Disclosure(DEMO_BANK, "Chimie Verte", 15_000_000L, "EUR"),
                new Disclosure("autre-banque", "Chimie Verte", 77_000_000L, "EUR")));
        var rejected = decision(notConsenting, 1, Decision.REJECTED, null, List.of(
                new Disclosure("autre-banque", "Green Solvents", 66_000_000L, "EUR")));

        publish(admitted);
        publish(rejected);

        ReceivedMail french = awaitMail(consenting, 1).get(0);
        assertThat(french.subject()).isEqualTo("Candidature retenue");
        assertThat(french.text()).contains("Bonjour Camille Durand", "« " + cohort + " »", REASONS_FR).doesNotContain(REASONS_EN);
        ReceivedMail english = awaitMail(notConsenting, 1).get(0);
        assertThat(english.subject()).isEqualTo("Application not selected");
        assertThat(english.text()).contains("Hello Sam Taylor", REASONS_EN).doesNotContain(REASONS_FR);

        JsonNode toConsenting = demoBank.awaitAbout(admitted.startupReference());
        assertThat(toConsenting.path("decision").asText()).isEqualTo("ADMITTED");
        assertThat(toConsenting.path("cohortId").asText()).isEqualTo(cohort);
        assertThat(toConsenting.path("sequence").asInt()).isEqualTo(1);
        assertThat(toConsenting.path("disclosure").path("startupName").asText()).isEqualTo("Chimie Verte");
        assertThat(toConsenting.path("disclosure").path("amountSoughtCents").asLong()).isEqualTo(15_000_000L);
        JsonNode toOther = demoBank.awaitAbout(rejected.startupReference());
        assertThat(toOther.path("decision").asText()).isEqualTo("REJECTED");
        assertThat(toOther.path("disclosure").isNull()).isTrue();
        for (Delivery delivery : demoBank.deliveriesAbout(admitted.startupReference(), rejected.startupReference())) {
            assertThat(delivery.body()).doesNotContain("autre-banque", "77000000", "66000000", "Green Solvents", REASONS_FR, REASONS_EN,
                    consenting.id(), notConsenting.id(), consenting.email(), notConsenting.email());
        }
    }

    @Test
    void anOlderDecisionPublishedAfterANewerOneSendsNothing() {
        Founder founder = Founder.registered("Louise Martin", "fr");
        var newer = decision(founder, 2, Decision.ADMITTED, "cohorte-" + UUID.randomUUID().toString().substring(0, 8), List.of());
        publish(newer);
        awaitMail(founder, 1);
        demoBank.awaitAbout(newer.startupReference());

        publish(decision(founder, 1, Decision.REJECTED, null, List.of(), newer));
        // the same application's next correction travels behind the older decision: once it arrived, that one was handled
        publish(decision(founder, 3, Decision.WAITLISTED, null, List.of(), newer));

        await("the correction's email").atMost(EVENTUALLY).until(() -> subjectsTo(founder).contains("Candidature sur liste d'attente"));
        assertThat(subjectsTo(founder)).containsExactlyInAnyOrder("Candidature retenue", "Candidature sur liste d'attente");
        // another endpoint of the demo bank would double each delivery: what counts is which decisions arrived
        await("the correction's webhook").atMost(EVENTUALLY).until(() -> demoBank.sequencesAbout(newer.startupReference()).contains(3));
        assertThat(demoBank.sequencesAbout(newer.startupReference())).containsExactlyInAnyOrder(2, 3);
    }

    private record Founder(String id, String incubatorId, String name, String email) {

        static Founder registered(String name, String language) {
            String email = "fondatrice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            String password = "un-mot-de-passe-solide";
            GatewayClient.Answer registered = gateway.post("/api/auth/register", null,
                    Map.of("email", email, "password", password, "displayName", name, "language", language));
            assertThat(registered.status()).as(registered.body()).isEqualTo(202);
            JsonNode claims = RelayedEvents.claims(gateway.login(email, password));
            return new Founder(claims.path("sub").asText(), claims.path("incubatorId").asText(), name, email);
        }
    }

    private static ApplicationDecided decision(Founder founder, int sequence, Decision decision, String cohortId,
            List<Disclosure> disclosures) {
        String applicationId = "app-" + UUID.randomUUID();
        return new ApplicationDecided(UUID.randomUUID().toString(), applicationId, Instant.now(), founder.incubatorId(), "call-notices",
                sequence, decision, cohortId, "su-" + UUID.randomUUID(), founder.id(), REASONS_FR, REASONS_EN, disclosures);
    }

    /** A later or earlier decision on the application {@code same} decided. */
    private static ApplicationDecided decision(Founder founder, int sequence, Decision decision, String cohortId,
            List<Disclosure> disclosures, ApplicationDecided same) {
        return new ApplicationDecided(UUID.randomUUID().toString(), same.applicationId(), Instant.now(), founder.incubatorId(),
                same.callId(), sequence, decision, cohortId, same.startupReference(), founder.id(), REASONS_FR, REASONS_EN, disclosures);
    }

    private static void publish(ApplicationDecided decided) {
        kafka.send(Topics.APPLICATIONS,
                RelayedEvents.relayed("applications-service", EventTypes.APPLICATION_DECIDED, decided.applicationId(), decided));
    }

    private static List<String> subjectsTo(Founder founder) {
        return stack.infrastructure().smtp().receivedBy(founder.email()).stream().map(ReceivedMail::subject).toList();
    }

    private static List<ReceivedMail> awaitMail(Founder founder, int count) {
        return await("emails to " + founder.email()).atMost(EVENTUALLY)
                .until(() -> stack.infrastructure().smtp().receivedBy(founder.email()), mails -> mails.size() >= count);
    }
}
