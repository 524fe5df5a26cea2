package org.pepiniere.notifications.email;

import java.util.List;

/** The kinds of email this service writes, with the parameters each one needs. */
public enum EmailTemplate {

    /** To a founder, once their application is submitted. */
    APPLICATION_RECEIVED(List.of(EmailTemplate.STARTUP_NAME)),

    /** To a founder, once they have withdrawn their application. */
    APPLICATION_WITHDRAWN(List.of(EmailTemplate.STARTUP_NAME));

    public static final String STARTUP_NAME = "startupName";

    private final List<String> parameters;

    EmailTemplate(List<String> parameters) {
        this.parameters = parameters;
    }

    public List<String> parameters() {
        return parameters;
    }
}
