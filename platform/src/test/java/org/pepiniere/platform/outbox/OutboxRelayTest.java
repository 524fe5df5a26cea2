package org.pepiniere.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventExtensions;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.PublishedEvents;
import org.pepiniere.platform.PlatformTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

@EmbeddedInfrastructure
@SpringBootTest(classes = PlatformTestApplication.class)
class OutboxRelayTest {

    static final String TOPIC = "pepiniere.platform-test.v1";
    static final String COLLECTION = "things";

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    OutboxHealthIndicator health;

    @Autowired
    MeterRegistry meters;

    @Test
    void publishesTheEventsOfAWriteInOrderAsCloudEventsThenEmptiesTheOutbox() {
        String id = UUID.randomUUID().toString();
        var first = message(id, "org.pepiniere.thing.created.v1", "corr-1");
        var second = message(id, "org.pepiniere.thing.renamed.v1", "corr-1");

        outbox.store(COLLECTION, id, List.of(first, second), () -> insert(id, first, second)).block();

        await().until(() -> PublishedEvents.all(TOPIC).stream().filter(e -> id.equals(e.getSubject())).count() >= 2);
        // at least once: a duplicate may follow, but the first sends keep the aggregate's order
        var events = PublishedEvents.all(TOPIC).stream().filter(e -> id.equals(e.getSubject())).distinct().toList();
        assertThat(events.stream().map(e -> e.getId()).distinct()).containsExactly(first.eventId(), second.eventId());
        var created = events.get(0);
        assertThat(created.getType()).isEqualTo("org.pepiniere.thing.created.v1");
        assertThat(created.getSource().toString()).isEqualTo("/pepiniere/platform-test");
        assertThat(created.getExtension(EventExtensions.INCUBATOR_ID)).isEqualTo("incubator-a");
        assertThat(created.getExtension(EventExtensions.CORRELATION_ID)).isEqualTo("corr-1");
        assertThat(new String(created.getData().toBytes())).isEqualTo("{\"name\":\"compost\"}");
        assertThat(PublishedEvents.records(TOPIC).stream().filter(r -> id.equals(r.key())).count()).isGreaterThanOrEqualTo(2);
        await().until(() -> outbox(id).isEmpty() && !marked(id));
    }

    @Test
    void publishesABurstOfWritesThenEmptiesTheirOutboxesAndMarks() {
        var ids = java.util.stream.IntStream.range(0, 30).mapToObj(i -> UUID.randomUUID().toString()).toList();
        String twice = ids.get(0);
        var messages = ids.stream().map(id -> message(id, "org.pepiniere.thing.created.v1", null)).toList();
        var again = message(twice, "org.pepiniere.thing.renamed.v1", null);

        // side by side, so that their marks, unmarks and removals go in shared bulk commands; two writes of one document among them
        reactor.core.publisher.Flux.concat(reactor.core.publisher.Flux.fromIterable(messages), Mono.just(again))
                .flatMap(message -> PublishPath.write(mongo, outbox, COLLECTION, message.subject(), message))
                .blockLast();

        await().until(() -> messages.stream().allMatch(m -> PublishedEvents.find(TOPIC, m.type(), m.subject()).isPresent())
                && PublishedEvents.find(TOPIC, again.type(), twice).isPresent());
        await().until(() -> ids.stream().allMatch(id -> outbox(id).isEmpty() && !marked(id)));
    }

    @Test
    void sweepsWhatACrashLeftBehind() {
        String id = UUID.randomUUID().toString();
        var left = message(id, "org.pepiniere.thing.created.v1", null);

        // the write went through store, but the service died before its kick
        relay.markPending(COLLECTION, id, "crashed").then(insert(id, left)).block();

        await().until(() -> PublishedEvents.find(TOPIC, left.type(), id).isPresent());
        await().until(() -> outbox(id).isEmpty() && !marked(id));
        assertThat(mongo.findById(id, Document.class, COLLECTION).block().getString("name")).isEqualTo("compost");
    }

    @Test
    void sweepsTheOtherDocumentsWhenOneKeepsFailing() {
        String broken = UUID.randomUUID().toString();
        String sound = UUID.randomUUID().toString();
        var good = message(sound, "org.pepiniere.thing.created.v1", null);
        relay.markPending(COLLECTION, broken, "crashed").then(insertRaw(broken, unpublishable())).block();

        relay.markPending(COLLECTION, sound, "crashed").then(insert(sound, good)).block();

        await().until(() -> PublishedEvents.find(TOPIC, good.type(), sound).isPresent());
    }

    @Test
    void parksAnEventThatKeepsFailingAndPublishesTheNextOneOfItsDocument() {
        String id = UUID.randomUUID().toString();
        var next = message(id, "org.pepiniere.thing.renamed.v1", null);
        var stuck = unpublishable();

        relay.markPending(COLLECTION, id, "crashed").then(insertRaw(id, stuck, entry(next))).block();

        await().until(() -> PublishedEvents.find(TOPIC, next.type(), id).isPresent());
        await().until(() -> outbox(id).isEmpty() && !marked(id));
        var parked = mongo.findById(id, Document.class, COLLECTION).block().getList(ParkedEvents.FIELD, Document.class);
        assertThat(parked).singleElement().satisfies(event -> {
            assertThat(event.getString("eventId")).isEqualTo(stuck.getString("eventId"));
            assertThat(event.getString("error")).contains("NullPointerException");
        });
        await().until(() -> relay.status().parked() >= 1);
        assertThat(health.health().getDetails()).containsKey("parked");
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
        assertThat(meters.get("pepiniere.outbox.parked").gauge().value()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void unmarksADocumentWhoseWriteStoredNothing() {
        String id = UUID.randomUUID().toString();

        outbox.store(COLLECTION, id, List.of(message(id, "org.pepiniere.thing.created.v1", null)), Mono::empty).block();

        assertThat(marked(id)).isFalse();
    }

    private static OutboxMessage message(String subject, String type, String correlationId) {
        return new OutboxMessage(UUID.randomUUID().toString(), TOPIC, type, subject, "incubator-a", Instant.now(),
                "{\"name\":\"compost\"}", correlationId, null);
    }

    /** An event stored without its data, as a bug could store it: it can never be sent. */
    private static Document unpublishable() {
        return new Document("eventId", UUID.randomUUID().toString()).append("topic", TOPIC)
                .append("type", "org.pepiniere.thing.broken.v1").append("incubatorId", "incubator-a")
                .append("occurredAt", java.util.Date.from(Instant.now()));
    }

    private Document entry(OutboxMessage message) {
        var doc = new Document();
        mongo.getConverter().write(message, doc);
        doc.remove("_class");
        return doc;
    }

    private Mono<Document> insert(String id, OutboxMessage... messages) {
        return insertRaw(id, Arrays.stream(messages).map(this::entry).toArray(Document[]::new));
    }

    private Mono<Document> insertRaw(String id, Document... entries) {
        return mongo.insert(new Document("_id", id).append("name", "compost").append(Outbox.FIELD, List.of(entries)), COLLECTION);
    }

    private List<?> outbox(String id) {
        return mongo.findById(id, Document.class, COLLECTION).block().getList(Outbox.FIELD, Object.class);
    }

    private boolean marked(String id) {
        return mongo.findById(PendingMarkers.id(COLLECTION, id), Document.class, PendingMarkers.COLLECTION).blockOptional().isPresent();
    }
}
