package org.pepiniere.notifications.email;

/** @param emailId stable across attempts, so the message id lets mail clients drop a duplicate */
public record OutgoingEmail(String emailId, String toAddress, String toName, RenderedEmail content) {
}
