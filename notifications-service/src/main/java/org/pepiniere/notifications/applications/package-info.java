/** What the service does when an application event arrives: email, feed entry and partner webhooks. */
@NullMarked
package org.pepiniere.notifications.applications;

import org.jspecify.annotations.NullMarked;
