package org.pepiniere.embedded.test;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** Real MongoDB and Kafka images; only loaded once Testcontainers is known to be on the classpath. */
final class Containers implements AutoCloseable {

    static final String MONGO_IMAGE = "mongo:8";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private final MongoDBContainer mongo;
    private final KafkaContainer kafka;

    private Containers(MongoDBContainer mongo, KafkaContainer kafka) {
        this.mongo = mongo;
        this.kafka = kafka;
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static Containers start() {
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        try {
            java.util.stream.Stream.of(mongo, kafka).parallel().forEach(container -> container.start());
        } catch (RuntimeException e) {
            mongo.stop();
            kafka.stop();
            throw e;
        }
        return new Containers(mongo, kafka);
    }

    String mongoConnectionString() {
        return mongo.getConnectionString();
    }

    String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public void close() {
        kafka.stop();
        mongo.stop();
    }
}
