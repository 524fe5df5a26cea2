package org.pepiniere.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.pepiniere.contracts.EventTypes;
import org.pepiniere.contracts.Topics;
import org.pepiniere.contracts.applications.ApplicationSubmitted;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.contracts.identity.UserRegistered;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestEvents;
import org.pepiniere.embedded.test.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.cloudevents.CloudEvent;

/**
 * The running service against the embedded Kafka, MongoDB and SMTP, with short retry delays and the
 * local webhook receiver's host name allow-listed. Every test works in an incubator of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "pepiniere.webhooks.allowed-hosts=" + TestNames.RECEIVER,
    "pepiniere.webhooks.retry-delays=300ms,300ms,300ms",
    "pepiniere.webhooks.sweep-interval=200ms",
    "pepiniere.webhooks.response-timeout=2s",
    "pepiniere.mail.recipient-wait=500ms",
    "pepiniere.mail.retry-delays=300ms",
    "pepiniere.mail.sweep-interval=200ms",
    "pepiniere.kafka.partitions=1",
    "pepiniere.kafka.retry.interval=100ms",
})
// The first API document is built on demand; on a loaded two-core machine that takes longer than the default 5 s.
@AutoConfigureWebTestClient(timeout = "30s")
@EmbeddedInfrastructure
@Import(TestNames.class)
public abstract class NotificationsTestBase {

    @Autowired
    protected WebTestClient web;

    protected final String incubatorId = "incubator-" + UUID.randomUUID();

    protected TestUser founder(String language) {
        String id = UUID.randomUUID().toString();
        return new TestUser(id, incubatorId, Set.of(Role.FOUNDER), null, "founder-" + id + "@pepiniere.test", "Camille Martin", language);
    }

    protected TestUser bank(String organisationId) {
        String id = UUID.randomUUID().toString();
        return new TestUser(id, incubatorId, Set.of(Role.BANK), organisationId, "bank-" + id + "@pepiniere.test", "Banque", "fr");
    }

    protected static CloudEvent userRegistered(TestUser user) {
        var data = new UserRegistered(UUID.randomUUID().toString(), user.userId(), Instant.now(), user.incubatorId(), user.email(),
                user.name(), user.lang(), user.roles(), user.organisationId());
        return TestEvents.event(EventTypes.USER_REGISTERED, user.userId(), user.incubatorId(), data);
    }

    protected static CloudEvent applicationSubmitted(TestUser founder, String applicationId, String startupName) {
        var data = new ApplicationSubmitted(UUID.randomUUID().toString(), applicationId, Instant.now(), founder.incubatorId(), null,
                founder.userId(), startupName, "CHEMISTRY", "PROTOTYPE", 5_000_000L, "EUR");
        return TestEvents.event(EventTypes.APPLICATION_SUBMITTED, applicationId, founder.incubatorId(), data);
    }

    protected static void publishIdentity(CloudEvent event) {
        TestEvents.publish(Topics.IDENTITY, event);
    }

    protected static void publishApplication(CloudEvent event) {
        TestEvents.publish(Topics.APPLICATIONS, event);
    }

    protected static void publishApplications(List<CloudEvent> events) {
        TestEvents.publishAll(Topics.APPLICATIONS, events);
    }

    protected WebTestClient.ResponseSpec postEndpoint(TestUser bank, Object body) {
        return web.post().uri("/api/webhooks/endpoints")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bank.token())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    protected String registerEndpoint(TestUser bank, String url) {
        var created = postEndpoint(bank, Map.of("url", url, "eventTypes", List.of(EventTypes.APPLICATION_SUBMITTED)))
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("id");
    }
}
