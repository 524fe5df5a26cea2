package org.pepiniere.applications.scoring;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.pepiniere.applications.jury.AssignedPair;
import org.pepiniere.applications.jury.Assignments;
import org.pepiniere.contracts.scoring.ApplicationReviewCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * After a score is saved: the juror joins the application's scorers, and when every juror assigned it now (as many as
 * the call asks) has scored, one conditional write completes the review with {@code ApplicationReviewCompleted}. Of
 * two last scores at once, both may see all scores in, but only one write finds the review still open.
 * <p>
 * The score is saved before this runs, without a transaction: if this step fails, the score stands, and the juror's
 * next revision, or any other juror's score, runs it again.
 */
public class CompletingReview {

    private static final Logger log = LoggerFactory.getLogger(CompletingReview.class);

    private final Reviews reviews;
    private final Assignments assignments;
    private final Clock clock;
    private final Supplier<String> ids;

    public CompletingReview(Reviews reviews, Assignments assignments, Clock clock, Supplier<String> ids) {
        this.reviews = reviews;
        this.assignments = assignments;
        this.clock = clock;
        this.ids = ids;
    }

    /** Whether this score completed the review; false also when a failure left it for later. */
    public Mono<Boolean> after(Score score, int reviewsPerApplication) {
        return reviews.scoredBy(score.incubatorId(), score.callId(), score.applicationId(), score.jurorId())
                .zipWith(assignments.find(score.incubatorId(), score.callId()))
                .flatMap(t -> {
                    Set<String> jurors = t.getT2().pairs().stream()
                            .filter(pair -> pair.applicationId().equals(score.applicationId()))
                            .map(AssignedPair::jurorId).collect(Collectors.toSet());
                    if (!t.getT1().completedBy(jurors, reviewsPerApplication)) {
                        return Mono.just(false);
                    }
                    var event = new ApplicationReviewCompleted(ids.get(), score.applicationId(), clock.instant(),
                            score.incubatorId(), score.callId(), List.copyOf(jurors.stream().sorted().toList()),
                            reviewsPerApplication);
                    return reviews.complete(score.incubatorId(), score.applicationId(), jurors, event).hasElement();
                })
                .defaultIfEmpty(false)
                // handle puts the correlation id of the Reactor context in the MDC
                .onErrorResume(failure -> Mono.just(failure).handle((error, sink) -> {
                    log.warn("The review of application {} could not be brought up to date after a score", score.applicationId(),
                            error);
                    sink.next(false);
                }));
    }
}
