package org.pepiniere.notifications.webhooks;

public enum DeliveryStatus {
    PENDING, SUCCEEDED,
    /** Every attempt of the schedule failed. */
    FAILED,
    /** Its endpoint was removed before it succeeded: no further attempt. */
    CANCELLED
}
