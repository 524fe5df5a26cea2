/**
 * Events out: a service stores its events in an {@code outbox} array of the aggregate's own
 * document, in the same single-document write as the state change, through
 * {@link org.pepiniere.platform.outbox.Outbox#store}; the {@link org.pepiniere.platform.outbox.OutboxRelay}
 * publishes them at once and sweeps, from the {@code outbox_pending} marks, what a crash or an
 * outage left. Collections: {@code outbox_pending} (documents that may hold unpublished events) and
 * {@code outbox_parked} (events no longer retried).
 */
package org.pepiniere.platform.outbox;
