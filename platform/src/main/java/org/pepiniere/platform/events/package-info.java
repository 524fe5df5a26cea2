/**
 * Events in: the CloudEvents mapping and the {@link org.pepiniere.platform.events.IdempotentConsumer}
 * through which every listener hands its events to a handler, once, in each aggregate's order, after
 * the tenant check.
 */
package org.pepiniere.platform.events;
