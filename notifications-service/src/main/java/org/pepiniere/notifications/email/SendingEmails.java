package org.pepiniere.notifications.email;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import org.pepiniere.notifications.people.Newcomers;
import org.pepiniere.notifications.people.People;
import org.pepiniere.notifications.people.Person;
import org.pepiniere.notifications.retry.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * Queues emails and sends them. A new email is tried at once, in the background; a failed one is
 * tried again by the sweep after its back-off; one whose recipient is not in the projection yet
 * waits, and the arrival of that person wakes it.
 */
public final class SendingEmails implements Newcomers {

    private static final Logger log = LoggerFactory.getLogger(SendingEmails.class);

    private static final int SWEEP_BATCH = 100;
    private static final int PARALLEL_SENDS = 2;

    private final Emails emails;
    private final People people;
    private final Mailer mailer;
    private final EmailSettings settings;
    private final Supplier<String> leases;
    private final Clock clock;

    public SendingEmails(Emails emails, People people, Mailer mailer, EmailSettings settings, Supplier<String> leases, Clock clock) {
        this.emails = emails;
        this.people = people;
        this.mailer = mailer;
        this.settings = settings;
        this.leases = leases;
        this.clock = clock;
    }

    /**
     * Stores the email (once per id, however often it is queued) already held by its first attempt, which then
     * starts without reading it back.
     */
    public Mono<Void> enqueue(Email email) {
        String lease = leases.get();
        var held = email.heldUntil(clock.instant().plus(settings.lease()));
        return emails.add(held, lease)
                .flatMap(added -> added ? Background.start("Email " + email.id(), attempt(held, lease)) : Mono.<Void>empty());
    }

    /** Sends every email whose attempt is due; emits how many were tried. */
    public Mono<Long> sweep() {
        var now = clock.instant();
        return emails.due(now, SWEEP_BATCH)
                .flatMap(id -> attemptIfDue(id).thenReturn(id), PARALLEL_SENDS)
                .count();
    }

    @Override
    public Mono<Void> arrived(Person person) {
        return emails.waitingFor(person.incubatorId(), person.id())
                .concatMap(id -> {
                    String lease = leases.get();
                    return Background.start("Email " + id,
                            emails.claimWaiting(id, clock.instant().plus(settings.lease()), lease).flatMap(email -> attempt(email, lease)));
                })
                .then();
    }

    Mono<Void> attemptIfDue(String id) {
        var now = clock.instant();
        String lease = leases.get();
        return emails.claimDue(id, now, now.plus(settings.lease()), lease).flatMap(email -> attempt(email, lease));
    }

    private Mono<Void> attempt(Email email, String lease) {
        return people.find(email.incubatorId(), email.recipientId())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(person -> person.isPresent()
                        ? send(email, person.get())
                        : Mono.just(email.recipientUnknown(settings, clock.instant())))
                .flatMap(outcome -> emails.update(outcome, lease))
                // handle, not doOnNext: it puts the correlation id of the Reactor context in the MDC
                .handle((written, sink) -> {
                    if (!written) {
                        log.warn("Email {} attempt ended after its lease: outcome dropped", email.id());
                    }
                    sink.complete();
                })
                .then();
    }

    private Mono<Email> send(Email email, Person person) {
        return Mono.fromCallable(() -> EmailTemplates.render(email.template(), person.language(), person.displayName(), email.parameters()))
                .map(content -> new OutgoingEmail(email.id(), person.email(), person.displayName(), content))
                .flatMap(mailer::send)
                .then(Mono.fromCallable(() -> email.sent(clock.instant())))
                .onErrorResume(e -> Mono.just(email.failed(describe(e), settings, clock.instant())).handle((failed, sink) -> {
                    log.warn("Email {} not sent (attempt {}, now {}): {}", email.id(), failed.failedAttempts(), failed.status(), failed.lastError());
                    sink.next(failed);
                }));
    }

    private static String describe(Throwable e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
