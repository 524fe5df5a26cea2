package org.pepiniere.notifications.webhooks;

/** A delivery whose attempt is due, with the endpoint it goes to, so a sweep can skip endpoints that refuse work. */
public record DueDelivery(String id, String endpointId) {
}
