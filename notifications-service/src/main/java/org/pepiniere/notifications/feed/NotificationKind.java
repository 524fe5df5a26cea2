package org.pepiniere.notifications.feed;

/** What a notification is about; its {@link #type()} is what clients see. */
public enum NotificationKind {

    APPLICATION_RECEIVED("application-received"),
    APPLICATION_WITHDRAWN("application-withdrawn"),
    APPLICATION_DECIDED("application-decided");

    public static final String STARTUP_NAME = "startupName";
    public static final String DECISION = "decision";
    public static final String COHORT_ID = "cohortId";
    public static final String REASONS_FR = "reasonsFr";
    public static final String REASONS_EN = "reasonsEn";

    private final String type;

    NotificationKind(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }
}
