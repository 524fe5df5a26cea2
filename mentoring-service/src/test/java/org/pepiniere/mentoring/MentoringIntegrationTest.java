package org.pepiniere.mentoring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/** The whole service on the shared embedded Kafka and MongoDB; every class so annotated shares one application context. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EmbeddedInfrastructure
@SpringBootTest(classes = MentoringApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.listener.poll-timeout=200ms", "pepiniere.kafka.retry.interval=50ms"})
// the first requests of a cold service on a busy machine (the API document above all) may take longer than 5 s
@AutoConfigureWebTestClient(timeout = "PT30S")
public @interface MentoringIntegrationTest {
}
