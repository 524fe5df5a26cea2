package org.pepiniere.notifications.feed.web;

/** How many of the caller's notifications they have not read yet: the badge of the portal. */
record UnreadCount(long unread) {
}
