package org.pepiniere.notifications.webhooks;

/** Why a request was refused: a stable slug for machines and a sentence for people. */
public record Refusal(String slug, String detail) {
}
