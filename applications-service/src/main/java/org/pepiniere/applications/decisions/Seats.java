package org.pepiniere.applications.decisions;

import java.util.List;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The seats of each cohort, one record per cohort holding its seats and how many are taken. Every change is one
 * conditional write of that record, so two admissions into the last seat cannot both get it.
 */
public interface Seats {

    /** Whether the cohort's record exists; it is opened once, with the admissions made before seats were kept. */
    Mono<Boolean> isOpen(String incubatorId, String cohortId);

    /** Makes the cohort's record holding {@code already} if it has none; does nothing to an existing one. */
    Mono<Void> open(String incubatorId, String cohortId, List<Seat> already);

    /**
     * Takes a seat for {@code seat.applicationId()} if fewer than {@code capacity} are taken (no limit when null);
     * true when it holds one, taken now or by an earlier try of the same application, false when the cohort is full.
     */
    Mono<Boolean> take(String incubatorId, String cohortId, Seat seat, @Nullable Integer capacity);

    Flux<Seat> held(String incubatorId, String cohortId);

    /** Frees the application's seat; nothing when it holds none, so freeing twice frees once. */
    Mono<Boolean> free(String incubatorId, String cohortId, String applicationId);

    /** How many seats are taken, zero for a cohort whose record is not open yet. */
    Mono<Integer> taken(String incubatorId, String cohortId);
}
