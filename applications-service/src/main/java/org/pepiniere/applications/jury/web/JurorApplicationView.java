package org.pepiniere.applications.jury.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pepiniere.applications.calls.Call;
import org.pepiniere.applications.calls.Criterion;
import org.pepiniere.applications.jury.SubmittedApplication;

/**
 * An application as one of its jurors reads it, with the call's grid to score it on. When the call's review is blind
 * the team is left out, names, emails and affiliations alike, and {@code blind} says so.
 *
 * @param criteria   the call's scoring grid: each criterion's id, name in FR and EN, weight and scale
 * @param reviewOpen whether scores may still be given or revised: the review deadline has not passed
 */
record JurorApplicationView(String id, String callId, boolean blind, String startupName, String summary, String sector,
        String stage, Map<String, String> answers, List<String> needs, @Nullable List<SubmittedApplication.Member> team,
        List<Criterion> criteria, Instant reviewDeadline, boolean reviewOpen) {

    static JurorApplicationView of(SubmittedApplication application, Call call, Instant now) {
        var details = call.details();
        boolean blind = details.blindReview();
        return new JurorApplicationView(application.id(), application.callId(), blind, application.startupName(),
                application.summary(), application.sector(), application.stage(), application.answers(), application.needs(),
                blind ? null : application.team(), details.criteria(), details.reviewDeadline(),
                now.isBefore(details.reviewDeadline()));
    }
}
