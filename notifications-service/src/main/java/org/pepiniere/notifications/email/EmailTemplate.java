package org.pepiniere.notifications.email;

import java.util.List;

/** The kinds of email this service writes, with the parameters each one needs. */
public enum EmailTemplate {

    /** To a founder, once their application is submitted. */
    APPLICATION_RECEIVED(List.of(EmailTemplate.STARTUP_NAME)),

    /** To a founder, once they have withdrawn their application. */
    APPLICATION_WITHDRAWN(List.of(EmailTemplate.STARTUP_NAME)),

    /** To a founder, once staff decided their application (or corrected the decision). */
    APPLICATION_DECIDED(List.of(EmailTemplate.DECISION, EmailTemplate.COHORT_ID, EmailTemplate.REASONS_FR, EmailTemplate.REASONS_EN));

    public static final String STARTUP_NAME = "startupName";
    /** {@code ADMITTED}, {@code WAITLISTED} or {@code REJECTED}. */
    public static final String DECISION = "decision";
    /** The cohort of an admission; empty otherwise. */
    public static final String COHORT_ID = "cohortId";
    public static final String REASONS_FR = "reasonsFr";
    public static final String REASONS_EN = "reasonsEn";

    private final List<String> parameters;

    EmailTemplate(List<String> parameters) {
        this.parameters = parameters;
    }

    public List<String> parameters() {
        return parameters;
    }
}
