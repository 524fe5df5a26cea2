package org.pepiniere.notifications.email;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

final class InMemoryEmails implements Emails {

    final Map<String, Email> emails = new ConcurrentHashMap<>();
    private final Map<String, String> leases = new ConcurrentHashMap<>();

    @Override
    public synchronized Mono<Boolean> add(Email email, @Nullable String lease) {
        boolean added = emails.putIfAbsent(email.id(), email) == null;
        if (added && lease != null) {
            leases.put(email.id(), lease);
        }
        return Mono.just(added);
    }

    @Override
    public Mono<Email> claimDue(String id, Instant now, Instant leaseUntil, String lease) {
        return claim(id, email -> !email.nextAttemptAt().isAfter(now), leaseUntil, lease);
    }

    @Override
    public Mono<Email> claimWaiting(String id, Instant leaseUntil, String lease) {
        return claim(id, Email::waitingForRecipient, leaseUntil, lease);
    }

    private synchronized Mono<Email> claim(String id, Predicate<Email> condition, Instant leaseUntil, String lease) {
        var email = emails.get(id);
        if (email == null || email.status() != EmailStatus.PENDING || !condition.test(email)) {
            return Mono.empty();
        }
        var claimed = email.heldUntil(leaseUntil);
        emails.put(id, claimed);
        leases.put(id, lease);
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
    public synchronized Mono<Boolean> update(Email email, String lease) {
        var stored = emails.get(email.id());
        if (stored.status() != EmailStatus.PENDING || !Objects.equals(leases.get(email.id()), lease)) {
            return Mono.just(false);
        }
        emails.put(email.id(), email);
        leases.remove(email.id());
        return Mono.just(true);
    }
}
