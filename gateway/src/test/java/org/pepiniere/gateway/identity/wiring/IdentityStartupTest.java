package org.pepiniere.gateway.identity.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import reactor.core.publisher.Mono;

@ExtendWith(OutputCaptureExtension.class)
class IdentityStartupTest {

    private static final String WARNING = "The demo accounts are enabled";

    private IdentityStartup startup;

    @AfterEach
    void stop() {
        startup.destroy();
    }

    @Test
    void warnsThatTheDemoAccountsAreOnWhenAskedForThem(CapturedOutput output) {
        startup = new IdentityStartup(Mono.empty(), Mono.just(5L), true);

        startup.onApplicationEvent(ready());

        awaitReady();
        assertThat(output).contains(WARNING).contains("WARN");
    }

    @Test
    void saysNothingOfDemoAccountsByDefault(CapturedOutput output) {
        startup = new IdentityStartup(Mono.empty(), Mono.just(0L), false);

        startup.onApplicationEvent(ready());

        awaitReady();
        assertThat(output).doesNotContain(WARNING);
    }

    private void awaitReady() {
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(startup.health().block().getStatus()).isEqualTo(Status.UP));
    }

    private static ApplicationReadyEvent ready() {
        return new ApplicationReadyEvent(new SpringApplication(), new String[0], null, Duration.ZERO);
    }
}
