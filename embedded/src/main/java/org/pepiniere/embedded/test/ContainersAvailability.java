package org.pepiniere.embedded.test;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Whether Testcontainers can run here; says why not when it cannot. */
final class ContainersAvailability {

    private static final Logger log = LoggerFactory.getLogger(ContainersAvailability.class);

    private ContainersAvailability() {
    }

    static boolean check() {
        if (!present("org.testcontainers.DockerClientFactory") || !present("org.testcontainers.kafka.KafkaContainer")
                || !present("org.testcontainers.mongodb.MongoDBContainer")) {
            log.warn("{}=true but Testcontainers (testcontainers-kafka, testcontainers-mongodb) is not on the test classpath: "
                    + "using the embedded Kafka broker and MongoDB wire server instead", SharedInfrastructure.CONTAINERS_PROPERTY);
            return false;
        }
        if (!Containers.dockerAvailable()) {
            log.warn("{}=true but no Docker engine is available: using the embedded Kafka broker and MongoDB wire server instead",
                    SharedInfrastructure.CONTAINERS_PROPERTY);
            return false;
        }
        return true;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ContainersAvailability.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
