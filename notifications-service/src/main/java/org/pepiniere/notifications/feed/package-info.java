/** The in-app feed: each person's notifications, rendered in the reader's language when read. */
@NullMarked
package org.pepiniere.notifications.feed;

import org.jspecify.annotations.NullMarked;
