package org.pepiniere.notifications.email;

/** An email ready to go: a one-line subject, a plain-text part and an HTML part saying the same. */
public record RenderedEmail(String subject, String text, String html) {
}
