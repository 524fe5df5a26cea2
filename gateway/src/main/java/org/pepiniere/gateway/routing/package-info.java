/**
 * Routing: each request under a service's paths goes to that service, with the caller's token and
 * correlation id, behind a circuit breaker, a time limit and a size limit.
 */
@NullMarked
package org.pepiniere.gateway.routing;

import org.jspecify.annotations.NullMarked;
