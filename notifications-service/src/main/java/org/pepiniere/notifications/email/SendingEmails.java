package org.pepiniere.notifications.email;

import java.time.Clock;
import java.util.Optional;

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
    private final Clock clock;

    public SendingEmails(Emails emails, People people, Mailer mailer, EmailSettings settings, Clock clock) {
        this.emails = emails;
        this.people = people;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    /** Stores the email (once per id, however often it is queued) and starts its first attempt. */
    public Mono<Void> enqueue(Email email) {
        return emails.add(email)
                .flatMap(added -> added ? Background.start("Email " + email.id(), attemptIfDue(email.id())) : Mono.<Void>empty());
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
                .concatMap(id -> Background.start("Email " + id,
                        attempt(emails.claimWaiting(id, clock.instant().plus(settings.lease())))))
                .then();
    }

    Mono<Void> attemptIfDue(String id) {
        var now = clock.instant();
        return attempt(emails.claimDue(id, now, now.plus(settings.lease())));
    }

    private Mono<Void> attempt(Mono<Email> claimed) {
        return claimed.flatMap(email -> people.find(email.incubatorId(), email.recipientId())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(person -> person.isPresent()
                        ? send(email, person.get())
                        : emails.update(email.recipientUnknown(settings, clock.instant()))));
    }

    private Mono<Void> send(Email email, Person person) {
        return Mono.fromCallable(() -> EmailTemplates.render(email.template(), person.language(), person.displayName(), email.parameters()))
                .map(content -> new OutgoingEmail(email.id(), person.email(), person.displayName(), content))
                .flatMap(mailer::send)
                .then(Mono.fromCallable(() -> email.sent(clock.instant())))
                .onErrorResume(e -> {
                    var failed = email.failed(describe(e), settings, clock.instant());
                    log.warn("Email {} not sent (attempt {}, now {}): {}", email.id(), failed.failedAttempts(), failed.status(), failed.lastError());
                    return Mono.just(failed);
                })
                .flatMap(emails::update);
    }

    private static String describe(Throwable e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
