package org.pepiniere.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.contracts.EventExtensions;
import org.pepiniere.contracts.identity.Role;
import org.pepiniere.embedded.test.EmbeddedInfrastructure;
import org.pepiniere.embedded.test.TestIdentity;
import org.pepiniere.platform.PlatformTestApplication;
import org.pepiniere.platform.events.IdempotentConsumer;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.cloudevents.core.builder.CloudEventBuilder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The log lines of a request or an event carry its correlation id, although Reactor restores no thread
 * local around a pipeline's signals (its limited mode): each is written on another thread than the one
 * that received the request or the record.
 */
@EmbeddedInfrastructure
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class CorrelatedLogsTest {

    private static final String FOUNDER = TestIdentity.token("user-1", "incubator-a", Role.FOUNDER);

    /** A log line as written: its text, and the MDC of the thread that wrote it, at that moment. */
    record Line(String text, String thread, Map<String, String> mdc) {
    }

    static final class Lines extends AppenderBase<ILoggingEvent> {
        final List<Line> written = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            written.add(new Line(event.getFormattedMessage(), event.getThreadName(), Map.copyOf(event.getMDCPropertyMap())));
        }
    }

    @Autowired
    WebTestClient web;

    @Autowired
    IdempotentConsumer consumer;

    private final Lines lines = new Lines();

    @BeforeEach
    void listen() {
        lines.start();
        logger(ProblemDetailsAdvice.class).addAppender(lines);
        logger(IdempotentConsumer.class).addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        logger(ProblemDetailsAdvice.class).detachAppender(lines);
        logger(IdempotentConsumer.class).detachAppender(lines);
    }

    @Test
    void anUnexpectedFailureIsLoggedWithTheRequestsCorrelationId() {
        web.get().uri("/api/failure").header("Authorization", "Bearer " + FOUNDER).header("X-Correlation-Id", "corr-500")
                .exchange()
                .expectStatus().isEqualTo(500)
                .expectHeader().valueEquals("X-Correlation-Id", "corr-500")
                .expectBody().jsonPath("$.type").isEqualTo("https://pepiniere.org/problems/internal-error");

        assertThat(lines.written).filteredOn(line -> line.text().startsWith("Unexpected failure on GET /api/failure"))
                .singleElement()
                .satisfies(line -> assertThat(line.mdc()).containsEntry(RequestContext.CORRELATION_ID, "corr-500"))
                .satisfies(line -> assertThat(line.thread()).doesNotStartWith("Test worker").doesNotStartWith("main"));
    }

    @Test
    void aRetryOfAnEventIsLoggedWithTheEventsCorrelationId() {
        var event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/test"))
                .withType("org.pepiniere.test.greeted.v1").withSubject("g-" + UUID.randomUUID())
                .withExtension("incubatorid", "incubator-a").withExtension(EventExtensions.CORRELATION_ID, "corr-event")
                .withData("application/json", "{\"incubatorId\":\"incubator-a\",\"text\":\"bonjour\"}".getBytes())
                .build();
        var attempts = new AtomicInteger();

        StepVerifier.create(consumer.consume(event, e -> Mono.delay(Duration.ofMillis(5))
                .then(attempts.incrementAndGet() < 2 ? Mono.error(new IllegalStateException("SMTP down")) : Mono.empty())))
                .verifyComplete();

        assertThat(lines.written).filteredOn(line -> line.text().startsWith("Retrying event " + event.getId()))
                .singleElement()
                .satisfies(line -> assertThat(line.mdc()).containsEntry(RequestContext.CORRELATION_ID, "corr-event"));
    }

    /** What the features' own log lines rely on: they log from handle, which restores the MDC in the limited mode. */
    @Test
    void handleSeesTheCorrelationIdOfThePipelineOnAnotherThreadAndNothingLeaksAfterIt() {
        String seen = Mono.delay(Duration.ofMillis(5))
                .<String>handle((tick, sink) -> sink.next(String.valueOf(MDC.get(RequestContext.CORRELATION_ID)) + " on "
                        + Thread.currentThread().getName()))
                .contextWrite(new RequestContext("corr-handle", null)::writeTo)
                .block();
        var after = Mono.delay(Duration.ofMillis(5))
                .map(tick -> String.valueOf(MDC.get(RequestContext.CORRELATION_ID)))
                .contextWrite(new RequestContext("corr-map", null)::writeTo)
                .block();

        assertThat(seen).startsWith("corr-handle on parallel-");
        assertThat(after).as("map restores nothing in the limited mode").isEqualTo("null");
    }

    @Test
    void aCorrelatedLineLeavesTheThreadsOwnIdAsItFoundIt() {
        var written = new AtomicInteger();
        MDC.put(RequestContext.CORRELATION_ID, "outer");
        try {
            Correlated.log("inner", () -> {
                assertThat(MDC.get(RequestContext.CORRELATION_ID)).isEqualTo("inner");
                written.incrementAndGet();
            });
            assertThat(MDC.get(RequestContext.CORRELATION_ID)).isEqualTo("outer");
        } finally {
            MDC.remove(RequestContext.CORRELATION_ID);
        }
        Correlated.log("alone", written::incrementAndGet);
        assertThat(MDC.get(RequestContext.CORRELATION_ID)).isNull();
        Correlated.log(reactor.util.context.Context.empty(), written::incrementAndGet);
        assertThat(written).hasValue(3);
    }

    private static Logger logger(Class<?> type) {
        return (Logger) LoggerFactory.getLogger(type);
    }
}
