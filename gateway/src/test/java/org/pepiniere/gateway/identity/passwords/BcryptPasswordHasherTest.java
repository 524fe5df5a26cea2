package org.pepiniere.gateway.identity.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pepiniere.gateway.identity.Password;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

class BcryptPasswordHasherTest {

    private static final Scheduler HASHING = Schedulers.newBoundedElastic(2, 100, "hashing");
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4, HASHING);

    @AfterAll
    static void stopHashing() {
        HASHING.dispose();
    }

    @Test
    void matchesTheRightPasswordOnly() {
        var hash = hasher.hash(new Password("correct horse battery")).block();

        assertThat(hasher.matches(new Password("correct horse battery"), hash).block()).isTrue();
        assertThat(hasher.matches(new Password("correct horse battery!"), hash).block()).isFalse();
    }

    @Test
    void tellsApartLongPasswordsThatDifferOnlyAfter72Bytes() {
        String common = "é".repeat(40);
        var hash = hasher.hash(new Password(common + "one")).block();

        assertThat(hasher.matches(new Password(common + "two"), hash).block()).isFalse();
        assertThat(hasher.matches(new Password(common + "one"), hash).block()).isTrue();
    }

    @Test
    void saltsEachHash() {
        var first = hasher.hash(new Password("correct horse battery")).block();
        var second = hasher.hash(new Password("correct horse battery")).block();

        assertThat(first).isNotEqualTo(second);
        assertThat(first.value()).startsWith("{bcrypt-sha256}$2a$04$");
    }

    @Test
    void hashesOnItsOwnSchedulerNotOnTheCallersThread() {
        var thread = hasher.hash(new Password("correct horse battery"))
                .map(hash -> Thread.currentThread().getName())
                .block();

        assertThat(thread).startsWith("hashing");
    }

    @Test
    void matchesNothingWhenAskedToPretend() {
        assertThat(hasher.matchesNothing(new Password("correct horse battery")).block()).isFalse();
    }
}
