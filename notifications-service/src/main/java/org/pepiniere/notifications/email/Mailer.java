package org.pepiniere.notifications.email;

import reactor.core.publisher.Mono;

/** Hands an email to the mail relay; fails when the relay refused it or could not be reached. */
public interface Mailer {

    Mono<Void> send(OutgoingEmail email);
}
