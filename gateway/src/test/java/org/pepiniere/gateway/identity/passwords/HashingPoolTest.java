package org.pepiniere.gateway.identity.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pepiniere.gateway.identity.HashingBusy;
import org.pepiniere.gateway.identity.Password;

import reactor.core.scheduler.Scheduler;
import reactor.test.StepVerifier;

class HashingPoolTest {

    private final Scheduler tiny = HashingPool.of(1, 1);
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4, tiny);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        tiny.dispose();
    }

    @Test
    void refusesHashingAtOnceWhenEveryThreadIsBusyAndTheQueueIsFull() {
        tiny.schedule(this::holdTheThread);
        tiny.schedule(this::holdTheThread);

        StepVerifier.create(hasher.hash(new Password("correct horse battery")))
                .expectError(HashingBusy.class)
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void refusesAComparisonTooSoThatALoginIsNotQueuedWithoutEnd() {
        tiny.schedule(this::holdTheThread);
        tiny.schedule(this::holdTheThread);

        StepVerifier.create(hasher.matchesNothing(new Password("correct horse battery")))
                .expectError(HashingBusy.class)
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void hashesAgainOnceTheThreadIsFree() {
        tiny.schedule(this::holdTheThread);
        release.countDown();

        StepVerifier.create(hasher.hash(new Password("correct horse battery")))
                .assertNext(hash -> assertThat(hash.value()).startsWith("{bcrypt-sha256}"))
                .verifyComplete();
    }

    private void holdTheThread() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
