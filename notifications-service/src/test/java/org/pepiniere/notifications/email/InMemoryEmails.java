package org.pepiniere.notifications.email;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

final class InMemoryEmails implements Emails {

    final Map<String, Email> emails = new ConcurrentHashMap<>();

    @Override
    public Mono<Boolean> add(Email email) {
        return Mono.fromSupplier(() -> emails.putIfAbsent(email.id(), email) == null);
    }

    @Override
    public Mono<Email> claimDue(String id, Instant now, Instant leaseUntil) {
        return claim(id, email -> !email.nextAttemptAt().isAfter(now), leaseUntil);
    }

    @Override
    public Mono<Email> claimWaiting(String id, Instant leaseUntil) {
        return claim(id, Email::waitingForRecipient, leaseUntil);
    }

    private synchronized Mono<Email> claim(String id, Predicate<Email> condition, Instant leaseUntil) {
        var email = emails.get(id);
        if (email == null || email.status() != EmailStatus.PENDING || !condition.test(email)) {
            return Mono.empty();
        }
        var claimed = new Email(email.id(), email.incubatorId(), email.recipientId(), email.template(), email.parameters(), email.status(),
                email.failedAttempts(), leaseUntil, false, email.createdAt(), email.sentAt(), email.lastError());
        emails.put(id, claimed);
        return Mono.just(claimed);
    }

    @Override
    public Flux<String> due(Instant now, int limit) {
        return Flux.fromStream(emails.values().stream()
                .filter(email -> email.status() == EmailStatus.PENDING && !email.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(Email::nextAttemptAt)).limit(limit).map(Email::id));
    }

    @Override
    public Flux<String> waitingFor(String incubatorId, String recipientId) {
        return Flux.fromStream(emails.values().stream()
                .filter(email -> email.recipientId().equals(recipientId) && email.incubatorId().equals(incubatorId)
                        && email.status() == EmailStatus.PENDING && email.waitingForRecipient())
                .map(Email::id));
    }

    @Override
    public Mono<Void> update(Email email) {
        return Mono.fromRunnable(() -> emails.put(email.id(), email));
    }
}
