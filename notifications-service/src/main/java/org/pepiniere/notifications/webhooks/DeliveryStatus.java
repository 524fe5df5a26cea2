package org.pepiniere.notifications.webhooks;

public enum DeliveryStatus {
    PENDING, SUCCEEDED,
    /** Every attempt of the schedule failed. */
    FAILED
}
