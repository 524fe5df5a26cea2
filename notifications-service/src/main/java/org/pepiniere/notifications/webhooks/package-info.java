/** Partner webhooks: endpoints of the banks, signed deliveries with durable retries, and the guard against internal targets. */
@NullMarked
package org.pepiniere.notifications.webhooks;

import org.jspecify.annotations.NullMarked;
