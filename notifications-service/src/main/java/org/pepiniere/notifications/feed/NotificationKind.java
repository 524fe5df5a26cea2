package org.pepiniere.notifications.feed;

/** What a notification is about; its {@link #type()} is what clients see. */
public enum NotificationKind {

    APPLICATION_RECEIVED("application-received"),
    APPLICATION_WITHDRAWN("application-withdrawn");

    public static final String STARTUP_NAME = "startupName";

    private final String type;

    NotificationKind(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }
}
