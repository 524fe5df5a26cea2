package org.pepiniere.applications.jury.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.jury.SubmittedApplication;

/**
 * An application as one of its jurors reads it. When the call's review is blind the team is left out, names, emails
 * and affiliations alike, and {@code blind} says so.
 */
record JurorApplicationView(String id, String callId, boolean blind, String startupName, String summary, String sector,
        String stage, Map<String, String> answers, List<String> needs, @Nullable List<SubmittedApplication.Member> team) {

    static JurorApplicationView of(SubmittedApplication application, boolean blind) {
        return new JurorApplicationView(application.id(), application.callId(), blind, application.startupName(),
                application.summary(), application.sector(), application.stage(), application.answers(), application.needs(),
                blind ? null : application.team());
    }
}
