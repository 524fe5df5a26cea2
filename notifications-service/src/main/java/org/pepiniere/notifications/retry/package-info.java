/** When to try again after a failed delivery, shared by emails and webhooks. */
@NullMarked
package org.pepiniere.notifications.retry;

import org.jspecify.annotations.NullMarked;
