package org.pepiniere.notifications.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = RetrySchedule.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2));

    @Test
    void waitsTheDelayOfEachFailureInTurn() {
        assertThat(schedule.after(1)).contains(Duration.ofSeconds(5));
        assertThat(schedule.after(2)).contains(Duration.ofSeconds(30));
        assertThat(schedule.after(3)).contains(Duration.ofMinutes(2));
    }

    @Test
    void givesUpOnceEveryDelayIsUsed() {
        assertThat(schedule.after(4)).isEmpty();
        assertThat(schedule.maxAttempts()).isEqualTo(4);
    }

    @Test
    void refusesAnEmptyOrNonPositiveSchedule() {
        assertThatThrownBy(RetrySchedule::of).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetrySchedule.of(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
