package org.pepiniere.platform.outbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.pepiniere.embedded.KafkaBroker;
import org.pepiniere.embedded.MongoWireServer;
import org.pepiniere.platform.events.CloudEventMapping;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.reactivestreams.client.MongoClients;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;

/**
 * Prints what the outbox costs on the embedded MongoDB-wire server: the time of one sweep over a
 * collection of documents with nothing pending, and the MongoDB round trips per published event.
 * Not a test: run it with {@code -Dexec.mainClass} or from an IDE; timings on a shared machine vary.
 * Arguments: number of stored documents (default 100000), {@code h2} to use the file store.
 */
public final class OutboxSweepCost {

    static final String COLLECTION = "things";
    static final String TOPIC = "pepiniere.sweep-cost.v1";

    public static void main(String[] args) throws Exception {
        int stored = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean h2 = args.length > 1 && args[1].equals("h2");
        Path dir = Files.createTempDirectory("outbox-sweep-cost");
        try (var mongoServer = h2 ? MongoWireServer.persistent(dir.resolve("mongo"), 0) : MongoWireServer.inMemory(0);
                var broker = KafkaBroker.start(dir.resolve("kafka"), 0, 0)) {
            Map<String, AtomicLong> commands = new ConcurrentHashMap<>();
            var counting = new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    commands.computeIfAbsent(event.getCommandName(), name -> new AtomicLong()).incrementAndGet();
                }
            };
            var settings = MongoClientSettings.builder().applyConnectionString(new ConnectionString(mongoServer.connectionString()))
                    .addCommandListener(counting).build();
            var mongo = new ReactiveMongoTemplate(MongoClients.create(settings), "sweep-cost");
            var observer = new ReactiveMongoTemplate(MongoClients.create(mongoServer.connectionString()), "sweep-cost");
            var kafka = new KafkaTemplate<String, CloudEvent>(new DefaultKafkaProducerFactory<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class,
                    ProducerConfig.ACKS_CONFIG, "all")));
            var relay = new OutboxRelay(mongo, kafka, CloudEventMapping.source("sweep-cost"), List.of(),
                    Duration.ofSeconds(5), 5, Clock.systemUTC());
            var outbox = new Outbox(tools.jackson.databind.json.JsonMapper.builder().build(), Clock.systemUTC(), relay);

            long started = System.nanoTime();
            for (int batch = 0; batch < stored; batch += 1000) {
                var documents = new ArrayList<Document>();
                for (int i = batch; i < Math.min(stored, batch + 1000); i++) {
                    documents.add(new Document("_id", "past-" + i).append("name", "application " + i).append("status", "SUBMITTED"));
                }
                observer.insertAll(Mono(documents), COLLECTION).blockLast();
            }
            System.out.printf("stored %,d documents without pending events in %d ms (%s)%n", stored,
                    (System.nanoTime() - started) / 1_000_000, h2 ? "H2 file store" : "memory");

            for (int round = 1; round <= 5; round++) {
                commands.clear();
                long t0 = System.nanoTime();
                Long sent = relay.sweep().block();
                System.out.printf("sweep %d: %d ms, %d sent, commands %s%n", round, (System.nanoTime() - t0) / 1_000_000, sent, commands);
            }

            int events = 300;
            var ids = new ArrayList<String>();
            for (int i = 0; i < events; i++) {
                ids.add("new-" + UUID.randomUUID());
            }
            commands.clear();
            long t0 = System.nanoTime();
            for (String id : ids) {
                var message = new OutboxMessage(UUID.randomUUID().toString(), TOPIC, "org.pepiniere.thing.created.v1", id,
                        "incubator-a", Instant.now(), "{\"name\":\"compost\"}", null, null);
                PublishPath.write(mongo, outbox, COLLECTION, id, message).block();
            }
            var pending = Query.query(Criteria.where(Outbox.FIELD + ".0").exists(true).and("_id").in(ids));
            while (observer.count(pending, COLLECTION).block() > 0) {
                Thread.sleep(20);
            }
            long took = (System.nanoTime() - t0) / 1_000_000;
            long total = commands.values().stream().mapToLong(AtomicLong::get).sum();
            System.out.printf("published %d events one write at a time in %d ms: %.2f MongoDB round trips per event %s%n",
                    events, took, (double) total / events, commands);
            relay.stop();
            kafka.destroy();
        }
    }

    private static reactor.core.publisher.Mono<List<Document>> Mono(List<Document> documents) {
        return reactor.core.publisher.Mono.just(documents);
    }

    private OutboxSweepCost() {
    }
}
